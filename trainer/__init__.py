"""trainer: a training and onboarding simulator for contact-centre agents (library first).

The layers, from the bottom: ``text`` -> ``scoring`` -> ``simulation`` -> ``onboarding`` (with
``storage`` beside it) -> the shells ``cli`` and ``app``. See ``docs/architecture.md``.
"""

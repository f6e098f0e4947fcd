"""Onboarding: the use cases for trainees, mentors and leads.

Practice sessions (a conversation stored turn by turn), progress, readiness, exports, xAPI and the
demo cohort. Uses :mod:`trainer.simulation` and :mod:`trainer.storage`; no Streamlit.
"""

"""Simulation: authored content and playing it.

Scenarios, personas, knowledge facts, validation, the library that loads them, the dialogue engine
that plays a scenario, and the example runs. Builds on :mod:`trainer.scoring`.
"""

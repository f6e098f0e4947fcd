"""Scoring: a transcript in, an explainable result out.

The transcript format, the rubric model, the declarative checks, what one reply does (signals) and
the scorer. Depends only on :mod:`trainer.text` (and the shared leaves ``conditions``, ``yamlsource``);
no Streamlit, no storage.
"""

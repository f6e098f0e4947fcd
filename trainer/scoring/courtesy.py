"""Courtesy (the ``rude`` check, normally ``not-rude``): rudeness phrases, and brush-offs as acts.

A phrase of the rudeness concept (blame, condescension, sarcasm, a brush-off) or a marker emoji fails
courtesy; so does a brush-off as an act: a referral to the website or "write to us" with no address or
offer as the whole reply to a question, or two or more client questions met with non-answers (a repeated
reply, a keyword chain; see `trainer.scoring.acts`). `trainer.scoring.checks` registers :func:`rude`
lazily, so either module can be imported first.

The parts live in modules of their own nouns: the phrases excused by their context (`courtesy_excused`), blame of
the client's attention (`courtesy_attention`), referral brush-offs (`courtesy_referral`), questions ignored with
pastes and keyword lists (`courtesy_ignored`), fragment replies (`courtesy_fragments`), not listening to the end
(`courtesy_listening`) and what a reply tells (`courtesy_informs`).
"""

from __future__ import annotations

from trainer.scoring import courtesy_answers as answers
from trainer.scoring import courtesy_court as court
from trainer.scoring import courtesy_evasion as evasion
from trainer.scoring import courtesy_fault as fault
from trainer.scoring import courtesy_manner as manner
from trainer.scoring import courtesy_rebuke as rebuke
from trainer.scoring import courtesy_remarks as remarks
from trainer.scoring import courtesy_talkdown as talkdown
from trainer.scoring import courtesy_tone as tone
from trainer.scoring import substance
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.checks import concept
from trainer.scoring.courtesy_attention import attention_blame, overlooked
from trainer.scoring.courtesy_excused import (
    alternative_asked,
    conditional_misunderstanding,
    offer_of_own_way,
    other_agency_pointer,
    quoting_client,
    redirect_with_place,
)
from trainer.scoring.courtesy_fragments import fragment_replies
from trainer.scoring.courtesy_ignored import bare_signature, ignored_questions
from trainer.scoring.courtesy_informs import sentence_informs  # noqa: F401 (re-exported: tests read courtesy.sentence_informs)
from trainer.scoring.courtesy_listening import ON_MY_OWN, ignored_to_the_end, not_listening  # noqa: F401 (re-exported)
from trainer.scoring.courtesy_referral import referral_brush_offs
from trainer.scoring.rubric import Check
from trainer.scoring.verdict import Evidence, Outcome


def rude(check: Check, an: TranscriptAnalysis) -> Outcome:
    """Rudeness (normally ``not-rude``): a phrase of the concept (blame, condescension, sarcasm, a
    brush-off) or a marker emoji; else a brush-off as an act (reason ``brush_off``): a reply to the client's
    question that only sends them to the website or to "write to us" with no address and no offer of help,
    or two or more of the client's questions answered with a repeated reply or a keyword chain (the
    non-answers that the ``real-answers`` check knows, `acts.find_non_answers`)."""
    found = concept(check, an, skip=lambda an, i, m: (offer_of_own_way(an, i, m) or redirect_with_place(an, i, m)
                                                 or conditional_misunderstanding(an, i, m) or tone.no_reproach(an, i, m)
                                                 or quoting_client(an, i, m) or alternative_asked(an, i, m)
                                                 or other_agency_pointer(an, i, m) or rebuke.mail_pointer(an, i, m)
                                                 or rebuke.document_pointer(an, i, m)))
    if found.passed:
        return found
    blame = (attention_blame(an) or overlooked(an) or tone.reproach(an) or remarks.remarks(an) or answers.mocked(an)
             or evasion.advice_blame(an) or evasion.family_should_have(an) or manner.condescension(an)
             or manner.irony(an) or talkdown.talkdown(an) or rebuke.rebukes(an) or court.knows_better(an)
             or fault.blames(an))
    if blame:
        return Outcome(True, blame)
    brush_offs = (referral_brush_offs, ignored_questions, fragment_replies, ignored_to_the_end, bare_signature,
                  tone.pointer_brush_offs, tone.recycled_replies, tone.cut_off, _unanswered, tone.unheeded_complaints,
                  tone.pointed_back, tone.complaint_sent_back, answers.last_pointer, answers.checklist_replies,
                  answers.pointer_to_non_user, answers.queue_goodbye, answers.keyword_replies,
                  evasion.pointer_instead_of_answer, evasion.checklist_to_asking, evasion.details_after_complaint,
                  answers.curt_throughout, manner.language_refusal, court.dismissed_doubt,
                  court.cue_chain_replies)
    # a repetition the client asked for or a data-protection refusal is no brush-off (blind round 27)
    evidence = next((found for found in (_not_exempt(an, find(an)) for find in brush_offs) if found), [])
    return Outcome(bool(evidence), evidence, "brush_off" if evidence else "")


def _not_exempt(an: TranscriptAnalysis, evidence: list[Evidence]) -> list[Evidence]:
    """The brush-off evidence without the replies that are none (`courtesy_court.exempt`)."""
    return [e for e in evidence if (i := court.unit_of(an, e)) is None or an.turns[i].role != "agent"
            or not court.exempt(an, i)]


def _unanswered(an: TranscriptAnalysis) -> list[Evidence]:
    """Two or more of the client's questions missed in substance (`substance.unanswered`): the client's
    words that show it are the evidence."""
    raw = getattr(an, "raw", None) or an
    return [raw.evidence(j, substance.longest_sentence(raw, j)) for _, j, _ in substance.unanswered(an)]

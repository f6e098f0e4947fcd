"""Referral brush-offs: "it is on the website" / "write to us" / "not ours" as the whole reply."""

from __future__ import annotations

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.asking import unit_asks
from trainer.scoring.courtesy_informs import ADDRESS_RE, NAMED_PAGE, WHERE, sentence_informs, without_phrases
from trainer.scoring.verdict import Evidence


def referral_brush_offs(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent replies to a client question whose only content is "it is on the website" / "write to us"
    without an address or an offer ("Info on kodulehel.", «Пишите нам.»), or "we do nothing about it"
    without naming who does."""
    referral, offer = an.phrase_set(("referral",)), an.phrase_set(("offer",))
    not_ours, office = an.phrase_set(("not_ours",)), an.phrase_set(("service_office",))
    authorities = an.phrase_set(tuple(name for name in an.concepts if name.startswith("auth_") and name != "auth_ska"))
    out = []
    for i in an.agent_indexes:
        text = an.turns[i].text
        if not (referral.find_all(text) or not_ours.find_all(text)):
            continue  # neither a referral nor a refusal: nothing to judge (the cheap test first)
        if i == 0 or an.turns[i - 1].role != "client" or not unit_asks(an, i - 1):
            continue
        if offer.find_all(text) or ADDRESS_RE.search(text) or office.find_all(text):
            continue  # an address, an offer or a service office to go to: an alternative, not a brush-off
        if WHERE.search(an.turns[i - 1].text) and NAMED_PAGE.search(text):
            continue  # "Kus see vorm on?" - "rubriigist „Vormid“": a named page answers where
        refusal = next((s.strip() for _, _, s in an.sentences(i) if not_ours.find_all(s)), None)
        if refusal and not authorities.find_all(text):
            out.append(an.evidence(i, refusal))  # «Мы с этим ничего не делаем.» and nobody named who does
            continue
        sentences = [s.strip() for _, _, s in an.sentences(i) if s.strip()]
        referring = [s for s in sentences if referral.find_all(s) and not tx.is_question(s, an.language)]
        # a long sentence that tells more than where to look ("volikiri kas digiallkirjaga või paberil ... vorm on
        # kodulehel ...", unpunctuated speech) is an answer with a pointer, not a bare referral
        told = [s for s in sentences if s not in referring] + [
            rest for rest in (without_phrases(s, referral) for s in referring)
            if sum(t.is_word for t in tx.tokenize_cached(rest)) >= LONG_ANSWER]
        if referring and not any(sentence_informs(an, s) for s in told):  # the referral is all it says
            out.append(an.evidence(i, referring[0]))
    return out


LONG_ANSWER = 10  # words besides the referral

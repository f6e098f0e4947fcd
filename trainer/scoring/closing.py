"""The closing criterion: thanks, a wish or a goodbye in the agent's last unit, with no client question left open."""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis, sentence_of
from trainer.scoring.asking import client_asks, unit_asks, unit_asks_elliptically
from trainer.scoring.check_reply import rejects_check
from trainer.scoring.client_reply import says_unanswered, turns_elsewhere
from trainer.scoring.left_unsure import REASON as LEFT_UNSURE
from trainer.scoring.left_unsure import left_unsure
from trainer.scoring.leftopen import (
    answers_anew,
    asks_in_tail,
    holds_on,
    repeats_goodbye,
    untaken_question,
)
from trainer.scoring.rubric import Check
from trainer.scoring.substance import open_at_goodbye, resigned
from trainer.scoring.verdict import Evidence, Outcome

# the feedback variant of thanks or a wish said in the last reply that closes nothing (a keyword list, a quote, a
# narration of the call model): the feedback quotes it instead of saying none was said
NOT_COUNTED = "closing_not_counted"


_WHOLE = 200  # characters: a message this short is quoted whole (the list the goodbye stood in shows why)


def _said_in(raw: TranscriptAnalysis, last: int, pos: int) -> Evidence:
    """The evidence of the goodbye at ``pos`` of agent unit ``last``, read as written: its whole message when
    short ("Ключевое: пособие, счёт. Спасибо за звонок, всего доброго!"), else its sentence."""
    text = raw.turns[last].text
    if len(text.strip()) <= _WHOLE:
        return raw.evidence(last, text.strip())
    a, b = sentence_of(raw, last, pos)
    return raw.evidence(last, text[a:b], a, b)


def closing(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A polite closing as an act: thanks or a farewell in the agent's last unit, which is not also the
    opening, performs no stuffed cue chain and leaves no client question open (the client's last unit
    before it asked something the closing does not answer), with no client question after it."""
    if not an.agent_indexes:
        return Outcome(False, [])
    last = an.agent_indexes[-1]
    unsure = left_unsure(an)  # the client left on a shrug, cut off or her question passed by (left_unsure.py)
    if unsure is not None:
        return Outcome(False, [an.evidence(unsure, an.turns[unsure].text.strip())], LEFT_UNSURE)
    names = check.value_list()
    # the agent's last unit is one reply however many messages carry it ("Aitäh, et helistasite!" sent
    # before "Soovin emale kiiret paranemist!"): a closing counts from the last message that informs on
    tail = _last_informing_part(an, last)
    found = [m for m in an.matches(last, names, check.phrases, check.any_language)
             if m.start >= tail and not an.is_stuffed(last, *sentence_of(an, last, m.start))
             and not _ticked_or_quoted(an, last, m)]
    evidence = [an.match_evidence(last, m) for m in found]
    raw = getattr(an, "raw", None)
    acts = getattr(an, "acts", None)
    repeated = acts is not None and any(f.kind == "repeat" and f.turn in {p[1] for p in an.turns[last].parts}
                                        for f in acts.findings)
    if not found and repeated and raw is not None and last in raw.agent_indexes:
        said = raw.matches(last, names, check.phrases, check.any_language)
        if said and _recited_in_opening_only(raw, last, said):
            # the goodbye was recited in the opening, before the client said anything, and in no reply since:
            # said at the end, it is the closing, not a pasted repeat
            found = [m for m in said if not raw.is_stuffed(last, *sentence_of(raw, last, m.start))]
            evidence = [raw.match_evidence(last, m) for m in found]
        elif said:  # thanked and wished, but word for word as an earlier reply: a pasted repeat, no closing act
            return Outcome(False, [raw.match_evidence(last, said[-1])], "repeated_goodbye")
    if found and raw is not None and raw is not an and last in raw.agent_indexes:
        said = raw.matches(last, names, check.phrases, check.any_language)
        if said and all(raw.is_stuffed(last, *sentence_of(raw, last, m.start)) for m in said):
            # the thanks and the wish as items of the cue chain the message was ("Aitäh | Kõike head | Kokkuvõte |
            # Kas see vastas ..."): the acts reading kept them alone, but as said they close nothing (blind round 22)
            return Outcome(False, [_said_in(raw, last, said[0].start)], NOT_COUNTED)
    if not found:
        said = raw.matches(last, names, check.phrases, check.any_language) \
            if raw is not None and last in raw.agent_indexes else []
        if said:  # thanked or wished, as written, but in a list, a quote or a narration: quoted, not "none said"
            return Outcome(False, [_said_in(raw, last, said[-1].start)], NOT_COUNTED)
        return Outcome(False, evidence, "no_closing")
    if last == an.agent_indexes[0]:
        return Outcome(False, evidence, "no_conversation")
    # a goodbye that already ended two or more earlier replies, the client going on after each, is a macro
    if repeats_goodbye(an, last, tail):
        return Outcome(False, evidence[:1], "repeated_goodbye")
    before = last - 1 if last > 0 and an.turns[last - 1].role == "client" else None
    after = last + 1 if last + 1 < len(an.turns) else None
    # repeating an earlier statement answers no new question (leftopen.py)
    answered = answers_anew(an, last, before)
    if before is not None and (unit_asks(an, before) or says_unanswered(an.turns[before].text)
                               or unit_asks_elliptically(an, before) or breaks_off(an.turns[before].text)
                               or asks_in_tail(an.turns[before].text, an.language)) and not answered:
        return Outcome(False, _question_evidence(an, before), "open_question")
    # the client's "no" to the check of understanding: only a new answer, not an offer ("могу отправить Вам
    # копию переписки") after the goodbye, takes it up
    if before is not None and rejects_check(an, before) and not answers_anew(an, last, before, skip=("offer",)):
        return Outcome(False, _question_evidence(an, before), "open_question")
    if before is not None and before >= 2 and _brushed_off(an, before - 1):
        # the question before it met only with "look there" («Уточните в среде самообслуживания.») and the client's
        # "ладно" / "ok": the goodbye closes nothing, the question is still open
        return Outcome(False, _question_evidence(an, before - 2), "open_question")
    if before is not None and _turned_elsewhere(an, before):
        # «вы читаете что я пишу?? мне нужна справка или нет» - the same paragraph again - «ладно позвоню лучше на
        # 16106»: the client gives up on a reply that answered nothing; thanks, a wish or a goodbye leave her
        # question open
        return Outcome(False, _question_evidence(an, before - 2), "open_question")
    if open_at_goodbye(an, before):  # «Да, наверное.» to "did I answer?" after questions missed in substance
        return Outcome(False, [an.evidence(before, an.turns[before].text.strip())], "unanswered")
    if after is not None and (unit_asks(an, after) or (an.turns[after].role == "client" and holds_on(an.turns[after].text))):
        return Outcome(False, _question_evidence(an, after), "open_question")
    if after is not None and an.turns[after].role == "client" and resigned(an, after):
        # the goodbye met with "eks ma proovin kuidagi hakkama saada" («как-нибудь сама разберусь»): the client
        # parts left to cope alone, its matter open (fresh blind run, survivors-pension-grief-et gaming)
        return Outcome(False, [an.evidence(after, an.turns[after].text.strip())], "unanswered")
    untaken = untaken_question(an, last)  # a second question asked earlier and never taken up (leftopen.py)
    if untaken is not None:
        return Outcome(False, [an.evidence(untaken[0], untaken[1].strip())], "open_question")
    return Outcome(True, evidence)


# a spoken line that stops on a conjunction: the client was still speaking ("... ja veel", «... и ещё», «... а»)
_BROKEN_OFF = re.compile(r"(?<!\w)(?:(?:ja|ning|aga|ja\s+veel|ning\s+veel|aga\s+veel)|(?:и|а|но|и\s+ещ[её]|а\s+ещ[её]|"
                         r"но\s+ещ[её]))\s*$")


def breaks_off(text: str) -> bool:
    """Does a client's spoken line (no punctuation at its end) break off on a conjunction, mid-sentence ("... mu
    naine küsib kas tema võiks täita ja veel", «... рука не пишет совсем и ещё»)? A goodbye after it cuts the
    client off: what they were saying is still open (blind round 23)."""
    stripped = text.strip()
    if not stripped or not stripped[-1].isalpha():
        return False
    return bool(_BROKEN_OFF.search(tx.fold(stripped.lower())))


# goodbye formulas that are neither thanks nor a wish (folded)
_BARE_GOODBYES = frozenset(tx.fold(w) for w in ("head aega", "nägemist", "kuulmiseni", "до свидания", "прощайте",
                                                "до встречи", "goodbye"))


def _wished_just_before(an: TranscriptAnalysis, last: int, check: Check) -> bool:
    """Did the agent's previous reply thank or wish, the client answering it with no question, only thanks or a
    goodbye ("... aitäh, et helistasite, jõudu!" - "aitäh head aega" - "head aega")? Then the bare goodbye ends
    a closing already made."""
    prev = next((j for j in reversed(an.agent_indexes) if j < last), None)
    if prev is None or prev == an.agent_indexes[0]:
        return False
    if any(an.turns[j].role == "client" and unit_asks(an, j) for j in range(prev + 1, last)):
        return False
    return any(tx.fold(m.quote.lower()) not in _BARE_GOODBYES
               for m in an.matches(prev, check.value_list(), check.phrases, check.any_language))


_TICK = re.compile(r"^[^\w\n]{0,3}[✔✓✅☑]")
_QUOTES = (("„", "“"), ("«", "»"), ("\"", "\""), ("“", "”"))


def _ticked_or_quoted(an: TranscriptAnalysis, i: int, m) -> bool:
    """Is the thanks or wish a ticked item of a checklist ("aitäh ✔ kõike head ✔", «спасибо ✓») or words quoted
    back from the client („aitah“)? Neither thanks nor wishes anybody (blind round 16)."""
    unit = an.turns[i]
    if not hasattr(unit, "original_text"):
        return False
    if _TICK.search(unit.original_text(m.end, min(len(unit.text), m.end + 4)) or ""):
        return True
    # at the end of a message original_text runs on to the message's end: read only the first few chars
    before = unit.original_text(sentence_of(an, i, m.start)[0], m.start)
    return any(before.count(a) > before.count(b) if a != b else before.count(a) % 2 == 1 for a, b in _QUOTES)


def _recited_in_opening_only(raw: TranscriptAnalysis, last: int, said: list) -> bool:
    """Are the farewells of the agent's last unit (among ``said``) found in the opening, sent before the client
    said anything, and in no agent reply between it and the last unit (a thanks for the code may be)? A goodbye
    in a recited opening closed nothing; repeating it at the end repeats no reply."""
    first_client = next((k for k, t in enumerate(raw.turns) if t.role == "client"), len(raw.turns))
    opening = [i for i in raw.agent_indexes if i < first_client]
    between = [i for i in raw.agent_indexes if first_client < i < last]
    def farewells(i: int) -> set[str]:
        return {tx.fold(m.quote) for m in raw.matches(i, ["farewell"], any_language=True)}

    quotes = farewells(last) & {tx.fold(m.quote) for m in said}
    opened = set().union(*(farewells(i) for i in opening))
    repeated = set().union(*(farewells(i) for i in between))
    return bool(quotes) and quotes <= opened and not quotes & repeated


def _brushed_off(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i a bare "look there" to the client's question (`courtesy_tone.bare_pointers`)?"""
    from trainer.scoring.courtesy_tone import bare_pointers

    return getattr(an, "raw", None) is not None and an.turns[i].role == "agent" and i in bare_pointers(an)


def _turned_elsewhere(an: TranscriptAnalysis, before: int) -> bool:
    """Is client unit ``before`` (right before the goodbye) a "I'll rather call / ask elsewhere" (`turns_elsewhere`)
    after her question in unit ``before - 2`` met with a reply that told nothing new (`answers_anew`)?"""
    if before < 3 or an.turns[before - 1].role != "agent" or an.turns[before - 2].role != "client":
        return False
    asked = before - 2
    if not turns_elsewhere(an.turns[before].text):
        return False
    if not (unit_asks(an, asked) or unit_asks_elliptically(an, asked) or asks_in_tail(an.turns[asked].text, an.language)):
        return False
    return not answers_anew(an, before - 1, asked)


def _last_informing_part(an: TranscriptAnalysis, i: int) -> int:
    """Start of the last message of unit i that informs (see `is_inform`), or 0: a thanks in an earlier
    message, before the last answer of the unit, closes nothing."""
    parts = an.turns[i].parts
    starts = [p[0] for p in parts]
    informing = [a for a, b, s in an.sentences(i) if an.is_inform(i, a, b, s)]
    if not informing:
        return 0
    last = max(informing)
    return max(start for start in starts if start <= last)


def _question_evidence(an: TranscriptAnalysis, i: int) -> list[Evidence]:
    """The client's open question as the evidence of a failed closing (the feedback quotes it)."""
    for a, b, sentence in reversed(an.sentences(i)):
        if client_asks(an.turns[i], sentence, an.language):
            return [an.evidence(i, sentence, a, b)]
    return [an.evidence(i, an.turns[i].text)]

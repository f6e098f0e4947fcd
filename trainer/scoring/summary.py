"""The summary criterion: a recap of key points or next steps, or a check of understanding, after the answer;
cue words, keyword strings, pasted checks and questions are not recaps.

The parts live in modules of their own nouns: the checks of understanding (`summary_checks`), the recaps with a
cue word (`summary_cues`) and the client's turns around a reply (`summary_turns`).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring import recap
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.asking import unit_asks
from trainer.scoring.check_frame import recited_in_opener
from trainer.scoring.content_words import content_lemmas, restates
from trainer.scoring.cues import names_step_done
from trainer.scoring.finite_verbs import sentence_language
from trainer.scoring.first_answer import answer_after_prefaces
from trainer.scoring.glued_check import glued_checks
from trainer.scoring.macros import sentence_key
from trainer.scoring.off_matter import before_transcript_offer
from trainer.scoring.recap_reply import confirms_client_recap, draws_on_client, restates_own_answer
from trainer.scoring.rubric import Check
from trainer.scoring.substance import check_rejected_at_end, unanswered
from trainer.scoring.summary_checks import (
    PASTED_CUE,
    client_confirms,
    find_pasted_checks,
    goodbye_after,
    rejected_checks,
    templated_turns,
)
from trainer.scoring.summary_cues import (
    cue_recap,
    cues_in,
    keywords_for_answer,
    recaps_own_message,
    says_question_back,
    told_in_keywords,
)
from trainer.scoring.summary_empty import empty_recaps, tried_recap
from trainer.scoring.summary_topics import names_unexplained_topics
from trainer.scoring.summary_turns import answers_client, answers_no, disputed_next
from trainer.scoring.units import part_of
from trainer.scoring.verdict import Outcome


def recap_act(check: Check, an: TranscriptAnalysis) -> Outcome:
    """A summary as an act: after the main answer, a sentence that checks understanding (second concept
    of ``value``), a statement with a summary cue word (first concept; a cue inside a question such as
    "ehk Te soovite teada ...?" is a clarification, not a summary), or a statement near the end of the
    call whose content words restate the earlier answer (no cue needed). No answer, no summary.

    A summary sums up an answer already given: a recap counts only in a later message than the main
    answer ("Taotluse saab esitada kuni 6 kuud ette. Kokkuvõtteks: 6 kuud, iseteenindus." in one message
    sums up nothing; issue 9, cue stuffing). A check of understanding in the answer's own message counts
    when the client gets a turn to answer it, not when a goodbye follows it in that message ("Maksame
    automaatselt. Kas on arusaadav? Head päeva!")."""
    names = check.value_list()
    cue, checkq = (names + ["", ""])[:2]
    answer = an.main_answer()
    if answer is None:  # "Kokkuvõtteks: ..." after no answer: quoted, it summed up nothing
        tried = tried_recap(an, cue)
        return Outcome(False, [tried] if tried else [], "no_answer")
    # what only leads up to the answer ("Üldiselt saan kõik sammud ära selgitada.") is not yet the answer
    answer = max(answer, answer_after_prefaces(an) or answer)
    missed = unanswered(an)
    if missed:  # the client's questions were not answered in substance: a recap or a check sums up nothing
        raw = getattr(an, "raw", None) or an
        i = missed[-1][0]
        return Outcome(False, [raw.evidence(i, raw.turns[i].text.strip())], "unanswered")
    left = check_rejected_at_end(an)
    if left is not None:  # "no" to the last check, and nothing answers it before the end: nothing was summed up
        return Outcome(False, [an.evidence(left, an.turns[left].text.strip())], "unanswered")
    evidence = []
    informs = _inform_lemmas(an, answer)
    last_agents = set(an.agent_indexes[-2:])
    answer_part = part_of(an.turns[answer[0]], answer[1])
    rejected = rejected_checks(an, checkq) if checkq else set()
    # the summary cue pasted into reply after reply («Итак, подведём итог: ...» three times or more): a template
    pasted_cue = bool(cue) and sum(1 for i in an.agent_indexes if an.matches(i, [cue])) >= PASTED_CUE
    tic = bool(cue) and recap.cue_in_every_reply(an, cue, PASTED_CUE)
    templated = templated_turns(an)
    pasted_checks = find_pasted_checks(an, checkq) if checkq else frozenset()
    hollow: set[tuple[int, int]] = set()  # (unit, message) of a recap naming topics never explained
    for i, lo, hi in an.spans(check.scope):
        if templated and {p[1] for p in an.turns[i].parts} & templated:
            continue  # a reference paragraph pasted into reply after reply, with its cue and check: a template
        sentences = an.sentences(i)
        for k, (a, b, sentence) in enumerate(sentences):
            if not (lo <= a < hi) or (i, a) <= answer or an.is_stuffed(i, a, b) or names_step_done(sentence):
                continue  # «для протокола: итог подведён» names the step, does not sum up; before the answer, nothing to
            head = before_transcript_offer(sentence) if cue and _asks_in_own_language(sentence, an.language) else ""
            if head and cues_in(an, i, a, a + len(head), head, cue):
                # «итого: ..., 200 € – в окт. прислать копию чата?»: the recap before the offer is a statement
                b, sentence = a + len(head), head
            rest = ((a, b, sentence), *sentences[k + 1:])
            question = _asks_in_own_language(sentence, an.language)
            # the message that gives the first answer (a later message of the reply is heard after it)
            same_message = i == answer[0] and part_of(an.turns[i], a) == answer_part
            pool = frozenset().union(*(lem for u, p, lem in informs if (u, p) < (i, a)))
            checks = [m for m in an.matches(i, [checkq], any_language=True) if a <= m.start < b] if checkq else []
            if checks and all(recited_in_opener(an, i, m.quote) for m in checks):
                continue  # "Kas see vastas Teie küsimusele?" recited in the opening before the client spoke
            if checks and all(tx.fold(m.quote.lower()) in pasted_checks for m in checks):
                continue  # "Kas see vastas Teie küsimusele?" under (almost) every reply, confirmed after none
            if not question and names_unexplained_topics(sentence, an.language, pool):
                # "Kokkuvõtteks: rääkisime taotlusest ja maksepäevast.": topics named as talked of, never explained
                hollow.add((i, part_of(an.turns[i], a)))
                continue
            if checks and (i, part_of(an.turns[i], a)) in hollow:
                continue  # the check under that hollow recap, in its message: nothing was explained to check
            if checks and glued_checks(an, i, a, checks, cue):
                continue  # "kokkuvõte ✔ kas see vastas Teie küsimusele ✔", "kokkuvõtteks kas see vastas ...": recited
            if checks and not an.echoes_client(i, a, b) and not told_in_keywords(an, i, cue):
                # a check the client said "no" to, or said again after that "no", checked nothing; nor
                # does one with the goodbye after it in its message, unless the client still confirms it
                # after a later message (one message that answers, checks and says goodbye is stuffed)
                if sentence_key(sentence) not in rejected and (not goodbye_after(an, i, checks[-1].end) or (
                        not same_message and client_confirms(an, i))):
                    evidence.append(an.evidence(i, sentence, a, b))
                continue
            if question or same_message or recap.restates_question(sentence, an.language):
                continue  # "ehk Te soovite teada ...?": a cue inside a question is a clarification
            cues = cues_in(an, i, a, b, sentence, cue) if cue else []
            # "... makstakse kaheksandal, nii et see peaks tulema": a connector concludes the fresh answer (not
            # "..., nii et palun vaadake pangast üle": the next step recapped); judged as any sentence below
            concludes = bool(cues) and not any(recap.explicit_cue(m.quote, an.language) for m in cues) \
                and recap.states_point(_without_social(an, i, a, sentence[:cues[0].start - a]), an.language) \
                and not recap.gives_step(sentence[cues[-1].end - a:], an.language)
            if cues:
                if an.echoes_client(i, a, b) or (pasted_cue and recaps_own_message(an, i, a, sentence, informs)):
                    continue
                if says_question_back(an, i, sentence):
                    continue  # "Kokkuvõtteks: Te soovite tulla kohale." to "Kas ma võin tulla kohale?": no answer
                if tic or recap.repastes_after_no(an, i, a, b):
                    continue  # a cue in (almost) every reply or footer; a paste again after "you did not understand"
                if (disputed_next(an, i) or answers_no(an, i)) and not restates(sentence, pool, an.language):
                    continue  # a "recap" restating no answer that the client answers with "you only repeat my
                    # questions", or one that answers her complaint anew ("Kokkuvõtteks: vestlust jätkan mina.")
                if k and _asks_in_own_language(sentences[k - 1][2], an.language) \
                        and not any(recap.explicit_cue(m.quote, an.language) for m in cues):
                    continue  # «а скажите, он учится после 9 класса. То есть это ... или ...»: its own question put again
                if all(recited_in_opener(an, i, m.quote) for m in cues):
                    continue  # "kokkuvõtteks" recited in the opening before any answer: the same cue again sums up nothing
                if not concludes and cue_recap(an, i, rest, cue, pool) \
                        and not keywords_for_answer(an, i, rest, cue):
                    evidence.append(an.evidence(i, sentence, a, b))
                    continue
            if offers_on_wish(sentence, any(a <= m.start < b for m in an.matches(i, ["offer"]))):
                continue  # "Kui soovite, saadan Teile vestluse ärakirja.": a service offered, nothing recapped
            follows_question = part_of(an.turns[i], a) == 0 and (answers_client(an, i) or answers_no(an, i)
                                                                  or draws_on_client(an, i))
            sentence = sentence[:max(0, recap.footer_start(an, i) - a)]  # a signature under each message restates nothing
            later_message = i != answer[0] or part_of(an.turns[i], a) > part_of(an.turns[i], answer[1])
            if follows_question and later_message and confirms_client_recap(an, i) \
                    and recap.states_point(_without_social(an, i, a, sentence), an.language) \
                    and restates(_without_social(an, i, a, sentence), pool, an.language, drop_cues=True):
                evidence.append(an.evidence(i, sentence, a, b))  # «Значит, ..., да?» - «Да. ... 30 дней, а ...»
                continue
            if follows_question and i in last_agents and later_message and not answers_no(an, i) \
                    and _runs_into_recap(an, i, a, sentence, pool):
                evidence.append(an.evidence(i, sentence, a, b))  # «... с документом значит подаёте ... придут повторно»
                continue
            if (i in last_agents or _states_agreed_step(an, i, a, b)) and later_message and not follows_question \
                    and recap.states_point(_without_social(an, i, a, sentence), an.language) \
                    and restates(_without_social(an, i, a, sentence), pool, an.language, drop_cues=True) \
                    and restates_own_answer(an, answer, sentence, _message_of(an, i, a), pool):
                # bare topic names ("Итак: справка, фирма и ходатайство.") restate no point, however many
                evidence.append(an.evidence(i, sentence, a, b))
    # "Kokkuvõtteks: kõik on korras.", "lühidalt kõik sai selgeks": a recap tried, nothing agreed named in it
    empties = empty_recaps(an, answer, cue)
    said = {(e.turn, e.quote) for e in empties}
    evidence = [e for e in evidence if (e.turn, e.quote) not in said]
    if not evidence and empties:
        return Outcome(False, [empties[-1]], "empty_recap")
    tried = None if evidence else tried_recap(an, cue)
    if tried is not None:  # "Kokkuvõtteks" said, no recap counted: quote it (pasted, keywords, in the answer's message)
        return Outcome(False, [tried], "not_a_recap")
    return Outcome(bool(evidence), evidence)


def _message_of(an: TranscriptAnalysis, i: int, a: int) -> str:
    """The text of the original message of agent unit i that holds position a (a recap is said in one message:
    "Что Вам сделать дальше: 1) ... 3) ... Тогда пособие добавится само.")."""
    unit = an.turns[i]
    k = part_of(unit, a)
    end = unit.parts[k + 1][0] if k + 1 < len(unit.parts) else len(unit.text)
    return _without_social(an, i, unit.parts[k][0], unit.text[unit.parts[k][0]:end])


def _asks_in_own_language(sentence: str, language: str) -> bool:
    """Is the sentence a question, read in the call's language or, after a switch, in its own?"""
    own = sentence_language(sentence, language)
    return tx.is_question(sentence, language) or (own != language and tx.is_question(sentence, own))


# a connector inside a spoken sentence that turns from the answer to what it comes to ("... значит подаёте ...")
_RUN_ON = re.compile(r"(?i)(?<=\w )(?:значит|то есть|итак|таким образом|nii et|seega|niisiis|ehk siis)\s+(?=\w)")
_RUN_ON_WORDS = 2  # words of the answer before the connector


def _runs_into_recap(an: TranscriptAnalysis, i: int, a: int, sentence: str, pool: frozenset[str]) -> bool:
    """Does the last reply's answer run on, after a connector inside the sentence, into a recap: a point that
    restates what was said before ("... в бюро обслуживания с документом значит подаёте новый номер счёта и
    деньги придут повторно", blind round 16)? Speech puts no full stop between the answer and the recap."""
    for m in _RUN_ON.finditer(sentence):
        if len([t for t in tx.tokenize_cached(sentence[:m.start()]) if t.is_word]) < _RUN_ON_WORDS:
            continue
        tail = _without_social(an, i, a + m.end(), sentence[m.end():])
        if recap.states_point(tail, an.language) and restates(tail, pool, an.language, drop_cues=True):
            return True
    return False


# a client taking up the agent's offer: "palun saatke jah", «да, отправьте, пожалуйста»
_AGREES = re.compile(r"^\W*(?:(?:jah|jaa|okei|ok|hea\s+kull|palun|да|хорошо|ладно|давайте|пожалуйста)\b)")


def _states_agreed_step(an: TranscriptAnalysis, i: int, a: int, b: int) -> bool:
    """Is the sentence [a, b) of agent unit i the agent's own next step ("Saadan täna järelpärimise.", «Отправлю
    запрос сегодня.») said in reply to a client who took it up ("palun saatke jah") and asked nothing? Restating
    the step offered before, it recaps the next steps agreed, wherever in the call (blind round 13)."""
    client = next((j for j in range(i - 1, -1, -1) if an.turns[j].role == "client"), None)
    if client is None or unit_asks(an, client) or not _AGREES.search(tx.fold(an.turns[client].text.lower())):
        return False
    return any(a <= m.start < b for m in an.matches(i, ["offer"]))


_SOCIAL = ("greeting", "thanks", "farewell", "offer_help")


def _without_social(an: TranscriptAnalysis, i: int, a: int, sentence: str) -> str:
    """The sentence with its social formulas blanked ("если будут вопросы, звоните, всего доброго"): a
    closing restates no key point."""
    chars = list(sentence)
    for m in an.matches(i, _SOCIAL, any_language=True):
        lo, hi = max(m.start - a, 0), min(m.end - a, len(chars))
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _inform_lemmas(an: TranscriptAnalysis, answer: tuple[int, int]) -> list[tuple[int, int, frozenset[str]]]:
    """(unit, start, content lemmas) of every agent inform from the main answer on (what a recap may
    restate); a candidate recap is compared only with the informs before it."""
    out = []
    unit, pos = answer
    for i in an.agent_indexes:
        if i < unit:
            continue
        for a, b, sentence in an.sentences(i):
            if (i > unit or a >= pos) and an.is_inform(i, a, b, sentence):
                lemmas: set[str] = set()
                for lem in content_lemmas(sentence, an.language):
                    lemmas |= lem
                out.append((i, a, frozenset(lemmas)))
    return out


# the client's wish as the condition of what the agent offers: "kui soovite", "soovi korral", «если хотите»,
# «при желании» (folded)
_ON_WISH = re.compile(r"(?<!\w)(?:kui\s+(?:te\s+)?(?:soovite|soovid|tahate|tahad|vaja\s+on)|soovi\s+korral|"
                      r"если\s+(?:вы\s+|вам\s+)?(?:хотите|хочешь|желаете|нужно|надо|удобно)|при\s+желании)(?!\w)")


def offers_on_wish(sentence: str, offered: bool) -> bool:
    """Is the sentence an offer of a service on the client's wish ("Kui soovite, saadan Teile vestluse ärakirja.",
    «Если хотите, могу отправить Вам копию переписки.»): a wish as its condition and the agent's own offer
    (``offered``: the rubric's "offer" concept in it)? It promises a service, it recaps no point nor checks
    understanding, however many of its words were said before (blind round 27)."""
    return offered and bool(_ON_WISH.search(tx.fold(sentence.lower())))

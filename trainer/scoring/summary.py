"""The summary criterion: a recap of key points or next steps, or a check of understanding, after the answer;
cue words, keyword strings, pasted checks and questions are not recaps."""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring import recap
from trainer.scoring.analysis import TranscriptAnalysis, _sentence_of
from trainer.scoring.asking import _asks, _client_asks, _echo
from trainer.scoring.check_frame import recited_in_opener
from trainer.scoring.client_reply import complains
from trainer.scoring.content_words import _CUE_WORDS, _content_lemmas, _restates, takes_up_said
from trainer.scoring.cues import CUE_GROUPS, names_step_done
from trainer.scoring.finite_verbs import has_finite_verb, sentence_language
from trainer.scoring.first_answer import answer_after_prefaces
from trainer.scoring.glued_check import glued_checks
from trainer.scoring.leftopen import _BUT, _WINDING_UP, _words, asks_in_tail
from trainer.scoring.macros import sentence_key
from trainer.scoring.off_matter import before_transcript_offer
from trainer.scoring.recap_reply import confirms_client_recap, draws_on_client, restates_own_answer
from trainer.scoring.rubric import Check
from trainer.scoring.steplist import bare_step_names
from trainer.scoring.substance import check_rejected_at_end, unanswered
from trainer.scoring.units import _part_of
from trainer.scoring.verdict import Outcome


def _recap(check: Check, an: TranscriptAnalysis) -> Outcome:
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
    if answer is None:
        return Outcome(False, [], "no_answer")
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
    answer_part = _part_of(an.turns[answer[0]], answer[1])
    rejected = _rejected_checks(an, checkq) if checkq else set()
    # the summary cue pasted into reply after reply («Итак, подведём итог: ...» three times or more): a template
    pasted_cue = bool(cue) and sum(1 for i in an.agent_indexes if an.matches(i, [cue])) >= _PASTED_CUE
    tic = bool(cue) and recap.cue_in_every_reply(an, cue, _PASTED_CUE)
    templated = _templated_turns(an)
    pasted_checks = _pasted_checks(an, checkq) if checkq else frozenset()
    for i, lo, hi in an.spans(check.scope):
        if templated and {p[1] for p in an.turns[i].parts} & templated:
            continue  # a reference paragraph pasted into reply after reply, with its cue and check: a template
        sentences = an.sentences(i)
        for k, (a, b, sentence) in enumerate(sentences):
            if not (lo <= a < hi) or (i, a) <= answer or an.is_stuffed(i, a, b) or names_step_done(sentence):
                continue  # «для протокола: итог подведён» names the step, does not sum up; before the answer, nothing to
            head = before_transcript_offer(sentence) if cue and _asks_in_own_language(sentence, an.language) else ""
            if head and _cues_in(an, i, a, a + len(head), head, cue):
                # «итого: ..., 200 € – в окт. прислать копию чата?»: the recap before the offer is a statement
                b, sentence = a + len(head), head
            rest = ((a, b, sentence), *sentences[k + 1:])
            question = _asks_in_own_language(sentence, an.language)
            # the message that gives the first answer (a later message of the reply is heard after it)
            same_message = i == answer[0] and _part_of(an.turns[i], a) == answer_part
            pool = frozenset().union(*(lem for u, p, lem in informs if (u, p) < (i, a)))
            checks = [m for m in an.matches(i, [checkq], any_language=True) if a <= m.start < b] if checkq else []
            if checks and all(recited_in_opener(an, i, m.quote) for m in checks):
                continue  # "Kas see vastas Teie küsimusele?" recited in the opening before the client spoke
            if checks and all(tx.fold(m.quote.lower()) in pasted_checks for m in checks):
                continue  # "Kas see vastas Teie küsimusele?" under (almost) every reply, confirmed after none
            if checks and glued_checks(an, i, a, checks, cue):
                continue  # "kokkuvõte ✔ kas see vastas Teie küsimusele ✔", "kokkuvõtteks kas see vastas ...": recited
            if checks and not an.echoes_client(i, a, b) and not _told_in_keywords(an, i, cue):
                # a check the client said "no" to, or said again after that "no", checked nothing; nor
                # does one with the goodbye after it in its message, unless the client still confirms it
                # after a later message (one message that answers, checks and says goodbye is stuffed)
                if sentence_key(sentence) not in rejected and (not _goodbye_after(an, i, checks[-1].end) or (
                        not same_message and _client_confirms(an, i))):
                    evidence.append(an.evidence(i, sentence, a, b))
                continue
            if question or same_message or recap.restates_question(sentence, an.language):
                continue  # "ehk Te soovite teada ...?": a cue inside a question is a clarification
            cues = _cues_in(an, i, a, b, sentence, cue) if cue else []
            # "... makstakse kaheksandal, nii et see peaks tulema": a connector concludes the fresh answer (not
            # "..., nii et palun vaadake pangast üle": the next step recapped); judged as any sentence below
            concludes = bool(cues) and not any(recap.explicit_cue(m.quote, an.language) for m in cues) \
                and recap.states_point(_without_social(an, i, a, sentence[:cues[0].start - a]), an.language) \
                and not recap.gives_step(sentence[cues[-1].end - a:], an.language)
            if cues:
                if an.echoes_client(i, a, b) or (pasted_cue and _recaps_own_message(an, i, a, sentence, informs)):
                    continue
                if _says_question_back(an, i, sentence):
                    continue  # "Kokkuvõtteks: Te soovite tulla kohale." to "Kas ma võin tulla kohale?": no answer
                if tic or recap.repastes_after_no(an, i, a, b):
                    continue  # a cue in (almost) every reply or footer; a paste again after "you did not understand"
                if (_disputed_next(an, i) or _answers_no(an, i)) and not _restates(sentence, pool, an.language):
                    continue  # a "recap" restating no answer that the client answers with "you only repeat my
                    # questions", or one that answers her complaint anew ("Kokkuvõtteks: vestlust jätkan mina.")
                if k and _asks_in_own_language(sentences[k - 1][2], an.language) \
                        and not any(recap.explicit_cue(m.quote, an.language) for m in cues):
                    continue  # «а скажите, он учится после 9 класса. То есть это ... или ...»: its own question put again
                if all(recited_in_opener(an, i, m.quote) for m in cues):
                    continue  # "kokkuvõtteks" recited in the opening before any answer: the same cue again sums up nothing
                if not concludes and _cue_recap(an, i, rest, cue, pool) \
                        and not _keywords_for_answer(an, i, rest, cue):
                    evidence.append(an.evidence(i, sentence, a, b))
                    continue
            if recap.offers_on_wish(sentence, any(a <= m.start < b for m in an.matches(i, ["offer"]))):
                continue  # "Kui soovite, saadan Teile vestluse ärakirja.": a service offered, nothing recapped
            follows_question = _part_of(an.turns[i], a) == 0 and (_answers_client(an, i) or _answers_no(an, i)
                                                                  or draws_on_client(an, i))
            sentence = sentence[:max(0, recap.footer_start(an, i) - a)]  # a signature under each message restates nothing
            later_message = i != answer[0] or _part_of(an.turns[i], a) > _part_of(an.turns[i], answer[1])
            if follows_question and later_message and confirms_client_recap(an, i) \
                    and recap.states_point(_without_social(an, i, a, sentence), an.language) \
                    and _restates(_without_social(an, i, a, sentence), pool, an.language, drop_cues=True):
                evidence.append(an.evidence(i, sentence, a, b))  # «Значит, ..., да?» - «Да. ... 30 дней, а ...»
                continue
            if follows_question and i in last_agents and later_message and not _answers_no(an, i) \
                    and _runs_into_recap(an, i, a, sentence, pool):
                evidence.append(an.evidence(i, sentence, a, b))  # «... с документом значит подаёте ... придут повторно»
                continue
            if (i in last_agents or _states_agreed_step(an, i, a, b)) and later_message and not follows_question \
                    and recap.states_point(_without_social(an, i, a, sentence), an.language) \
                    and _restates(_without_social(an, i, a, sentence), pool, an.language, drop_cues=True) \
                    and restates_own_answer(an, answer, sentence, _message_of(an, i, a), pool):
                # bare topic names ("Итак: справка, фирма и ходатайство.") restate no point, however many
                evidence.append(an.evidence(i, sentence, a, b))
    return Outcome(bool(evidence), evidence)


_PASTED_CUE = 3


def _message_of(an: TranscriptAnalysis, i: int, a: int) -> str:
    """The text of the original message of agent unit i that holds position a (a recap is said in one message:
    "Что Вам сделать дальше: 1) ... 3) ... Тогда пособие добавится само.")."""
    unit = an.turns[i]
    k = _part_of(unit, a)
    end = unit.parts[k + 1][0] if k + 1 < len(unit.parts) else len(unit.text)
    return _without_social(an, i, unit.parts[k][0], unit.text[unit.parts[k][0]:end])


def _asks_in_own_language(sentence: str, language: str) -> bool:
    """Is the sentence a question, read in the call's language or, after a switch, in its own?"""
    own = sentence_language(sentence, language)
    return tx.is_question(sentence, language) or (own != language and tx.is_question(sentence, own))


def _cues_in(an: TranscriptAnalysis, i: int, a: int, b: int, sentence: str, cue: str) -> list:
    """The summary cues in the sentence [a, b) of agent unit i: in the call's language, or, for a sentence said
    in the other language after a switch (an Estonian call gone on in Russian: «короче значит сначала ...»,
    blind round 23), in the sentence's own language."""
    found = [m for m in an.matches(i, [cue]) if a <= m.start < b]
    if found or sentence_language(sentence, an.language) == an.language:
        return found
    return [m for m in an.matches(i, [cue], any_language=True) if a <= m.start < b]

# the client's asking or wanting as the frame of a sentence: "Te soovite ...", "Teie küsimus puudutab ...",
# «Вы хотите ...», «Ваш вопрос касается ...» (folded)
_WISH_FRAME = {
    "et": re.compile(r"\b(?:(?:te|teie)\s+(?:soovi\w*|taha\w*|tahtsite|kusi\w*|kusite|uuri\w*)|teid\s+huvita\w*"
                     r"|(?:teie\s+)?kusimus\w*\s+(?:puudut\w*|on|oli|kais))\b"),
    "ru": re.compile(r"\b(?:вы\s+(?:хоти\w*|хотел\w*|спрашива\w*|спросил\w*|интересу\w*)|вас\s+интересу\w*"
                     r"|(?:ваш\s+)?вопрос\s+(?:касае\w*|касал\w*|был|о|об)|речь\s+(?:ид[её]т\s+)?о)\b"),
}
_WISH_WORDS = frozenset(tx.fold(w) for w in """soovima tahtma küsima uurima huvitama küsimus puudutama teada
    хотеть спрашивать спросить интересовать вопрос касаться узнать речь идти""".split())


def _says_question_back(an: TranscriptAnalysis, i: int, sentence: str) -> bool:
    """Is the sentence the client's last question said back as their wish or question ("Kokkuvõtteks: Te soovite
    tulla klienditeenindusse kohale." to "Kas ma võin tulla klienditeenindusse kohale?", «Итак: Вы хотите
    отправить возражение по почте» to «А можно отправить возражение по почте?»): a frame of the client's asking
    or wanting, and every other content word the client's own from their messages since the agent last spoke?
    It restates no answer: nothing of it was the agent's (blind round 17)."""
    pattern = _WISH_FRAME.get(an.language)
    if not pattern or not pattern.search(tx.fold(sentence.lower())):
        return False
    prev = max((j for j in an.agent_indexes if j < i), default=-1)
    asked = " ".join(an.turns[j].text for j in range(prev + 1, i) if an.turns[j].role == "client")
    if not asked:
        return False
    said = frozenset().union(*_content_lemmas(asked, an.language))
    stems = {w[:5] for w in said if len(w) >= 5}
    mine = [lem for lem in _content_lemmas(sentence, an.language)
            if not lem & _CUE_WORDS and not {tx.fold(x) for x in lem} & _WISH_WORDS]
    return bool(mine) and all(lem & said or any(x[:5] in stems for x in lem if len(x) >= 5) for lem in mine)

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
        if recap.states_point(tail, an.language) and _restates(tail, pool, an.language, drop_cues=True):
            return True
    return False


# a client taking up the agent's offer: "palun saatke jah", «да, отправьте, пожалуйста»
_AGREES = re.compile(r"^\W*(?:(?:jah|jaa|okei|ok|hea\s+kull|palun|да|хорошо|ладно|давайте|пожалуйста)\b)")


def _states_agreed_step(an: TranscriptAnalysis, i: int, a: int, b: int) -> bool:
    """Is the sentence [a, b) of agent unit i the agent's own next step ("Saadan täna järelpärimise.", «Отправлю
    запрос сегодня.») said in reply to a client who took it up ("palun saatke jah") and asked nothing? Restating
    the step offered before, it recaps the next steps agreed, wherever in the call (blind round 13)."""
    client = next((j for j in range(i - 1, -1, -1) if an.turns[j].role == "client"), None)
    if client is None or _asks(an, client) or not _AGREES.search(tx.fold(an.turns[client].text.lower())):
        return False
    return any(a <= m.start < b for m in an.matches(i, ["offer"]))


def _pasted_checks(an: TranscriptAnalysis, checkq: str) -> frozenset[str]:
    """The checks of understanding (folded quotes) said in ``_PASTED_CUE`` or more agent replies and missing
    from at most one reply after the first, the client confirming none of them ("Kas see vastas Teie
    küsimusele?" under every answer, met each time by a new question or a "no"): a paste, no check."""
    an = getattr(an, "raw", None) or an  # the later copies are dropped from the acts as repeats: count them as said
    said: dict[str, list[int]] = {}
    for i in an.agent_indexes:
        for m in an.matches(i, [checkq], any_language=True):
            units = said.setdefault(tx.fold(m.quote.lower()), [])
            if i not in units:
                units.append(i)
    out = set()
    for quote, units in said.items():
        if len(units) < _PASTED_CUE:
            continue
        after = [i for i in an.agent_indexes if i >= units[0]]
        if len(after) - len(units) <= 1 and not any(_client_confirms(an, i) for i in units):
            out.add(quote)
        # under every reply from the first to the last that carries it (three or more in a row),
        # and no client reply taking it with a yes ("Aga ...", "no aga ...", blind round 13): a paste too
        within = [i for i in after if i <= units[-1]]
        if len(within) == len(units) and not any(_client_says_yes(an, i) for i in units):
            out.add(quote)
    return frozenset(out)


def _client_says_yes(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's next message after agent unit i open with a yes or a word of understanding ("Jah, aga
    ...", «Понятно, а ...»), whatever it asks after that?"""
    reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    return reply is not None and recap.says_yes(an.turns[reply].text, an.language)


def _answers_no(an: TranscriptAnalysis, i: int) -> bool:
    """Is agent unit i the reply to the client's "no" or "I did not understand" ("Ma ei saanud aru, kas jah või
    ei.", «Нет, не ответили»), to a client who says the answer missed («Сайт я читала, потому и спрашиваю»), or
    to a request said without a question mark («вы можете сами удержать из пенсии», blind round 13)? What it
    says answers anew, it recaps nothing."""
    client = next((j for j in range(i - 1, -1, -1) if an.turns[j].role == "client"), None)
    if client is None:
        return False
    text = an.turns[client].text
    return recap.rejects(text, an.language) or complains(text) \
        or recap.requests(text, an.language)


def _templated_turns(an: TranscriptAnalysis) -> frozenset[int]:
    """Original turn indexes of the agent replies that carry a pasted reference paragraph: an informing sentence
    (four words or more) said word for word in ``_PASTED_CUE`` or more replies, whatever the client asked. The
    summary cue and the check of understanding pasted with it sum up and check nothing, in the first copy too
    (the later copies are repeats already, `acts.find_non_answers`); a check after different answers still
    checks, and so does a recap that restates an answer in new words."""
    raw = an.raw
    said: dict[tuple[str, ...], list[tuple[int, int, int, str]]] = {}
    for i in raw.agent_indexes:
        for a, b, sentence in raw.sentences(i):
            key = sentence_key(sentence)
            if len(key) >= 4:
                said.setdefault(key, []).append((i, a, b, sentence))
    units: set[int] = set()
    for places in said.values():  # the costly inform test only for sentences said in enough replies
        if len({i for i, _, _, _ in places}) >= _PASTED_CUE:
            informing = {i for i, a, b, sentence in places if raw.is_inform(i, a, b, sentence)}
            if len(informing) >= _PASTED_CUE:
                units |= informing
    return frozenset(p[1] for i in units for p in raw.turns[i].parts)


def _recaps_own_message(an: TranscriptAnalysis, i: int, a: int, sentence: str,
                        informs: list[tuple[int, int, frozenset[str]]]) -> bool:
    """A summary cue after a fresh answer in its own message whose content takes up nothing said in an
    earlier message («Сведения даём только по доверенности. Итак, подведём итог: нужна доверенность.»): with
    the cue pasted into reply after reply, it repeats that message's point and sums up no answer already
    given (applied only then: one such cue is judged as a recap, see `_cue_recap`)."""
    part = _part_of(an.turns[i], a)
    fresh = any(u == i and p < a and _part_of(an.turns[i], p) == part for u, p, _ in informs)
    if not fresh:
        return False
    earlier = frozenset().union(*(lem for u, p, lem in informs
                                  if u < i or (u == i and _part_of(an.turns[i], p) < part)))
    return not any(lem & earlier for lem in _content_lemmas(sentence, an.language)
                   if not (lem & _CUE_WORDS))


# what completes a thanks formula once "aitäh" is blanked: ", et pöördusite", «за обращение»
_THANKS_REASON = re.compile(r"(?i)(?:^|(?<=[\s,]))(?:et\s+(?:te\s+|teie\s+)?(?:meiega\s+)?(?:ühendust\s+võtsite|"
                            r"helistasite|pöördusite|kirjutasite|ootasite)|за\s+(?:звонок|обращение|ожидание|"
                            r"терпение|понимание|вопрос)|(?:kõne|pöördumise|ootamise)\s+eest|helistamast|pöördumast)\b")


def _cue_recap(an: TranscriptAnalysis, i: int, rest: tuple, cue: str, pool: frozenset[str]) -> bool:
    """A sentence with a summary cue (the first of ``rest``, the unit's sentences from it on) that recaps:
    a key point stated after the cue, or in the next sentence when the cue stands alone ("Итак, подведём
    итог. Пособие придёт ..."); a connector ("nii et", «в общем») in the answer to the client's new
    question counts only when the sentence restates what was said before (see `recap`)."""
    a, b, sentence = rest[0]
    chars = list(sentence)
    # the cue and the other cue formulas with it (empathy, thanks, goodbye: "Kokkuvõtteks: aitäh, et
    # helistasite!") state no point; a cue followed by nothing but them sums up nothing
    spans = [(m.start, m.end) for m in an.matches(i, [cue])]
    spans += [(p, q) for p, q, name in an.cues(i) if name in CUE_GROUPS]
    for p, q in spans:
        if a <= p < b:
            chars[p - a:min(q, b) - a] = " " * (min(q, b) - p)
    for p, q in bare_step_names(sentence):  # «суд уточнение понимаю важно итак подведём итог»: a step's name says nothing
        chars[p:q] = " " * (q - p)
    content = _THANKS_REASON.sub(lambda m: " " * len(m.group()), "".join(chars))
    if not any(t.is_word for t in tx.tokenize_cached(content)) and len(rest) > 1:
        na, nb, content = rest[1]
        if tx.is_question(content, an.language) or recap.restates_question(content, an.language) \
                or an.confirmed_check(i, na, nb, content):
            return False  # «Итак, подведём итог. Вы хотите узнать ..., правильно?»: a check of the need, no recap
    if not recap.states_point(content, an.language) or recap.points_back(content):
        return False  # «Итак, подведём итог: всё необходимое я Вам написала выше.»: a pointer back recaps nothing
    from trainer.scoring.courtesy_answers import _bare_pointer  # courtesy imports this module

    if _bare_pointer(an, content):
        return False  # "Kokkuvõtteks: vormi kohta leiate info meie kodulehelt.": a pointer to the website recaps nothing
    if _trailing_cue(sentence, spans, a) and not _restates(content, pool, an.language):
        return False  # «... с суммы выше налог итог подведём итог»: the cue after the answer, which restates nothing
    if not recap.finite_verb(content, an.language) and not takes_up_said(an, i, a, content):
        return False  # "Kokku: toetus 50 eurot kuus." after an answer on the payment day: a label over a new point
    if recap.explicit_cue(sentence, an.language):
        return True
    # a connector concluding the answer its own reply has just given, after which the client goes on to a new
    # question, sums up that answer, not the call (blind round 21, b6-et-chat-03, c6-et-chat-03: "... Nii et
    # pärast kooli lõppu toetus lõpeb." and more questions follow)
    if _asked_on(an, i) and any(p < a and an.is_inform(i, p, q, s) for p, q, s in an.sentences(i)):
        return False
    # so too one in a reply that applies the answer to what the client has just told ("ta elab juba soome" - "no siis
    # ongi nii et kui ta oli seal kirjas ... siis sel aastal toetust ei tule") before the client asks on (blind round 28)
    if _asked_on(an, i) and draws_on_client(an, i):
        return False
    return not _answers_client(an, i) or _restates(sentence, pool, an.language)


def _trailing_cue(sentence: str, spans: list[tuple[int, int]], a: int) -> bool:
    """Does the summary cue (one of `spans`, text positions; the sentence starts at `a`) end the sentence, words
    before it and none after it but other cue formulas ("... 776 евро, с суммы выше налог, итог, подведём итог")?
    Blind round 22 (i6-ru-phone-08): what stands before the cue is the answer itself."""
    inside = [(p - a, q - a) for p, q in spans if a <= p < a + len(sentence)]
    if not inside:
        return False
    chars = list(sentence)
    for p, q in inside:
        chars[p:min(q, len(sentence))] = " " * (min(q, len(sentence)) - p)
    first = min(p for p, _ in inside)
    masked = "".join(chars)
    return any(t.is_word for t in tx.tokenize_cached(masked[:first])) \
        and not any(t.is_word for t in tx.tokenize_cached(masked[first:]))


def _asked_on(an: TranscriptAnalysis, i: int) -> bool:
    """After agent unit i, does the client ask a new question that a later agent unit answers (the call goes on
    to another point)?"""
    return any(an.turns[j].role == "client" and _asks(an, j) and any(k > j for k in an.agent_indexes)
               for j in range(i + 1, len(an.turns)))


def _tells(an: TranscriptAnalysis, sentence: str) -> bool:
    """Does the sentence tell the client something in words with a finite verb, not counting the social
    formulas, the summary cue and the check of understanding (`courtesy._informs`)?"""
    from trainer.scoring.courtesy import _informs  # courtesy imports this module

    return _informs(an, sentence)


def _keywords_for_answer(an: TranscriptAnalysis, i: int, rest: tuple, cue: str) -> bool:
    """Is the verbless recap (the first of ``rest``: no finite verb after the cue, nor in the next sentence when
    the cue stands alone) all that agent unit i says in reply to the client's question (`_left_asking`: "Kas ma võin ka helistada?"
    - "Kokkuvõtteks: vaie 30 päeva, uus taotlus, Töötukassa 15501. Head päeva!")? The question is met with
    keywords; a list after no answer sums up nothing (blind round 13). Topics each joined to what was said of
    them by a dash («пособие – в Кассу, пенсия – к нам», `recap.dash_statements`) are statements (blind round 26)."""
    a, b, sentence = rest[0]
    chars = list(sentence)
    for m in an.matches(i, [cue]):
        if a <= m.start < b:
            chars[m.start - a:min(m.end, b) - a] = " " * (min(m.end, b) - m.start)
    content = "".join(chars)
    if not any(t.is_word for t in tx.tokenize_cached(content)) and len(rest) > 1:
        content = rest[1][2]
    # "toetus", "lapsetoetus" are nouns here, not past forms of "toetuma" (blind round 16)
    if recap.finite_verb(content, an.language) or recap.dash_statements(content, an.language) or not _left_asking(an, i):
        return False
    # what the reply says besides: its other sentences and the words before the cue in this one (speech runs an
    # elliptical answer into the recap: «седьмого декабря в течение дня итак седьмое сумма 694,80»)
    cue_at = min((m.start for m in an.matches(i, [cue]) if a <= m.start < b), default=a)
    said = [s for p, _, s in an.sentences(i) if p != a] + [an.turns[i].text[a:cue_at]]
    return not any(_tells(an, s) or _ANSWER_SHAPE.search(s) for s in said)


def _left_asking(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's message right before agent unit i end with a question ("Olgu. Kas ma võin ka helistada?"),
    not with taking the answer ("ok, selge, mis kirjutada ja kuhu saata, see on nüüd teada. aitäh")?"""
    client = i - 1
    if client < 0 or an.turns[client].role != "client":
        return False
    said = [(a, b, s) for a, b, s in an.sentences(client) if any(t.is_word for t in tx.tokenize_cached(s))]
    if not said:
        return False
    a, b, last = said[-1]
    return _client_asks(an.turns[client], last, an.language) and not _echo(an, client, last) and not any(
        a <= m.start < b for m in an.matches(client, ["thanks", "farewell"], any_language=True))


# an elliptical answer: a yes or no, a number, a month ("5. kuupäeval", «седьмого декабря»)
_ANSWER_SHAPE = re.compile(r"(?i)^\W*(?:jah|jaa|ei|да|нет)\b|\d|\b(?:jaanuar|veebruar|märts|aprill|mai\b|juuni|juuli|"
                           r"august|september|oktoober|november|detsember|январ|феврал|марта|апрел|ма[яй]\b|июн|июл|"
                           r"август|сентябр|октябр|ноябр|декабр)")


# kinds of non-answer (`acts`) that say keywords instead of an answer
_KEYWORD_KINDS = ("keyword_chain", "checklist")


def _told_in_keywords(an: TranscriptAnalysis, i: int, cue: str = "") -> bool:
    """Does agent unit i reply to the client's question with keyword strings only (a non-answer of `acts`:
    "Vastus: taotlus – iseteenindus – 10 päeva.", a ticked checklist, or a summary cue heading bare topics:
    "Kokkuvõtteks: ✔ vaie ✔ uus taotlus ✔ 30 päeva.", blind round 14), no sentence of it telling anything? A
    check of understanding after it checks nothing: nothing was said to understand (blind round 13). One
    elliptical answer ("Kümne päeva jooksul. Kas on selge?") is no keyword string."""
    acts = an.acts if an.acts is not None else getattr(an.raw, "acts", None)
    if acts is None or not _answers_client(an, i):
        return False
    turns = {p[1] for p in an.turns[i].parts}
    if not any(f.turn in turns and f.kind in _KEYWORD_KINDS for f in acts.findings) \
            and not (cue and _cue_heads_topics(an, i, cue)):
        return False
    return not any(_tells(an, s) for _, _, s in an.sentences(i))


def _cue_heads_topics(an: TranscriptAnalysis, i: int, cue: str) -> bool:
    """Does a sentence of agent unit i put a summary cue over bare topics only (`recap.topic_list`: "Kokkuvõtteks:
    ✔ vaie ✔ uus taotlus ✔ 30 päeva.", «Итак: возражение, новое ходатайство, 30 дней.»)?"""
    matches = an.matches(i, [cue])
    for a, b, _ in an.sentences(i):
        inside = [m for m in matches if a <= m.start < b]
        # the original words: normalising drops the ticks and bullets that separate the topics
        if inside and recap.topic_list(an.turns[i].original_text(min(inside[-1].end, b), b), an.language):
            return True
    return False


def _rejected_checks(an: TranscriptAnalysis, checkq: str) -> set[tuple[str, ...]]:
    """The words of each check of understanding the client's next message answered "no" to, or said in reply that
    nothing was answered ("jah, said õigesti aru, aga vastust ju pole")."""
    out = set()
    for i in an.agent_indexes:
        reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
        if reply is None or not (recap.rejects(an.turns[reply].text, an.language) or complains(an.turns[reply].text)):
            continue
        matches = an.matches(i, [checkq], any_language=True)
        out |= {sentence_key(s) for a, b, s in an.sentences(i) if any(a <= m.start < b for m in matches)}
    return out


def _disputed_next(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's next message after agent unit i say that nothing was answered ("Te kordate ainult minu
    küsimusi", «ответа же нет»)?"""
    reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    return reply is not None and complains(an.turns[reply].text)


def _client_confirms(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client's next message after agent unit i confirm its check and ask nothing more?"""
    reply = next((j for j in range(i + 1, len(an.turns)) if an.turns[j].role == "client"), None)
    return reply is not None and recap.confirms(an.turns[reply].text, an.language)


def _goodbye_after(an: TranscriptAnalysis, i: int, end: int) -> bool:
    """Does a goodbye follow position ``end`` in the same message of unit i?"""
    unit = an.turns[i]
    part = _part_of(unit, max(end - 1, 0))
    if any(m.start >= end and _part_of(unit, m.start) == part
           for m in an.matches(i, ["farewell"], any_language=True)):
        return True
    # the goodbye pasted into reply after reply is dropped from the acts as a repeat, but it was still said
    # in this message after the check ("Понятно? Всего доброго."): read the message as it was written
    raw = getattr(an, "raw", an)
    if raw is an:
        return False
    turn = unit.parts[part][1]
    a, _ = _sentence_of(an, i, max(end - 1, 0))
    said = unit.text[max(a, unit.parts[part][0]):end].strip()
    for r in raw.agent_indexes:
        for offset, index, _ in raw.turns[r].parts:
            if index != turn:
                continue
            k = raw.turns[r].text.find(said, offset) if said else -1
            if k < 0:
                return False
            after = k + len(said)
            return any(m.start >= after and _part_of(raw.turns[r], m.start) == _part_of(raw.turns[r], offset)
                       for m in raw.matches(r, ["farewell"], any_language=True))
    return False


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
                for lem in _content_lemmas(sentence, an.language):
                    lemmas |= lem
                out.append((i, a, frozenset(lemmas)))
    return out


def _answers_client(an: TranscriptAnalysis, i: int) -> bool:
    """Did the client ask something since the agent's last inform before unit i (so unit i answers it)?"""
    for j in range(i - 1, -1, -1):
        unit = an.turns[j]
        if unit.role == "client" and (_asks(an, j) or asks_in_tail(unit.text, an.language)
                                      or (j == i - 1 and _yes_no_to_spoken(an, i, j))):
            return True  # a question mark or word; or a question clause ending a chat line without one
        if unit.role == "agent" and any(an.is_inform(j, a, b, s) for a, b, s in an.sentences(j)):
            return False
    return False


# a bare yes or no opening the agent's reply
_YES_NO = {"et": frozenset("jah jaa ei".split()), "ru": frozenset("да нет".split())}


def _yes_no_to_spoken(an: TranscriptAnalysis, i: int, j: int) -> bool:
    """Does agent unit i open with a bare yes or no to client unit j, a line of speech with no punctuation whose
    last clause (after "aga"/«а», «но», or the whole line) has a finite verb and winds nothing up («ладно а деньги
    за октябрь и ноябрь пропадут» - «нет после того как справка поступит пенсию выплатят задним числом»)? The yes or no shows the line
    was a question by its tune: the reply answers it, it recaps nothing (blind round 24)."""
    if an.language not in _YES_NO or not an.turns[j].unpunctuated():
        return False
    reply = _words(an.turns[i].text)
    if not reply or reply[0] not in _YES_NO[an.language]:
        return False
    said = _words(an.turns[j].text)
    cut = [k for k, w in enumerate(said) if w in _BUT[an.language]]
    tail = said[cut[-1] + 1:] if cut else said
    # a clause with its verb: the code read out ("kolm viis kaheksa ...") before "jah klapib" asks nothing
    return bool(tail) and not any(w in _WINDING_UP for w in tail) and has_finite_verb(" ".join(tail), an.language)

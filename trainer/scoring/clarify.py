"""Clarifying the need (the ``before_answer`` scope of criterion "needs", issue 9): which agent questions
clarify the client's matter (`clarifies`), and which leave the client no turn to answer (`stalls`).

The answer a clarifying question must come before is found in first_answer.py (what leads up to it: prefaces.py);
how a client's reply takes a statement is in uptake.py, the frame of a check of understanding in check_frame.py,
the client's words given back in echoes.py, and questions off the matter in off_matter.py.

A mentor's rules:

- A check of understanding that takes up nothing the client said guesses a question never asked; with no
  answer after it, a check only echoes the client (see `clarifies`). Other questions clarify even when no
  answer follows (an agent who asks and then is cut off still asked), unless the client asks again after
  them twice or more (`stalls`: questions sent back instead of an answer). A question of generic words only
  ("Kas Teie küsimus puudutab toetust?", «Хотите получить информацию?») asks nothing (`empty_question`).
- Blind round 24: a «нет» to an either-or question whose last alternative is a clause («... или у вас выплата не
  пришла?») chooses, it corrects no guess (`_clause_alternative`).
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.check_frame import frame_of, frame_then_cues, is_check_frame, recited_in_opener
from trainer.scoring.echoes import echoes_client, pastes_message
from trainer.scoring.first_answer import needs_answer
from trainer.scoring.needs_acts import (
    keyword_check,
    listed_topics,
    offers_named_kind,
    pasted_with_answer,
    topic_only,
)
from trainer.scoring.off_matter import (
    arranges_identification,
    empty_question,
    offers_postponement,
    offers_transcript,
)
from trainer.scoring.prefaces import sentence_asks
from trainer.scoring.uptake import LEADS, denies


def _words(text: str) -> list[str]:
    return [t.norm for t in tx.tokenize_cached(text) if t.is_word]


def clarifies(an, i: int, sentence: str, answered: bool) -> bool:
    """Does a question of agent unit i clarify the client's matter? A check of understanding restates what
    the client said: one of what they ask that takes up nothing of it and that the client denies guessed a
    question never asked ("Kas küsite lapsetoetuse kohta?" to a question about parental benefit: "Ei, ..."),
    and checks again and again with no answer after them only echo the client (an agent who paraphrases
    every message back). Other questions clarify; a check that only gives the client's own words back
    (`echoes_client`) clarifies nothing."""
    if (empty_question(sentence) and not _opens_next_question(an, i, sentence)) or offers_transcript(sentence) \
            or offers_postponement(sentence) or topic_only(an, i, sentence) or offers_named_kind(an, i, sentence) \
            or listed_topics(sentence, an.language):
        return False  # nothing of the matter asked; «Хотите копию переписки?", "räägime hiljem?" offer the call's own service
    start = an.turns[i].text.find(sentence)
    if start >= 0 and (echoes_client(an, i, start, start + len(sentence))
                       or pastes_message(an, i, start, start + len(sentence))):
        return False
    if start >= 0 and arranges_identification(an, i, start, sentence):
        return False
    if answered and start >= 0 and _goes_on_answering(an, i, start, sentence):
        return False
    if not answered and stalls(an):
        return False
    if answered and _asks_about(sentence, an.language) and _corrected(an, i) and not _clause_alternative(
            sentence, an.language) and _correction_ignored(an, i, sentence):
        return False  # a guess the client corrects ("ei, ma mõtlen toitjakaotuspensioni"), answered anyway
    if not is_check_frame(sentence, an.language):
        return True
    if start >= 0 and frame_then_cues(an, i, start, sentence):
        return False  # «правильно ли я понимаю ваш вопрос итак подведём итог спасибо за обращение»
    if _frame_recited(an, sentence) or _recites_topics(an, i, sentence) or keyword_check(sentence, an.language) \
            or pasted_with_answer(an, sentence):
        return False
    if recited_in_opener(an, i, frame_of(sentence)):
        return False  # «правильно ли я понимаю» recited in the opening before the client spoke, said again
    if not answered:
        # one check with nothing after it still asked; checking again and again without answering echoes
        return sum(1 for j in an.agent_indexes for _, _, s in an.sentences(j)
                   if sentence_asks(an, j, s) and is_check_frame(s, an.language)) < 2
    # a check of what the client asks that takes up nothing they said and that they deny ("ei, ma ei
    # küsinud ...") guessed a question never asked; a check of their situation may infer
    if not _asks_about(sentence, an.language) or _takes_up(an, i, sentence):
        return True
    return not _denied(an, i)


def _denied(an, i: int) -> bool:
    reply = i + 1
    return reply < len(an.turns) and an.turns[reply].role == "client" and denies(an.turns[reply].text)


# what follows an opening "ei" / «не» that says "I don't know" rather than "not that" ("ei tea", «не знаю»)
_UNSURE = frozenset("tea teagi tean oska oskagi знаю понимаю помню".split())


def _clause_alternative(sentence: str, lang: str) -> bool:
    """Is the last alternative of an either-or question a clause of its own, with a finite verb («вы спрашиваете
    про дату выплаты или у вас какая-то выплата не пришла», "küsite maksepäeva kohta või on mõni makse tulemata")?
    The client's «нет»/"ei" then answers that clause and so chooses the other alternative: no correction of a
    guess (blind round 24), unlike «нет» to «Вы про пенсию или про пособие?»."""
    from trainer.scoring.confirmed import EITHER_OR
    from trainer.scoring.finite_verbs import has_finite_verb

    words = _words(sentence)
    ors = [k for k, w in enumerate(words) if w in EITHER_OR]
    return bool(ors) and ors[-1] >= 2 and has_finite_verb(" ".join(words[ors[-1] + 1:]), lang)


def _corrected(an, i: int) -> bool:
    """Does the client's reply to agent unit i open by saying "not that" ("Ei, ma mõtlen ...", "ei ma küsin ...",
    «Нет, я про ...», «Не только.»), not "I don't know" ("Ma ei teagi, mis vahe neil on", «Не знаю»)?"""
    reply = i + 1
    if reply >= len(an.turns) or an.turns[reply].role != "client":
        return False
    words = _words(an.turns[reply].text)
    while len(words) > 1 and words[0] in LEADS:
        words = words[1:]
    return bool(words) and words[0] in ("ei", "нет", "не") and (len(words) == 1 or words[1] not in _UNSURE)


def _nouns(text: str, lang: str) -> list[frozenset[str]]:
    from trainer.scoring.content_words import content_lemmas, verbal

    return [lem for lem in content_lemmas(text, lang) if not verbal(lem)]


def _correction_ignored(an, i: int, sentence: str) -> bool:
    """Did the agent's next reply, after the client corrected the guess of agent unit i ("Kas küsite
    matusetoetuse kohta?" - "Ei, ma mõtlen toitjakaotuspensioni ..."; «Вы спрашиваете о сроках выплаты
    российской пенсии?» - «Не только. Я спрашиваю, где взять помощь на похороны»), answer the guessed topic
    and nothing of the correction: a word of the guess in it, no word the correction added (blind round 17)?
    The question was asked and its answer ignored: it clarified nothing."""
    j = next((k for k in range(i + 1, len(an.turns)) if an.turns[k].role == "agent"), None)
    if j is None:
        return False
    correction = [lem for k in range(i + 1, j) for lem in _nouns(an.turns[k].text, an.language)]
    guess = _nouns(sentence, an.language)
    said_in_guess = frozenset().union(*guess)
    added = [lem for lem in correction if not lem & said_in_guess]
    guessed = [lem for lem in guess if not any(lem & c for c in correction)]
    answer = frozenset().union(*_nouns(an.turns[j].text, an.language))
    return bool(added) and any(lem & answer for lem in guessed) and not any(lem & answer for lem in added)


# a request to tell, bare: «скажите, пожалуйста», "palun täpsustage" (folded)
_BARE_REQUEST = frozenset(tx.fold(w) for w in "täpsustage öelge kirjutage уточните скажите напишите".split())


def _opens_next_question(an, i: int, sentence: str) -> bool:
    """Is a bare request to tell («скажите пожалуйста») cut by the speech breaks from the question it opens: the
    next sentence of the same unit asks («... Скажите пожалуйста. Вы думаете о том, чтобы ...»)? Then it is that
    question's opening; at the end of a message, or before more cue words, it asks nothing."""
    if not any(w in _BARE_REQUEST for w in _words(sentence)):
        return False
    following = [(a, b, s) for a, b, s in an.sentences(i) if s.strip() == sentence.strip()]
    if not following:
        return False
    end = following[0][1]
    nxt = next(((a, b, s) for a, b, s in an.sentences(i) if a >= end), None)
    return nxt is not None and (sentence_asks(an, i, nxt[2]) or an.confirmed_check(i, *nxt))


def _frame_recited(an, sentence: str) -> bool:
    """Is the check's frame («правильно ли я понимаю», "kas ma sain õigesti aru") asked in three or more agent
    messages? Said in every turn around whatever the client said last, it is a cue recited, no check."""
    frame = frame_of(sentence)
    if not frame:
        return False
    return sum(1 for j in an.agent_indexes
               if any(frame_of(s) == frame and is_check_frame(s, an.language) and sentence_asks(an, j, s)
                      for _, _, s in an.sentences(j))) >= 3


# a check of the topic the client asks about: «ваш вопрос касается ...», "teie küsimus puudutab ..."
_TOPIC = re.compile(r"(?i)(?<!\w)(?:вопрос\w*|речь|тем[аеуы]|küsimus\w*|kusimus\w*|teema\w*|jutt)(?!\w)")


def _recites_topics(an, i: int, sentence: str) -> bool:
    """Does a check of the topic of the client's question bring numbers the client never said («правильно ли я
    понимаю что ваш вопрос касается пенсии по старости 65 лет 15 лет стажа народной пенсии ...»)? It lists the
    topic's facts, not the client's question; a date names which payment or letter they mean, no fact. A check
    of what the client wants may work out a number ("... soovite 30 päeva jagada kaheks: 10 päeva nüüd ja 20
    päeva suvel" to "10 nüüd ja ülejäänud suvel")."""
    if not _TOPIC.search(sentence):
        return False
    # a date picks out which payment or letter the client means ("... selle makse kohta, mis tuli 8. detsembril"):
    # it checks the matter, it recites no fact of the topic
    said = {n.value for j in range(i) if an.turns[j].role == "client" for n in tx.find_numbers(an.turns[j].text)}
    return any(n.value not in said and n.kind != "date" and not _DAY_OF_MONTH.match(sentence[n.end:])
               and not _ends_on_day(sentence, n) for n in tx.find_numbers(sentence))


def _ends_on_day(sentence: str, n) -> bool:
    """Is the number an ordinal of a day that ends the sentence ("... mis tavaliselt tuleb viiendal", «... которая
    приходит пятого»): the day of the month a payment comes on, naming which payment is meant?"""
    return n.kind == "ordinal" and n.value.isdigit() and 1 <= int(n.value) <= 31 \
        and not _words(sentence[n.end:])


# a day of the month after an ordinal: "viiendal kuupäeval", "8. kuup" (abbreviated), «пятого числа»: a date too
_DAY_OF_MONTH = re.compile(r"(?i)\s*(?:kuupäev\w*|kuupaev\w*|kuup\b|kp\b|числ\w*)")


def _goes_on_answering(an, i: int, start: int, sentence: str) -> bool:
    """Is the sentence, after the answer in the answer's own unpunctuated message, a statement about
    the client with nothing that marks a question (no question word or mark, no tag: «детское пособие само
    приходит ... вы его подтверждаете», "... te kinnitate selle iseteeninduses")? Said in the same breath as
    the answer, it reads as the answer going on, not as a question before it."""
    from trainer.scoring.asking import is_spoken
    from trainer.text.question_tags import TAG_ENDS
    from trainer.text.questions import ET_INTERROGATIVES, RU_INTERROGATIVES

    answer = needs_answer(an)
    if answer is None or answer[0] != i or start <= answer[1] or not is_spoken(an.turns[i].text):
        return False
    words = _words(sentence)
    if not words or words[-1] in TAG_ENDS | {"jah", "vä", "vai"} or tx.is_question(sentence, an.language):
        return False
    if any(w in _ASKING_MARKS or w in RU_INTERROGATIVES or w in ET_INTERROGATIVES for w in words):
        return False  # «вы про это письмо или пришло другое», «вы письмо когда получили»: an either-or or a question word
    return tx.is_check_statement(sentence, an.language) and not tx.restates_need(sentence, an.language)


_ASKING_MARKS = frozenset("или либо või voi".split())


def stalls(an) -> bool:
    """Do the agent's questions stand in for the answer? With no answer in the whole conversation, a client who
    asks again after two of the agent's questions ("jah, sain eile. aga tähtaeg?", «да. а срок какой?») was
    sent questions back instead of an answer: they clarify nothing (blind round 10)."""
    cache = an.__dict__.setdefault("_stalls", [])
    if not cache:
        cache.append(sum(1 for i in an.agent_indexes[1:]
                         if i + 1 < len(an.turns) and an.turns[i + 1].role == "client"
                         and any(sentence_asks(an, i, s) for _, _, s in an.sentences(i))
                         and _client_asks_again(an, i + 1)) >= 2)
    return cache[0]


def _client_asks_again(an, j: int) -> bool:
    from trainer.scoring.asking import asks_question

    text = an.turns[j].text
    return any(asks_question(text, s, an.language, client=True) for _, _, s in an.sentences(j))


def _asks_about(sentence: str, lang: str) -> bool:
    """Does a check restate what the client asks ("... et küsite lapsetoetuse kohta", «... что Вы
    спрашиваете о сроке»), not their situation («..., что ребёнок родился недавно»)?"""
    return tx.restates_need(sentence, lang) or any(w in _ASKING for w in _words(sentence))


# the client's asking or wanting to know, in a check: "... et küsite ...", «... что Вы спрашиваете ...»
_ASKING = frozenset("""kusite kusisite uurite soovite tahate спрашиваете спросили интересуетесь хотите
    узнать""".split())


def _takes_up(an, i: int, sentence: str) -> bool:
    """Does the sentence share a content word that is no verb (a noun, a number) with what the client said
    before unit i?"""
    from trainer.scoring.content_words import compound_tail, content_lemmas, verbal

    said: set[str] = set()
    stems: set[str] = set()
    for j in range(i):
        if an.turns[j].role == "client":
            for lem in content_lemmas(an.turns[j].text, an.language):
                said |= lem
            stems |= {w[:5] for w in _words(an.turns[j].text) if len(w) >= 5}
    mine = [lem for lem in content_lemmas(sentence, an.language) if not verbal(lem)]
    # or a compound that ends in the client's word: "tõendi" - "elusolekutõendit"
    return any(lem & said for lem in mine) or any(
        compound_tail(w, stems) for w in _words(sentence) if len(w) >= 8)

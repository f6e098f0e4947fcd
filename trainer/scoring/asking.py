"""Asking: is a sentence a question (by its marks, or by intonation in speech without punctuation), does a client
unit ask something (not a thanks, a goodbye or an echo), and the questions that ask the client nothing (a template
with its gap unfilled, a bare word with a question mark, a check frame with nothing to check, step hashtags)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.leftopen import asks_elliptically

if TYPE_CHECKING:
    from trainer.scoring.analysis import TranscriptAnalysis
    from trainer.scoring.units import Unit


def asks_question(text: str, sentence: str, language: str, client: bool = False) -> bool:
    """Is the sentence a question; in a speech transcript without punctuation, by intonation too
    (`client`: a client's line, see `tx.is_spoken_question`)."""
    if is_spoken(text):
        return tx.is_spoken_question(sentence, language, client)
    return tx.is_question(sentence, language)


HASHTAG = re.compile(r"#\w+")


TEMPLATE_GAP = re.compile(r"(?:\.\.\.|…)\s*\?\s*$")


# a check that stops at the verb of asking has nothing to check: "... et küsite", «... что Вы спрашиваете»
_ASKING_VERBS = frozenset("kusite kusisite soovite tahate uurite спрашиваете спросили интересуетесь хотите".split())


def open_ended(sentence: str) -> bool:
    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    if words and all(w in _CHECK_FRAME for w in words):
        return True  # «Правильно ли я понимаю.», "Kas ma sain õigesti aru?": a frame with nothing to check
    return len(words) >= 3 and words[-1] in _ASKING_VERBS and words[-2] in _ASK_LEADS


def bare_frame(sentence: str) -> bool:
    """Is the sentence only the frame of a check of understanding ("kas ma sain õigesti aru", «правильно я
    поняла»), with nothing of its own to check?"""
    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    return len(words) >= 3 and all(w in _CHECK_FRAME for w in words) and bool({"aru", "понимаю", "поняла", "понял"} & set(words))


def about_client(sentence: str, language: str) -> bool:
    """Does the statement speak of the client (te, teie, вы, ваш ... or a 2nd person plural verb)?"""
    from trainer.text.questions import ET_YOU, YOU

    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    you = YOU if language == "ru" else ET_YOU
    ends = ("ете", "ите") if language == "ru" else ("ate", "ete", "ite", "ute")
    return any(w in you or (len(w) > 4 and w.endswith(ends)) for w in words)


def bare_word_question(sentence: str, language: str) -> bool:
    """A question of one word ("Kuu?", "Toetus?", «Пенсия?») or of two without a verb ("Kas toetus?", «Какой
    месяц?»): no functional segment that asks the client about their matter. Two words with a verb ("Mis
    juhtus?", «Что случилось?») and an elliptical question of three words or more ("Millise lapse toetuse
    kohta?", «Вы про пенсию?») still ask."""
    from trainer.scoring.finite_verbs import has_finite_verb

    if ":" in sentence:  # a label before it asks nothing: "Täpsustan vajadust: toetus?", «Уточнение: код?»
        sentence = sentence.rsplit(":", 1)[1]
    words = [t for t in tx.tokenize_cached(sentence) if t.is_word or t.text[:1].isdigit()]
    return len(words) == 1 or (len(words) == 2 and not has_finite_verb(sentence, language))


_CHECK_FRAME = frozenset("""правильно верно ли я понимаю поняла понял если kas ma mina saan sain oigesti taspelt
    tapselt hasti aru ваш вопрос teie kusimus kusimust kusimusest""".split())  # "... ваш вопрос": no content


_ASK_LEADS = frozenset("et mida mis te teie что вы вас о".split())


def client_asks(unit: Unit, sentence: str, language: str) -> bool:
    """Does a client sentence ask something: a question mark or word, or, when no message of the unit
    has any punctuation, intonation (`tx.is_spoken_question` for a client's line). A sigh of resignation
    («понятно что ж делать», "selge, mis teha") asks nothing."""
    if tx.is_resignation(sentence):
        return False
    if unit.unpunctuated():
        return tx.is_spoken_question(sentence, language, client=True)
    return tx.is_question(sentence, language) or tx.announces_question(sentence, language)


_MARKS = re.compile(r"[?!,;]")


def is_spoken(text: str) -> bool:
    return not _MARKS.search(text)


def unit_asks(an: TranscriptAnalysis, i: int) -> bool:
    """Does the client unit ask something (a question that is not a thanks, a goodbye or an echo)?"""
    memo = an.__dict__.setdefault("_asks_memo", {})  # a reading of the unit: the checks ask it again and again
    found = memo.get(i)
    if found is None:
        found = memo[i] = _asks_now(an, i)
    return found


def _asks_now(an: TranscriptAnalysis, i: int) -> bool:
    for a, b, sentence in an.sentences(i):
        if client_asks(an.turns[i], sentence, an.language) and not echo(an, i, sentence) and not any(
                a <= m.start < b for m in an.matches(i, ["thanks", "farewell"], any_language=True)):
            return True
    return False


def unit_asks_elliptically(an: TranscriptAnalysis, i: int) -> bool:
    """Does client unit i (speech, no punctuation) end by still asking without a question word ("selge aga see
    eilne raha siis", «так а латвия то"), see `leftopen.asks_elliptically`?"""
    unit = an.turns[i]
    return unit.role == "client" and unit.unpunctuated() and asks_elliptically(unit.text, an.language)


def echo(an: TranscriptAnalysis, i: int, sentence: str) -> bool:
    """«Андрей?», "Seitsmendal?": the client repeats the agent's name or a word of the agent's last reply."""
    previous = next((an.turns[j].text for j in range(i - 1, -1, -1) if an.turns[j].role == "agent"), "")
    return tx.is_echo(sentence, previous, an.language)

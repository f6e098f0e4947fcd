"""Names as the client hears them: its own name asked („Palun öelge oma nimi“, «Как Вас зовут?»), checked („Kas
räägin Maie Kuusega?“, «спасибо валентина петрова верно»), or said, in either alphabet ("Oksana" / «Оксана»).
:mod:`trainer.simulation.listening` answers them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.simulation.heard import MIN_QUESTION_WORDS, heard_questions, marks
from trainer.simulation.reactions import (
    NAME_CHECK_WORDS,
    NAME_REQUEST_PHRASES,
    NOT_NAME_REQUEST_BEFORE,
    REQUEST_WORDS,
    phrase_set,
)

if TYPE_CHECKING:  # pragma: no cover
    from trainer.simulation.dialogue import Conversation

__all__ = ["after_name_check", "asks_name", "checks_name", "confirm_requests", "mentions_name", "name_check_heads",
           "other_script", "own_name", "persona_names", "tagged_name_check"]


# Latin <-> Cyrillic for names: a persona named "Oksana Kovalenko" (as in her documents) is checked as «Оксана
# Коваленко» in a Russian call, and «Галина Иванова» may be typed "Galina Ivanova"; one plain spelling each way
_LAT_MULTI = (("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
              ("ya", "я"), ("ye", "е"), ("yo", "ё"), ("iu", "ю"), ("ia", "я"), ("ii", "ий"), ("ju", "ю"), ("ja", "я"))
_LAT_ONE = dict(zip("abvgdezijklmnoprstufhcyw", "абвгдезийклмнопрстуфгкив", strict=True))
_CYR_ONE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zh", "з": "z", "и": "i",
            "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
            "э": "e", "ю": "ju", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}


_GLIDE_I = re.compile(r"(?<=[аеоуыэюя])и(?![аеёиоуыэюя])")


def other_script(name: str) -> str | None:
    """The name in the other alphabet ("Oksana" -> "Оксана", "Галина" -> "Galina"), or None."""
    low = name.lower()
    if low and all("a" <= ch <= "z" or ch in "-' " for ch in low):
        out, i = [], 0
        while i < len(low):
            for lat, cyr in _LAT_MULTI:
                if low.startswith(lat, i):
                    out.append(cyr)
                    i += len(lat)
                    break
            else:
                out.append(_LAT_ONE.get(low[i], low[i]))
                i += 1
        # an "i" after a vowel closing a syllable is "й": Nikolai -> Николай, Andrei -> Андрей, Raivo -> Райво
        word = _GLIDE_I.sub("й", "".join(out))
    elif low and all(ch in _CYR_ONE or ch in "-' " for ch in low):
        word = "".join(_CYR_ONE.get(ch, ch) for ch in low)
    else:
        return None
    return word[:1].upper() + word[1:]


def persona_names(conv: Conversation) -> tuple[str, ...]:
    """The persona's first and last name, each also in the other alphabet."""
    names = [n for n in (conv.persona.first_name, conv.persona.last_name) if n]
    return tuple(dict.fromkeys([*names, *(o for o in map(other_script, names) if o)]))


def own_name(conv: Conversation) -> str:
    """The client's full name as it says it: in a Russian call a name from Latin documents in Cyrillic."""
    full = conv.persona.full_name
    if conv.scenario.language == "ru":
        parts = [other_script(p) if other_script(p) and p.isascii() else p for p in full.split()]
        full = " ".join(p or "" for p in parts)
    return full


def mentions_name(conv: Conversation, text: str) -> bool:
    """Does the text name the persona (first or last name, any alphabet and case form)?"""
    names = persona_names(conv)
    return bool(names) and any(not m.negated for m in phrase_set(names, conv.scenario.language).find_all(text))


def asks_name(conv: Conversation, norm: str) -> bool:
    """Does a question or request of the reply ask the client's own name („Palun öelge oma ees- ja
    perekonnanimi.“, «Как Вас зовут?», «Назовите, пожалуйста, Ваше имя и фамилию.»)? Not a name in another
    sense („Kas konto on Teie nimel?“, «счёт открыт на Ваше имя?»)."""
    lang = conv.scenario.language
    requests = phrase_set(tuple(REQUEST_WORDS.get(lang, REQUEST_WORDS["en"])), lang)
    wanted = phrase_set(tuple(NAME_REQUEST_PHRASES.get(lang, NAME_REQUEST_PHRASES["en"])), lang)
    questions = set(heard_questions(norm, lang))
    unpunctuated = not any(ch in ".?!,;:" for ch in marks(norm))
    for _, _, sentence in tx.split_sentences(norm):
        if sentence not in questions and not any(not m.negated for m in requests.find_all(sentence)):
            if unpunctuated and _name_after_and(sentence):
                return True  # «спасибо а имя фамилия»: a bare name asked at the end of speech
            if unpunctuated and any(_own_name_request(sentence, m) and _name_request_ends(sentence, m)
                                    for m in wanted.find_all(sentence)):
                return True  # «спасибо и ваше имя фамилия»: asked by intonation at the end of speech
            continue
        if any(_own_name_request(sentence, m) for m in wanted.find_all(sentence)):
            return True
        if _name_after_and(sentence):
            return True  # «назовите Ваш личный код и имя», «спасибо а имя фамилия»
        words = {tx.fold(t.text) for t in tx.tokenize(sentence) if t.is_word}
        if sentence in questions and words & _BARE_NAME and words <= _BARE_NAME | _NAME_TAIL | {"teie", "ваше", "и",
                                                                                                   "ja", "ees"}:
            return True  # „Nimi?“, «Имя, фамилия?»: a bare request in a call
    return False


_AND = frozenset("и а да ja ning ka aga".split())
#: a thanks or an "ok" before a bare name asked in speech («спасибо имя фамилия», „aitäh nimi palun“, new-user
#: batch 42 overpayment-recovery-ru terse): it heads the request like "and" does
_LEAD = _AND | frozenset("спасибо благодарю хорошо отлично ясно aitah tanan hasti selge okei".split())
_OWN = frozenset("ваше ваша вашу ваши teie oma".split())


def _name_after_and(sentence: str) -> bool:
    """Does the sentence end with a bare name joined by "and" or after a thanks („... isikukood ja nimi“, «... код
    и имя», «а имя фамилия», «спасибо имя фамилия»)? Only name words may follow (not «имя ребёнка», „nimi on
    õige“, «спасибо фамилия верная»)."""
    words = [tx.fold(t.text) for t in tx.tokenize(sentence) if t.is_word]
    cut = max((i for i, w in enumerate(words) if w in _LEAD), default=-1)
    tail = words[cut + 1:] if cut >= 0 else []
    return bool(tail) and bool(set(tail) & _BARE_NAME) and set(tail) <= _BARE_NAME | _NAME_TAIL | _OWN | _ASK_AFTER


#: a request verb or "for the check" after the bare name («а имя ваше подскажите», „ja nimi palun kinnituseks“,
#: new-user batch 44 terse: the name asked on its own after the code went unanswered): folded
_ASK_AFTER = frozenset("""подскажите скажите назовите напишите уточните продиктуйте для подтверждения проверки
    oelge kirjutage kinnituseks kontrolliks""".split())


#: words that may follow a request for the name at the end of unpunctuated speech («... ваше имя фамилия»)
_NAME_TAIL = frozenset("фамилия фамилию отчество пожалуйста perekonnanimi perekonnanime palun".split())
#: a question of nothing but these (and :data:`_NAME_TAIL`) asks the name: „Nimi?“, «Имя и фамилия?»
_BARE_NAME = frozenset("nimi nime täisnimi taisnimi perekonnanimi имя фамилия".split())
#: the request words of a name check in a request sentence („kinnitage palun, et olete Maie Kuusk“)
_CONFIRM_WORDS = frozenset({"kinnitage", "kinnitaksite", "подтвердите"})


def _own_name_request(sentence: str, m) -> bool:
    """Is the name-request phrase ``m`` about the client's own name (not «счёт на Ваше имя», negated)?"""
    before = [t.norm for t in tx.tokenize(sentence[:m.start]) if t.is_word]
    return not m.negated and not (before and before[-1] in NOT_NAME_REQUEST_BEFORE)


def _name_request_ends(sentence: str, m) -> bool:
    """Does the name request ``m`` end the sentence (but for the words of :data:`_NAME_TAIL`)?"""
    return all(tx.fold(t.text) in _NAME_TAIL for t in tx.tokenize(sentence[m.end:]) if t.is_word)


def confirm_requests(conv: Conversation, norm: str) -> list[str]:
    """The name checks said as a request („kohe selgitan, aga kinnitage palun, et olete Maie Kuusk“,
    «Подтвердите, пожалуйста, что Вы Вера Ермакова.»): each sentence's part from „kinnitage“ /
    «подтвердите» on, to be read by :func:`checks_name` like a question."""
    out = []
    for _, _, sentence in tx.split_sentences(norm):
        words = [t for t in tx.tokenize(sentence) if t.is_word]
        at = next((t for t in words if tx.fold(t.text) in _CONFIRM_WORDS), None)
        if at is not None:
            out.append(sentence[at.start:])
    return out


def _name_form(token: str, names: tuple[str, ...]) -> bool:
    """An Estonian case form of one of the names that the phrase matcher does not find („Sanderiga“)."""
    low = tx.fold(token)
    return any(len(n) >= 4 and low.startswith(tx.fold(n)) and len(low) - len(n) <= 4 for n in names)


def checks_name(conv: Conversation, questions: list[str]) -> bool:
    """Does one of the reply's questions check the client's own name? The question names the persona (first
    or last name, any case form: «Я говорю с Валентиной Петровой?», „kas räägin Maie Kuusega“) and has no
    other words than those of a name check (:data:`NAME_CHECK_WORDS`: „Palun kinnitage, kas olete Maie
    Kuusk?“, «спасибо валентина петрова верно», "aitah maie kuusk eks"). A question that only addresses the
    client by name („Maie, kas Te saate vanaduspensioni?“) or negates it («Вы не Валентина?») is no check."""
    lang = conv.scenario.language
    names = persona_names(conv)  # also in the other alphabet: "Oksana Kovalenko" checked as «Оксаной Коваленко»
    allowed = {tx.fold(w) for w in NAME_CHECK_WORDS.get(lang, NAME_CHECK_WORDS["et"])}
    for q in questions:
        found = phrase_set(names, lang).find_all(q) if names else []
        if not found or any(m.negated for m in found):
            continue
        rest = [t for t in tx.tokenize(q) if t.is_word and not any(m.start <= t.start < m.end for m in found)]
        if all(tx.fold(t.text) in allowed or lang == "et" and _name_form(t.text, names) for t in rest):
            return True
    return False


_CHECK_TAGS = frozenset("eks jah oige õige verno верно правильно да".split())
#: the name check that opens a spoken sentence is at most this many words long („aitäh kas räägin maret saarega“)
_NAME_CHECK_WORDS = 8


def after_name_check(conv: Conversation, sentence: str) -> str:
    """What an unpunctuated sentence says after the name check that opens it: speech runs the check into the
    answer („kas räägin maret saarega registreerisin kaebuse ... vastus tuleb kirjalikult“), and only the check
    asks. "" when the sentence does not open with a name check or what follows asks too („kas räägin maret
    saarega kas teil on otsus käes“) or is a few words only."""
    lang = conv.scenario.language
    if any(ch in marks(sentence) for ch in "?!,;") or not persona_names(conv):
        return ""
    words = [t for t in tx.tokenize(sentence) if t.is_word or t.text[:1].isdigit()]
    end = _name_check_words(conv, sentence, words)
    tail = sentence[words[end].start:] if 0 < end < len(words) else ""
    if len(tail.split()) < MIN_QUESTION_WORDS or tx.is_spoken_question(tail, lang):
        return ""
    return tail


def _name_check_words(conv: Conversation, sentence: str, words: list) -> int:
    """How many of the sentence's first words (`words`, its tokens) form a check of the client's name (0: none)."""
    end = 0
    names = persona_names(conv)
    found = phrase_set(names, conv.scenario.language).find_all(sentence) if names else []
    for k in range(1, min(len(words), _NAME_CHECK_WORDS) + 1):
        word = words[k - 1]  # the check ends on the name or a tag after it („... saarega eks“), not on „kas“
        on_name = any(m.start <= word.start < m.end for m in found) or _name_form(word.text, names)
        if (on_name or end and tx.fold(word.text) in _CHECK_TAGS) \
                and checks_name(conv, [sentence[:word.start + len(word.text)]]):
            end = k
    return end


def tagged_name_check(conv: Conversation, norm: str) -> bool:
    """Does unpunctuated speech open with a name check closed by a tag („aitah helju kask eks tous on ...“,
    «спасибо светлана кузнецова верно деньги придут ...»)? The tag makes it a question though the sentence runs
    on into the answer; a name said without a tag („aitah helju kask tous on ...“) checks nothing."""
    if any(ch in marks(norm) for ch in "?!,;") or not persona_names(conv):
        return False
    for _, _, sentence in tx.split_sentences(norm):
        words = [t for t in tx.tokenize(sentence) if t.is_word or t.text[:1].isdigit()]
        end = _name_check_words(conv, sentence, words)
        if end and tx.fold(words[end - 1].text) in _CHECK_TAGS:
            return True
    return False


def name_check_heads(conv: Conversation, questions: list[str]) -> list[str]:
    """The name checks that open unpunctuated questions running on into the answer („kas räägin maret saarega
    registreerisin kaebuse ...“): each as a question of its own, for :func:`checks_name`."""
    out = []
    for q in questions:
        if any(ch in marks(q) for ch in "?!,;"):
            continue
        words = [t for t in tx.tokenize(q) if t.is_word or t.text[:1].isdigit()]
        end = _name_check_words(conv, q, words)
        if 0 < end < len(words):
            out.append(q[:words[end - 1].start + len(words[end - 1].text)])
    return out

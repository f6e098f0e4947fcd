"""Shortened words of fast typing read as the words they stand for, in Estonian and Russian.

Terse chat writes «Опека зарегистр.», «в теч. двух след. рабочих дней», «с 2025 г.», «7 дек.», «спс», «пжл»,
"nt", "5 tööp jooksul", "k.a" (new-user batch 43). Every check reads words by their lemmas, so a clipped word is
no word to it: "зарегистр." is neither «зарегистрирована» nor a verb, and a reply of such words reads as keywords.
`abbreviation_replacements` gives `spoken.normalize_input` the full word for each, from a fixed table: no guess
from the dictionary, so the same text always reads the same.

A short form is read only in the shape the table gives: with its full stop where the short form needs one
("след" without it is the noun «след»), after a number where it is a month or a year («7 дек.», «2025 г.»; «г.
Таллинн» is a town). The full stop goes with the word when the sentence goes on after it (a lower-case word, a
digit, a comma); before a capital or at the end it stays and ends the sentence. The word keeps the capital of
the short form ("Спс." -> "Спасибо.").

`expand_abbreviations` gives the same reading as text: the short forms written in full. The scripted client reads
agent text through it (`trainer.simulation.spelling.as_heard`), so a clipped «65 л. и 1 мес» is one reading for the
client and the scorer.

Clipped weekdays («в пт», «с пн по пт»), Estonian months after a day ("8. dets") and working days ("5 t.p.") are
read by `date_abbreviations.date_abbreviation_replacements`, called from here (new-user batch 56).

`unit_letter_replacements` reads the Estonian unit letters after a number ("8 a eest", "15a staaži", "30p") as
"aasta" and "päeva", and a spaced "k" before a word ("3 k pärast") as "kuud".
"""

from __future__ import annotations

import re

from .date_abbreviations import date_abbreviation_replacements
from .normalize import Token, tokenize_cached

__all__ = ["abbreviation_replacements", "expand_abbreviations", "unit_letter_replacements"]

# folded short form -> (the word, needs its full stop, needs a number before it)
_RU: dict[str, tuple[str, bool, bool]] = {
    # thanks and please, typed short without a stop
    "спс": ("спасибо", False, False),
    "спасиб": ("спасибо", False, False),
    "пжл": ("пожалуйста", False, False),
    "пжлст": ("пожалуйста", False, False),
    "пож": ("пожалуйста", True, False),
    "плз": ("пожалуйста", False, False),
    # clipped words of a sentence
    "зарегистр": ("зарегистрировано", True, False),
    "оформл": ("оформлено", True, False),
    "теч": ("течение", True, False),
    "след": ("следующих", True, False),
    "раб": ("рабочих", True, False),
    # «65 л. и 1 мес», «стаж от 1 г» (new-user batch 46 foreign-eu-pension-ru terse): after a number, with or
    # without the stop; «л.» is years here (no litres are spoken of at the Board)
    "мес": ("месяца", False, True),
    "л": ("лет", False, True),
    "напр": ("например", True, False),
    # new-user batch 45 (disability-assessment-ru terse: «одно совместное заявл. и на трудоспособность ...»,
    # «потом заявл. в töötukassa»): the application, with its stop
    "заявл": ("заявление", True, False),
    # new-user batch 46 (pension-abroad-proof-ru terse: «справку о нахожд. в живых»; foreign-eu-pension-ru terse:
    # «в 2027 пенс. возраст»)
    "нахожд": ("нахождении", True, False),
    "пенс": ("пенсионный", True, False),
    # new-user batch 48 (crisis-suicidal-ru terse: «пособие по прожит. минимуму»)
    "прожит": ("прожиточному", True, False),
    # new-user batch 60 (rent-help-municipality-ru terse: «пособие одиноко прожив. пенсионеру», «соцработник
    # кохтла-ярвеской гор. управы»): with the stop and inside a sentence only («гор» alone are mountains)
    "прожив": ("проживающему", True, False),
    "гор": ("городской", True, False),
    # new-user batch 61 (assistive-device-rehab-ru terse: «восст. лечение (упражнения) назначает врач»): with the stop
    # and inside a sentence only
    "восст": ("восстановительное", True, False),
    # new-user batch 73 (assistive-device-rehab-ru terse: «справку что вам нужно вспомог. средство»): with the stop and
    # inside a sentence only
    "вспомог": ("вспомогательное", True, False),
    # a year and the months after a number: «с 2025 г.», «7 дек.», also without the stop («7 дек, пн», new-user batch
    # 56 guardian-for-ward-ru terse)
    "г": ("года", False, True),
    "гг": ("годы", True, True),
    "янв": ("января", False, True),
    "февр": ("февраля", False, True),
    "фев": ("февраля", False, True),
    "апр": ("апреля", False, True),
    "авг": ("августа", False, True),
    "сент": ("сентября", False, True),
    "сен": ("сентября", False, True),
    "окт": ("октября", False, True),
    "нояб": ("ноября", False, True),
    "ноя": ("ноября", False, True),
    "дек": ("декабря", False, True),
}
# new-user batch 47 (complaint-registration-ru terse: «Рассмотрит рук. телефонной службы. Ответ письменно, в теч. 30
# дн.», «Назовите ФИО и личн. код»): «рук.» only inside a sentence and not after a preposition («из рук.» are hands),
# «дн» only after a number, «письм.» by what follows (see `_RU_BY_NEXT`)
_RU.update({
    "рук": ("руководитель", True, False),
    "дн": ("дней", False, True),
    "личн": ("личный", False, False),
    "фио": ("фамилию и имя", False, False),
})
# chat shorthand (new-user batch 53 language-switch-ru terse: «мож по-русски? вопрос про апрельскую прибавку?» read as
# a keyword list, no offer of Russian): «мож», «мб» (not after a number: «5 МБ» are megabytes), «оч», «тож», «пж», «плиз»
_RU.update({
    "мож": ("может", False, False),
    "мб": ("может быть", False, False),
    "оч": ("очень", False, False),
    "тож": ("тоже", False, False),
    "пж": ("пожалуйста", False, False),
    "плиз": ("пожалуйста", False, False),
})
# a word contracted round a hyphen, one token as typed (new-user batch 68 complaint-registration-ru terse: «Ответит
# рук-ль пенсионного отдела, письменно»): the client did not hear who answers
_RU.update({
    "рук-ль": ("руководитель", False, False),
    "рук-ля": ("руководителя", False, False),
    "рук-лю": ("руководителю", False, False),
    "г-н": ("господин", False, False),
    "г-жа": ("госпожа", False, False),
})
_NOT_AFTER_NUMBER = frozenset({"мб"})
# «дн» also after the working days' «раб.» («10 раб. дн.», new-user batch 56 terse)
_AFTER_WORKING = frozenset({"дн"})
# a clipped word read by what follows: before a word the adjective («письм. ответ»), else the adverb («ответ письм.»)
_RU_BY_NEXT = {"письм": ("письменный", "письменно")}
_ET: dict[str, tuple[str, bool, bool]] = {
    "nt": ("näiteks", False, False),
    "toop": ("tööpäeva", False, False),
    "pmst": ("põhimõtteliselt", False, False),
    # clipped words of a sentence, with their stop (new-user batch 44: "Pension tav. 5-ndal", "Siis makst. järgm. 2
    # tööpäeva jooksul"); "tav" or "makst" without it is no word anyone types
    "tav": ("tavaliselt", True, False),
    "makst": ("makstakse", True, False),
    "jargm": ("järgmise", True, False),
    "jargn": ("järgneva", True, False),
    "esmasp": ("esmaspäeval", False, False),
    "teisip": ("teisipäeval", False, False),
    "kolmap": ("kolmapäeval", False, False),
    "neljap": ("neljapäeval", False, False),
}
# "kp" of "kuupäev" with a case ending after a hyphen ("taotluse kp-st", "mis kp-l"; new-user batch 68
# pension-application-window-et terse): lower case only. A bare "kp" stays here: after an ordinal it is the day of the
# month (date_abbreviations.py), otherwise it may be calendar days ("30 kp") or a label ("otsuse kp ja nr")
_ET_DATE = re.compile(r"^kp-(st|l|ni|ga|ks|le|lt|s|sse|d|ta)$")
# acronyms of institutions typed in capitals, also with a case ending ("KOV-i", "KOVist"; new-user batch 62
# death-report-et terse: "matusetoetus on KOV-i oma"): read as their words; lower case ("kov") is no acronym
_ET_ACRONYMS = {"KOV": "kohalik omavalitsus"}
_ET_ACRONYM = re.compile(r"^(KOV)(?:-?[a-zõäöü]{1,4})?$")
# a title before a name ("pr Lepp", "hr Saar"): read only before a word in capitals
_ET_TITLES = {"pr": "proua", "hr": "härra", "prl": "preili"}
# two letters joined by a full stop: "k.a" (kaasa arvatud), «т.е.» (то есть)
_DOTTED: dict[tuple[str, str], str] = {("k", "a"): "kaasa arvatud", ("т", "е"): "то есть"}


def _cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1].lower() <= "\u04ff"


# short forms that never end a sentence ("в теч. 30 дней", "двух след. рабочих дней"): before a digit too the
# sentence goes on, and at a sentence's end the word is another one («Остался след.»)
_INSIDE = frozenset("теч след раб напр заявл нахожд пенс прожит прожив гор восст рук tav makst jargm jargn".split())
# short forms that are another word after a preposition: «из рук.», «на рук.» (hands)
_NOT_AFTER_PREPOSITION = frozenset({"рук"})
# «65 л. 1 мес»: the years of an age go on into its months, so a digit after the stop continues the sentence
_YEARS_BEFORE_MONTHS = frozenset({"л"})
# a country clipped to its first letters («в финл.», «финл. стаж», new-user batch 46 foreign-eu-pension-ru terse): the
# country after a preposition, else its adjective (read by lemma, so «финский учреждение» is «финское учреждение»);
# with or without the stop
_COUNTRIES = {"рос": ("России", "российский"), "финл": ("Финляндии", "финский"), "эст": ("Эстонии", "эстонский"), "герм": ("Германии", "немецкий"),
              "латв": ("Латвии", "латвийский"), "литв": ("Литвы", "литовский"), "швец": ("Швеции", "шведский")}
# a stump compound of terse typing (new-user batch 48 crisis-suicidal-ru terse: «соцработник вашего самоуправления»):
# the stump as its adjective before the noun, for the known nouns only («сосед», «госпиталь» are no compounds)
_RU_STUMPS = {"соц": "социальный", "гос": "государственный"}
_RU_STUMP = re.compile(r"(соц|гос)(?=(?:работни|страхован|защит|помощ|обеспечен|пособи|выплат|услуг|служб|учрежден"
                       r"|пенси)\w*$)")
_RU_PREPOSITIONS = frozenset("в во из с со на по о об для до от к".split())
# the Board's name clipped in a spoken or typed opening («деп соцстрахования кристина здравствуйте», «деп. соц.
# страхования»; new-user batch 63 overpayment-recovery-ru terse): «деп» is «департамент» only before a «соц...» word
# (a compound or «соц.»: before the bare stump «соц» the clipped name is matched as typed, «деп соц страх», test_b45fix)
_RU_BEFORE_SOCIAL = {"деп": "департамент"}


def _goes_on(text: str, pos: int, inside: bool) -> bool:
    """Does the sentence go on after the full stop that ends at ``pos``: a lower-case word or a comma after it, or
    (for a short form that ends no sentence) a digit? A digit after "зарегистр." or «2025 г.» may open the next
    sentence, as the sentence splitter reads it."""
    rest = text[pos:].lstrip(" ")
    return bool(rest) and (rest[0].islower() or rest[0] in ",;:–-)" or (inside and rest[0].isdigit()))


def _capital(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def abbreviation_replacements(text: str, tokens: tuple[Token, ...], words: list[int],
                              replace: dict) -> dict[int, tuple[int, str]]:
    """{first token: (last token, full word)} for the short forms in ``text`` (see the module doc); tokens that
    ``replace`` already rewrites are left alone."""
    covered = {x for first, (last, _) in replace.items() for x in range(first, last + 1)}
    out: dict[int, tuple[int, str]] = {}
    for n, i in enumerate(words):
        tok = tokens[i]
        if i in covered or not tok.is_word or (i and tokens[i - 1].end == tok.start and tokens[i - 1].text[-1:].isalnum()):
            continue
        date = _ET_DATE.match(tok.text)
        if date is not None:  # "kp-st" -> "kuupäevast"
            out[i] = (i, "kuupäeva" + date.group(1))
            continue
        acronym = _ET_ACRONYM.match(tok.text)
        if acronym is not None:  # "KOV", "KOV-i", "KOVist": the words it stands for (case left to the lemmas)
            out[i] = (i, _ET_ACRONYMS[acronym.group(1)])
            continue
        dot = i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == tok.end
        low = tok.norm
        # "k.a", «т.е.»: a letter, a stop, a letter (and perhaps a stop)
        if dot and i + 2 < len(tokens) and tokens[i + 2].is_word and tokens[i + 2].start == tokens[i + 1].end \
                and (low, tokens[i + 2].norm) in _DOTTED and i + 2 not in covered:
            last = i + 2
            if last + 1 < len(tokens) and tokens[last + 1].text == "." and tokens[last + 1].start == tokens[last].end \
                    and _goes_on(text, tokens[last + 1].end, True):
                last += 1
            out[i] = (last, _capital(_DOTTED[(low, tokens[i + 2].norm)], tok.text))
            continue
        if i + 1 < len(tokens) and tokens[i + 1].start == tok.end and tokens[i + 1].text not in ".,;:!?)»\"":
            continue  # glued to what follows ("nt-ks", "г-н"): another word
        table = _RU if _cyrillic(tok.text) else _ET
        title = _ET_TITLES.get(low) if table is _ET else None
        if title is not None:
            after = i + 2 if dot else i + 1
            if after < len(tokens) and tokens[after].is_word and tokens[after].text[:1].isupper():
                out[i] = (i + 1 if dot else i, _capital(title, tok.text))
            continue
        country = _COUNTRIES.get(low) if table is _RU else None
        if country is not None:
            prep = n and tokens[words[n - 1]].norm in _RU_PREPOSITIONS
            goes_on = dot and _goes_on(text, tokens[i + 1].end, False)
            out[i] = (i + 1 if goes_on else i, _capital(country[0] if prep else country[1], tok.text))
            continue
        board = _RU_BEFORE_SOCIAL.get(low) if table is _RU else None
        if board is not None:
            nxt = i + 2 if dot else i + 1
            if nxt < len(tokens) and tokens[nxt].is_word and tokens[nxt].norm.startswith("соц") \
                    and (len(tokens[nxt].norm) > 3 or nxt + 1 < len(tokens) and tokens[nxt + 1].text == ".") \
                    and not text[tok.end:tokens[nxt].start].strip(" ."):
                out[i] = (i + 1 if dot else i, _capital(board, tok.text))
            continue
        by_next = _RU_BY_NEXT.get(low) if table is _RU else None
        if by_next is not None and dot:
            nxt = i + 2 < len(tokens) and tokens[i + 2].is_word and text[tokens[i + 1].end:tokens[i + 2].start] == " " \
                and tokens[i + 2].text[:1].islower()
            goes_on = _goes_on(text, tokens[i + 1].end, True)
            out[i] = (i + 1 if goes_on else i, _capital(by_next[0] if nxt else by_next[1], tok.text))
            continue
        entry = table.get(low)
        if entry is None:
            stump = _RU_STUMP.match(low) if table is _RU else None
            if stump is not None:  # «соцработник» is «социальный работник» (read by lemma, as «соц. работник»)
                out[i] = (i, _capital(f"{_RU_STUMPS[stump.group(1)]} {tok.text[len(stump.group(1)):]}", tok.text))
            continue
        if low in _NOT_AFTER_PREPOSITION and n and tokens[words[n - 1]].norm in _RU_PREPOSITIONS:
            continue
        word, needs_dot, needs_number = entry
        if needs_dot and not dot:
            continue
        if needs_number and not (n and tokens[words[n - 1]].text.isdigit() and words[n - 1] == i - 1) \
                and not (low in _AFTER_WORKING and _after_working(tokens, words, n)):
            continue
        if low in _NOT_AFTER_NUMBER and n and tokens[words[n - 1]].text[:1].isdigit():
            continue
        goes_on = dot and _goes_on(text, tokens[i + 1].end, low in _INSIDE or low in _YEARS_BEFORE_MONTHS)
        if low in _INSIDE and not goes_on:
            continue
        out[i] = (i + 1 if goes_on else i, _capital(word, tok.text) if not _acronym(tok.text) or _opens(text, tok.start)
                  else word)
    taken = covered | {x for first, (last, _) in out.items() for x in range(first, last + 1)}
    out.update(date_abbreviation_replacements(text, tokens, words, taken))
    return out


def _after_working(tokens: tuple[Token, ...], words: list[int], n: int) -> bool:
    """Is the word ``words[n]`` right after «раб.» or «рабочих» («10 раб. дн.», new-user batch 56)?"""
    if not n:
        return False
    before = words[n - 1]
    low = tokens[before].norm
    return (low == "раб" and words[n] == before + 2 and tokens[before + 1].text == ".") \
        or (low.startswith("рабоч") and words[n] == before + 1)


def expand_abbreviations(text: str) -> str:
    """``text`` with its short forms written in full, as `abbreviation_replacements` reads them for the checks
    (`spoken.normalize_input`): «65 л. и 1 мес» -> «65 лет и 1 месяца», "nt" -> "näiteks"."""
    tokens = tokenize_cached(text)
    words = [i for i, t in enumerate(tokens) if t.is_word or t.text[:1].isdigit()]
    found = abbreviation_replacements(text, tokens, words, {})
    if not found:
        return text
    out, pos = [], 0
    for first in sorted(found):
        last, word = found[first]
        out += [text[pos:tokens[first].start], word]
        pos = tokens[last].end
    return "".join(out) + text[pos:]


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _opens(text: str, pos: int) -> bool:
    """Does a sentence open at ``pos``: an acronym («ФИО») gives its capital to the words only there."""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?…:–-"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# the word before a house number ("Pärnu mnt 15a"): its letter is no unit
_STREET = frozenset("mnt tn pst tee tänav tänava maantee puiestee põik allee korter krt".split())
_UNIT_LETTERS = {"a": "aasta", "p": "päeva", "k": "kuud"}


def unit_letter_replacements(text: str, tokens, words: list[int], replace: dict) -> dict[int, tuple[int, str]]:
    """The Estonian abbreviations "a" of "aasta", "p" of "päeva" and (spaced, before a word) "k" of "kuud" right after a number, as terse typing has it
    ("8 a eest", "15 a nõudesse", "65 a 1 kuu"; new-user batch 32), also glued to it before a word ("15a staaži",
    "30p osade kaupa"; batch 44; after a plus or a tilde, "+2a staazi", "~2a", batch 65; "kuni laps 3a." may be an
    age and stays): read as the word, so phrases and quantities see it. Only a lone lowercase Latin letter, in a text with no Cyrillic (a Russian «а» is a word); a
    letter glued to a house number ("mnt 15a") or a code stays; a spaced "p" stays."""
    if _CYRILLIC.search(text) or not any(c in text for c in _UNIT_LETTERS):
        return {}
    covered = {x for first, (last, _) in replace.items() for x in range(first, last + 1)}
    out: dict[int, tuple[int, str]] = {}
    for n in range(1, len(words)):
        i, before = words[n], words[n - 1]
        word = _UNIT_LETTERS.get(tokens[i].text)
        if word is None or i in covered or not tokens[before].text[-1:].isdigit():
            continue
        gap = text[tokens[before].end:tokens[i].start]
        if gap not in (" ", "") or (gap == " " and tokens[i].text == "p"):
            continue  # a spaced "5 p" stays as it was (the batch-32 rule was about "a" only)
        if tokens[i].text == "k" and (gap == "" or not (i + 1 < len(tokens) and tokens[i + 1].is_word)):
            continue  # "3 k pärast" is months (new-user batch 68 terse); "3k", "3 k€" and a "k" ending a clause stay
        if i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end and tokens[i + 1].text[:1].isalnum():
            continue
        if gap == "":
            start = tokens[before].start
            if not tokens[before].text.isdigit() or (start and text[start - 1] not in " (+~") \
                    or (n >= 2 and tokens[words[n - 2]].text.lower() in _STREET):
                continue  # "7.12a", "A15a", "mnt 15a": part of a date, a code or a house number
            if not (i + 1 < len(tokens) and tokens[i + 1].is_word) or tokens[i + 1].norm.startswith(("vanu", "vana")):
                continue  # "kuni laps 3a.", "kuni 3a vanuseni": an age, left as typed (new-user batch 33 terse)
            word = " " + word
        out[i] = (i, word)
    return out

"""Estonian typed with "y" for "ü", read as the client hears it (new-user batch 41, author n9).

Without an Estonian keyboard a trainee types "y" for "ü" ("nyyd", "synnikoht", "nelikymmend viis paeva",
"kymnendal kuupaeval", "kaheteistkymnendaks detsembriks"). "õ", "ä", "ö" typed as "o", "a", "o" need nothing:
every matcher folds the diacritics away. "y" is no letter of native Estonian words, so the client reads it as "ü":
a number or a date in words is heard ("nelikümmend viis" = 45), and so is a request for its "sünnikoht".

The client's ear (the transcript keeps what was typed); the scorer reads "y" and run-together speech its own way. Only whole Latin
words in lower case, or with a capital first letter only ("Yks hetk"): an identifier ("identify_before_data",
"family-benefits.x"), an all-caps word or a word with digits is left as it is, and so is any word in a Russian
conversation.

Russian speech typed by speech-to-text (new-user batch 45, author u9) runs clauses together without punctuation, and a
«не» meant for one word reads as the denial of the whole run: the client hears two readings a writer would punctuate
or join. «не» written apart before a present passive participle is its prefix («не облагаемый доход» =
«необлагаемый»: no denial of the agency named before it, «налогово таможенный департамент мта это их вопрос от нас не
облагаемый доход ...»); a denial of "us" followed by «это» is a contrast of two clauses («это не к нам это пенсионный
центр» = «не к нам, это пенсионный центр»: the centre is named, not denied). Only whitespace between: a writer's own
punctuation is left as it is.

«Как пострадавшая Вы можете подать заявление.» is "as a victim", not "how" (new-user batch 46 victim-support-ru
wrong: the compensation told so was not heard and the client asked about its bills again): a role noun between «как»
and the polite "you", with no question mark, is read with the words swapped.

Russian typed in Latin letters ("Nazovite pozhaluista imja i lichnyj kod", new-user batch 48 pension-weekend-ru terse) is
read in Cyrillic first (`trainer.text.translit.cyrillic_text`), as the scorer's `normalize_input(text, "ru")` reads it:
every reader of the client's hearing (the code request, the closing, a step's signals) then sees the Russian words.

Short forms of fast typing («65 л. и 1 мес», «спс», "nt", "5 tööp") are read in full by the scorer's own expansion
(`trainer.text.abbreviations.expand_abbreviations`, in both languages): a number's clipped unit («пенс. возраст 65 л. и 1 мес, не
65», new-user batch 46 foreign-eu-pension-ru terse, once heard as "exactly 65") is one reading for client and scorer.
A decimal said over typed digits ("745 koma 30", «745 запятая 30») is the amount 745,30 to the client
(`trainer.text.decimals.typed_decimals`, new-user batch 56 invalid-code-et terse).
"""

from __future__ import annotations

import re

from trainer.text.abbreviations import expand_abbreviations
from trainer.text.decimals import typed_decimals
from trainer.text.translit import cyrillic_text

__all__ = ["as_heard"]

#: a Latin word with a "y" in it: lower case, or a capital first letter and lower case after it; not part of an
#: identifier (no letter, digit, "_", "-" or "." joined to it on either side)
_Y_WORD = re.compile(r"(?<![\w.\-])(?=[A-Za-zÕÄÖÜõäöüšž]*[yY])[A-ZÕÄÖÜYa-zõäöüšž][a-zõäöüšž]*(?![\w\-]|\.\w)")


def _umlaut(m: re.Match) -> str:
    word = m.group()
    return word[:1].replace("Y", "Ü").replace("y", "ü") + word[1:].replace("y", "ü")


#: «не» written apart before a present passive participle («не облагаемый», «не оплачиваемую»): its prefix
_RU_PARTICIPLE_NE = re.compile(
    r"(?<![\w-])([Нн]е)\s+(?=\w+[еи]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ом|ыми)(?![\w-]))")
#: a denial of "us" («не к нам», «не у нас», «не мы», «не наш вопрос») and «это» starting the next clause
_RU_NOT_US_THEN = re.compile(
    r"(?<![\w-])([Нн]е\s+(?:(?:к|у|от|в|для)\s+)?(?:нам|нас|мы|наш\w*)(?:\s+вопрос\w*)?)\s+(?=это(?![\w-]))")


#: «как» + a role the caller has + the polite "you", a statement («Как пострадавшая Вы можете ...» = as a victim you
#: may ...), not "how": the words swapped («Вы как пострадавшая можете ...»); not before a question mark
_RU_AS_ROLE = re.compile(
    r"(?<![\w-])([Кк])ак\s+((?:жертв|пострадавш|потерпевш|пенсионер|родител|мать|отец|опекун|инвалид|человек|получател|"
    r"заявител|наследни|работающ|безработн|гражданин|житель|жительниц|представител|иностран|студент|член)\w*"
    r"(?:\s+(?!(?:вы|вам|вас|вами|ваш\w*)\b)[а-яё]+){0,3}?)\s+([Вв](?:ы|ам|ас)\b)(?=[^?]*(?:[.!]|$))")


def _as_role(m: re.Match) -> str:
    you = m.group(3)
    return f"{you[:1].upper() if m.group(1) == 'К' else you[:1]}{you[1:]} {m.group(1).lower()}ак {m.group(2)}"


def _ru_speech(text: str) -> str:
    """Russian speech run together, read as a writer would punctuate or join it (module doc)."""
    text = _RU_PARTICIPLE_NE.sub(r"\1", text)
    text = _RU_AS_ROLE.sub(_as_role, text)
    return _RU_NOT_US_THEN.sub(r"\1, ", text)


def as_heard(text: str, lang: str) -> str:
    """The reply as the client reads it: in an Estonian conversation, "y" typed for "ü" read as "ü"; in a Russian
    one, a «не» of a participle joined and a contrast after "not us" parted; in both, short forms written in full
    (module doc)."""
    if lang == "ru":
        text = cyrillic_text(text)  # Russian typed in Latin letters, in Cyrillic as the scorer reads it (translit.py)
    text = typed_decimals(expand_abbreviations(text))  # "745 koma 30" is 745,30 (decimals.py)
    if lang == "ru":
        return _ru_speech(text)
    if lang != "et" or "y" not in text.lower():
        return text
    return _Y_WORD.sub(_umlaut, text)

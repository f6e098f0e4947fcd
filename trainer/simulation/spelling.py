"""Estonian typed with "y" for "ü", read as the client hears it (new-user batch 41, author n9).

Without an Estonian keyboard a trainee types "y" for "ü" ("nyyd", "synnikoht", "nelikymmend viis paeva",
"kymnendal kuupaeval", "kaheteistkymnendaks detsembriks"). "õ", "ä", "ö" typed as "o", "a", "o" need nothing:
every matcher folds the diacritics away. "y" is no letter of native Estonian words, so the client reads it as "ü":
a number or a date in words is heard ("nelikümmend viis" = 45), and so is a request for its "sünnikoht".

Only the client's ear (the transcript keeps what was typed; the scorer keeps its own reading). Only whole Latin
words in lower case, or with a capital first letter only ("Yks hetk"): an identifier ("identify_before_data",
"family-benefits.x"), an all-caps word or a word with digits is left as it is, and so is any word in a Russian
conversation.
"""

from __future__ import annotations

import re

__all__ = ["as_heard"]

#: a Latin word with a "y" in it: lower case, or a capital first letter and lower case after it; not part of an
#: identifier (no letter, digit, "_", "-" or "." joined to it on either side)
_Y_WORD = re.compile(r"(?<![\w.\-])(?=[A-Za-zÕÄÖÜõäöüšž]*[yY])[A-ZÕÄÖÜYa-zõäöüšž][a-zõäöüšž]*(?![\w\-]|\.\w)")


def _umlaut(m: re.Match) -> str:
    word = m.group()
    return word[:1].replace("Y", "Ü").replace("y", "ü") + word[1:].replace("y", "ü")


def as_heard(text: str, lang: str) -> str:
    """The reply as the client reads it: in an Estonian conversation, "y" typed for "ü" read as "ü" (module doc)."""
    if lang != "et" or "y" not in text.lower():
        return text
    return _Y_WORD.sub(_umlaut, text)

"""A prohibition to type an identifier in the chat, said in the forms `find_identifier_requests` does not list."""

from __future__ import annotations

import re

# a prohibition said with a negated present after "palun" ("Isikuandmeid palun siia vestlusesse ei kirjuta", the
# colloquial "ärge kirjutage"; new-user batch 50 social-welfare-redirect-chat-et good) or with a negated infinitive
# («код, пожалуйста, в чат не писать»): no request; "ma ei kirjuta" without "palun" is a statement and not read here
_NO_TYPING = r"(?:kirjut|sisest|saat|jaga|lisa|pan)\w*"
_DONT_TYPE = re.compile(r"\bpalun\b[^.!?]*?\bei\s+" + _NO_TYPING + r"|\bei\s+" + _NO_TYPING + r"\s+palun\b|"
                        r"\bне\s+(?:писать|вписывать|указывать|присылать|отправлять|вводить|сообщать|публиковать)\b")
# ... unless the sentence also asks for it ("Palun kirjutage siia isikukood, me ei kirjuta seda üles")
_DO_TYPE = re.compile(r"\b(?:kirjutage|sisestage|saatke|oelge|lisage|(?<!не\s)(?:напишите|укажите|введите|пришлите|"
                      r"сообщите|отправьте))\b")


def dont_type(folded: str) -> bool:
    """Does the (folded) sentence tell the client not to type it here, asking for nothing (see above)?"""
    return bool(_DONT_TYPE.search(folded)) and not _DO_TYPE.search(folded)

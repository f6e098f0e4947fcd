"""A "that"-clause an agent's sentence does not assert: "even that ..." naming a kind of data the agent withholds,
or the wording an authorisation must have (`unasserted_that`; read by `statements.find_status_statements`)."""

from __future__ import annotations

import re

# "ka see, et avaldus on olemas, on tema andmed", «даже то, что заявление поступило, — её данные»: even the fact
# that ... names a kind of data the agent withholds; it states nothing ("hea uudis on see, et ..." still states)
_EVEN_THAT = re.compile(r"(?<!\w)(?:ka|isegi|ainuuksi|juba)\s+see,?\s+et\s|(?<!\w)(?:даже|и)\s+(?:сам\s+)?(?:то|факт),?\s+что\s")

# an authorisation (power of attorney, consent) and advice on what it must say, in either order: "volikirja
# kirjutage, et ...", "volikirjas peab olema kirjas, et ...", "märkige volikirja, et ...", «в доверенности укажите,
# что ...», «доверенность должна говорить, что ...», «пусть в доверенности будет написано: ...» (folded text)
_AUTHORISATION = r"(?:volikir\w*|volitus\w*|nousolek\w*|доверенност\w*|согласи[еия]\w*)"
_WORDING = (r"kirjutage|kirjutada|kirjuta|markige|markida|lisage|lisada|"
            r"(?:peab|tuleb|peaks|peavad)\s+(?:\w+\s+){0,2}?(?:kirjas|kirjutatud|kirja\s+pandud|markitud|nahtuma|seisma)|"
            r"kirjas\s+olema|nahtuma|"
            r"укажите|укажет|указать|напишите|напишет|написать|пропишите|прописать|впишите|вписать|отразите|отразить|"
            r"(?:должн\w*|будет|пусть)\s+(?:\w+\s+){0,2}?(?:указан\w*|написан\w*|прописан\w*|сказан\w*|"
            r"говорить|гласить|содержать)")
_ADVISED_WORDING = re.compile(
    rf"(?:{_AUTHORISATION}[^.!?]{{0,40}}?(?<!\w)(?:{_WORDING})(?!\w)|(?<!\w)(?:{_WORDING})(?!\w)[^.!?]{{0,40}}?"
    rf"{_AUTHORISATION})[^.!?]{{0,30}}?(?:(?<!\w)(?:что|et)|:)\s"
    # ... still the clause it opens (a contrast after it, ", а ...", ", aga ...", states again)
    r"(?:(?![,;]\s*(?:а|но|однако|aga|kuid|ent)\s)[^.!?])*$")


def unasserted_that(prefix: str) -> bool:
    """Does the folded sentence up to a statement (`prefix`) put the statement in a "that"-clause the sentence
    does not assert: "ka see, et ...", «даже то, что ...» (a kind of data withheld), or the wording the caller is
    told to put in an authorisation ("volikirjas peab kirjas olema, et ema lubab Teil ...", «в доверенности
    укажите, что она разрешает Вам ...»: what the document will say, nothing of the record)?"""
    return bool(_EVEN_THAT.search(prefix) or _ADVISED_WORDING.search(prefix))

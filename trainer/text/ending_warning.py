"""A warning that the call will end if the abuse goes on, however it is typed (new-user batch 46
abusive-caller-et terse: „saan aru et ootasite kaua ja tahan aidata. aga sõimata ei tohi - kui see jätkub, pean kõne
lõpetama. öelge isikukood“).

The standard's own words („sellisel toonil ma vestlust jätkata ei saa“, «в таком тоне я не могу продолжать
разговор») are phrases of a scenario's `warned` signal. A new hire says it in its own: a condition on the abuse going
on and the call ended after it („kui see jätkub, pean kõne lõpetama“, «если оскорбления продолжатся, мне придётся
прервать разговор»), or „muidu pean kõne lõpetama“ after a request to stop, lower case, without punctuation, with a
hyphen for a dash and among other content.

Not a warning: the call ended now („lõpetan nüüd kõne“: no condition), a condition on something else („kui
taotlus on esitatud, pean selle üle vaatama“, «если связь прервётся, перезвоните»).

One reading for the client and the scorer: a scenario's phrase list names it as ``@ending_warning``
(`trainer.text.phrases.PhraseSet`), so the `warned` signal the scripted client hears and the `warned` concept the
scorer checks are the same phrases.

The call ended now in the words of an obligation (``@ending_now``, new-user batch 54 abusive-caller-et: „see on
ähvardus, pean kõne lõpetama. ... Teavitan meeskonnajuhti. Head päeva“, «это угроза, я вынуждена прервать разговор.
До свидания»): „pean / olen sunnitud / tuleb mul“ with the call ended, in a sentence with no condition („kui“,
„muidu“, «если», «иначе») and no question, and a goodbye after it in the same reply. Without the goodbye or with a
condition it is (at most) the warning above.
"""

from __future__ import annotations

import re

from .normalize import fold

__all__ = ["ENDING_NOW", "ENDING_WARNING", "ends_now", "warns_of_ending"]

#: the call or the talk ended, as a consequence (folded text): „pean kõne lõpetama“, „olen sunnitud vestluse katkestama“
_ET_END = r"(?:kone\w*|vestlus\w*)\s+(?:\w+\s+){0,2}?(?:lopeta\w*|katkesta\w*)|(?:lopeta\w*|katkesta\w*)\s+(?:\w+\s+){0,2}?(?:kone\w*|vestlus\w*)"
#: ... in Russian: «прервать разговор», «завершить звонок», «положить трубку»
_RU_END = (r"(?:прерв|прерыв|заверш|законч|заканч|оконч|прекрат|прекращ)\w*\s+(?:\w+\s+){0,2}?(?:разговор|звонок|беседу|связь)"
           r"|(?:разговор|звонок|беседу)\s+(?:\w+\s+){0,2}?(?:прерв|прерыв|заверш|законч|заканч|прекрат)\w*"
           r"|полож\w*\s+трубку")
#: the abuse going on, as the condition (folded): „kui see jätkub“, „kui Te sõimamist jätkate“, «если это продолжится»
_ET_GOES_ON = r"\bkui\s+(?:\w+\s+){0,3}?(?:jatku\w*|kordu\w*|jatkate|jatkad)\b"
_RU_GOES_ON = r"\bесли\s+(?:\w+\s+){0,3}?(?:продолж\w*|повтор\w*)\b"
#: a request to stop, then "or else": „palun ilma sõimuta, muidu ...“, «прошу без оскорблений, иначе ...»
_ET_ELSE = r"\b(?:muidu|vastasel\s+juhul)\b"
_RU_ELSE = r"\b(?:иначе|в\s+противном\s+случае)\b"

#: the warning per language, over folded lower-case text
ENDING_WARNING = {
    "et": re.compile(rf"(?:{_ET_GOES_ON}|{_ET_ELSE})[^.!?]{{0,60}}?(?:{_ET_END})|(?:{_ET_END})[^.!?]{{0,30}}?{_ET_GOES_ON}"),
    "ru": re.compile(rf"(?:{_RU_GOES_ON}|{_RU_ELSE})[^.!?]{{0,60}}?(?:{_RU_END})|(?:{_RU_END})[^.!?]{{0,30}}?{_RU_GOES_ON}"),
}


def warns_of_ending(text: str, lang: str) -> bool:
    """Does the text warn that the call will end if the abuse goes on (module doc)?"""
    pattern = ENDING_WARNING.get(lang)
    return bool(pattern and pattern.search(fold(text.lower())))


#: the call ended as an obligation of now (folded): „pean (ma kahjuks) kõne lõpetama“, „olen sunnitud vestluse
#: katkestama“, «я вынуждена прервать разговор», «мне придётся закончить звонок», «должна завершить этот разговор»
_ET_MUST = r"\b(?:pean|peame|olen\s+sunnitud|oleme\s+sunnitud|tuleb\s+mul)\b"
_RU_MUST = r"(?<!\w)(?<!\bне\s)(?:(?:буду\s+)?вынужден\w*|прид[её]тся|должн\w*)(?!\w)"
#: a condition or a question anywhere in the sentence makes it the warning (or no statement)
_ET_IF = r"\b(?:kui|muidu|vastasel|kas|ehk)\b"
_RU_IF = r"(?<!\w)(?:если|иначе|противном|ли|когда)(?!\w)"
#: the goodbye after it, in the same reply
_ET_BYE = r"\b(?:head\s+(?:paeva|aega|jatku|ohtut)|nagemist|koike\s+head|ilusat\s+paeva)\b"
_RU_BYE = r"(?<!\w)(?:до\s+свидания|всего\s+(?:доброго|хорошего))(?!\w)"


def _now(must: str, end: str, cond: str, bye: str) -> re.Pattern[str]:
    # from the sentence's start (so that a condition before the obligation is seen), the sentence not a question,
    # the goodbye looked ahead for (the match is the sentence alone: its quote, its negation)
    return re.compile(rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*{cond})(?=[^.!?\n]*(?:[.!\n]|$))"
                      rf"[^.!?\n]*?{must}\s+(?>\w+\s+){{0,3}}?(?:{end})(?=[\s\S]*?{bye})")


#: the call ended now per language, over folded lower-case text
ENDING_NOW = {
    "et": _now(_ET_MUST, _ET_END, _ET_IF, _ET_BYE),
    "ru": _now(_RU_MUST, _RU_END, _RU_IF, _RU_BYE),
}


def ends_now(text: str, lang: str) -> bool:
    """Does the text end the call now as an obligation, with a goodbye after it (module doc)?"""
    pattern = ENDING_NOW.get(lang)
    return bool(pattern and pattern.search(fold(text.lower())))

"""The pension said to be paid on another day of the month than the 5th (or the 6th to the 8th, which the weekend rule
makes right: "detsembri pension tuleb seitsmendal või hiljemalt kaheksandal", new-user batch 12) (new-user batch 80 invalid-code-et wrong:
"Teie pension ... makstakse välja iga kuu 10. kuupäeval", "laekub 10. kuupäeval"; «пенсию выплачивают 10-го числа»,
"pension tuleb kümnendal").

One sentence names the pension (not a compound such as "pensionitaotlus", «заявление на пенсию» with no payment verb),
a verb of its payment and a day of the month in digits or in words that is not the 5th, in any order, or the day
right after the pension ("pension – 10. kuupäeval"). Not a claim: a sentence with a weekend, a holiday or working days
in it (the next two working days: "6. või 7. kuupäeval"), a denial, a contrast or another benefit between the pension
and the day ("pension 5. kuupäeval, elatisabi aga 10. kuupäeval", «пенсия 5-го, а алиментное пособие 10-го»), or
another day-of-month between (the 5th said first).

A knowledge fact's topic and wrong claim name it as ``@pension_other_day`` (`named.py`): the pattern is the claim and
its topic at once, so a bare "pension" is no subject that takes the claims of other facts (`scoring.kbclaims`).
All patterns read folded lower-case text.
"""

from __future__ import annotations

import re

__all__ = ["PENSION_OTHER_DAY"]

# a sentence with a weekend, a holiday, working days or a weekday in it: the weekend rule's days (new-user batch 36
# confused-elderly-repeats-et: "detsembri pension tuleb esmaspäeval, seitsmendal, või ... kaheksandal detsembril")
_ET_WEEKEND = r"^(?![^.!?]*\b(?:nadalavahetus|laupaev|puhapaev|puhkepaev|riigipuha|puha|toopaev|tooaev|esmaspaev|teisipaev|kolmapaev|neljapaev|reede)\w*)"
_RU_WEEKEND = r"^(?![^.!?]*\b(?:выходн|суббот|воскресен|праздни|рабоч|понедельник|вторник|сред[уаы]|четверг|пятниц)\w*)"
# the pension itself, inflected, a compound ending in it ("vanaduspension"), not one opening with it ("pensionitaotlus")
_ET_PENSION = r"\b\w{0,20}?pension(?:id|i|it|ile|iks|ina|iga|eid|ite)?\b"
_RU_PENSION = r"\b\w{0,20}?пенси(?:я|ю|и|ей|ии)\b"
# a verb of its payment
_ET_PAID = r"\b(?:makst|maksa|laeku|tule|joua|kant|saabu|katte|valja)\w*"
_RU_PAID = r"\b(?:выплач|плат|прихо|прид|поступ|перечисл|зачисл|получ|приход)\w*"
# a day of the month not the 5th: "10. kuupäeval", "15 kp", "kümnendal (kuupäeval)"
_ET_ORD = (r"(?:kolmanda|neljanda|uheksanda|kumnenda|\w{1,10}teistkumnenda|kahekumnenda|"
           r"kahekumne\s+\w{1,12}a|kolmekumnenda|kolmekumne\s+esimese)l")
_ET_DAY = (r"(?:(?<![\d.,])(?:0?[1-49]|[12]\d|3[01])\.?\s*(?:kuupaev\w*|kp\b)|(?:esimese|teise)l\s+kuupaev\w*|"
           rf"{_ET_ORD}(?:\s+kuupaev\w*|(?=\s*(?:$|[.;!?]|(?:ja|ning)\b))))")
# «10-го числа», «10 числа», «10-го», «десятого числа», «десятого» closing the clause
_RU_ORD = (r"(?:первого|второго|третьего|четвертого|девятого|десятого|\w{1,10}надцатого|"
           r"двадцатого|двадцать\s+\w{1,12}ого|тридцатого|тридцать\s+первого)")
_RU_DAY = (r"(?:(?<![\d.,])(?:0?[1-49]|[12]\d|3[01])(?:-?(?:го|е|ое)\b)?\s*числ\w*|"
           r"(?<![\d.,])(?:0?[1-49]|[12]\d|3[01])-го\b|"
           rf"{_RU_ORD}(?:\s+числ\w*|(?=\s*(?:$|[.,;:!?]))))")
# what may stand between: no denial or contrast, no other benefit, no other day of the month
_ET_BETWEEN = (r"(?:(?!\b(?:ei|pole|mitte|vaid|aga|kuid)\b|\b\w{0,20}?(?:toetus|abi|huvitis)|\d+\.?\s*(?:kuupaev|kp\b)|"
               r"viienda)[^.!?])")
_RU_BETWEEN = (r"(?:(?!\b(?:не|нет|а|но)\b|\b\w{0,20}?(?:пособи|алимент|компенсац|доплат)|"
               r"\d+(?:-?(?:го|е|ое)\b|\s+числ)|пятого)[^.!?])")


def _claim(weekend: str, pension: str, paid: str, day: str, between: str) -> re.Pattern[str]:
    orders = (rf"{pension}{between}{{0,100}}?{paid}{between}{{0,60}}?{day}",   # pension, payment, day
              rf"{pension}{between}{{0,60}}?{day}{between}{{0,30}}?{paid}",    # pension, day, payment
              rf"{day}{between}{{0,60}}?{paid}{between}{{0,60}}?{pension}",    # day, payment, pension
              rf"{pension}\s+(?:[–—:-]\s+)?{day}")                            # "pension – 10. kuupäeval"
    return re.compile(rf"{weekend}[^.!?]*?(?:{'|'.join(orders)})", re.IGNORECASE)


#: the pension's payment day said to be another than the 5th, by language (folded text)
PENSION_OTHER_DAY: dict[str, re.Pattern[str]] = {
    "et": _claim(_ET_WEEKEND, _ET_PENSION, _ET_PAID, _ET_DAY, _ET_BETWEEN),
    "ru": _claim(_RU_WEEKEND, _RU_PENSION, _RU_PAID, _RU_DAY, _RU_BETWEEN),
}

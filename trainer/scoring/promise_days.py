"""Days and months a promise is tied to, for `promises.is_promise`: a specific day, week or month ("homme",
"järgmisel nädalal", "jaanuari alguses", "veebruaris", «к пятнице», «20 декабря», «в феврале»), the next few days,
a holiday or the turn of a month or year, or a number of hours (no rule of the Board is counted in hours).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["MONTHS", "specific_day"]

MONTHS = {
    "et": r"jaanuar|veebruar|marts|aprill|mai|juuni|juuli|august|septemb|oktoob|novemb|detsemb",  # "detsembril"
    "ru": r"январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр",
}
_DAYS = {
    "et": r"esmaspaev|teisipaev|kolmapaev|neljapaev|reede|laupaev|puhapaev",
    "ru": r"понедельник|вторник|сред[уаы]|четверг|пятниц|суббот|воскресень",
}
_SPECIFIC_DAY = {
    "et": r"tana|homme|ulehomme|(?:jargmis|tuleva|selle)\w*\s+(?:nadal|kuu)\w*|jargmisest\s+kuust|"
          r"(?:{d})(?:al|aks|ks|l)?|\d{{1,2}}\.?\s*(?:{m})\w*|(?:{m})\w*\s+(?:alguse|keskel|lopu)\w*|"
          r"(?:paari|monne|kahe|uhe|kolme)\s+(?:paeva|nadala)\s+parast|nadala\s+parast|aasta\s+lopuks|jouludeks|"
          # "the next few days" (batch 14: „otsus … jõuab Teieni lähipäevil“)
          r"lahipaevil|lahipaevadel|lahimatel\s+paevadel|lahemal\s+ajal|paari\s+paeva\s+sees|"
          # a holiday or the turn of the year or month: "enne jõule", "enne jaanipäeva", "kuu lõpuks"
          r"enne\s+(?:joul\w*|uut\s+aastat|aastavahetus\w*|jaanipaev\w*|lihavotte|puhi|(?:aasta|kuu)\s+lopp\w*)|"
          r"(?:kuu|nadala)\s+lopuks|aastavahetuseks|jaanipaevaks|"
          r"(?:{m})\w*?(?:is|ks|s)|"  # a month: "veebruaris", "maiks" (a decision tied to it is a date too)
          # hours: "24 tunni jooksul", "paari tunni pärast", "ööpäeva jooksul" (new-user batch 29: a reply within hours
          # is today or tomorrow; no rule of the Board is counted in hours)
          r"(?:\d+|uhe|kahe|kolme|nelja|viie|kuue|paari|mone|mitme)\s*-?\s*(?:tunni|h)\s+(?:jooksul|parast|sees)|"
          r"(?:uhe\s+)?oopaeva\s+(?:jooksul|sees)",
    "ru": r"сегодня|завтра|послезавтра|на\s+(?:этой|следующей)\s+неделе|(?:в|к|до)\s+(?:{d})\w*|"
          r"\d{{1,2}}\s+(?:{m})\w*|(?:в|к)\s+(?:начал|конц|середин)\w*\s+(?:{m}|месяц|недел)\w*|"
          r"(?:со\s+следующего|в\s+следующем)\s+месяц\w*|через\s+(?:пару|несколько|один|одну|два|две|три|четыре)\s+(?:дн|недел)\w*|через\s+неделю|"
          # «в ближайшие дни», «на этих днях»: the next few days
          r"в\s+ближайш\w+\s+(?:пару\s+|несколько\s+)?(?:дн|недел)\w*|на\s+(?:этих\s+)?днях|"
          r"к\s+новому\s+году|(?:в|к)\s+(?:{m})\w*|"  # a month: «в феврале», «к марту»
          # a holiday or the turn of the year or month: «до Рождества», «к праздникам», «до конца месяца»
          r"(?:до|к|перед)\s+(?:рождеств|праздник|нов\w+\s+год|кон\w+\s+(?:год|месяц|недел)|пасх|иванов)\w*|"
          # hours: «в течение 24 часов», «через пару часов», «в течение суток»
          r"(?:в\s+течение|через|за)\s+(?:(?:\d+|одного|одних|двух|тр[её]х|пары|пару|нескольких|несколько)\s+)?(?:час\w*|сут\w*)",
}


@lru_cache(maxsize=8)
def specific_day(lang: str) -> re.Pattern:
    """The pattern of a specific day in the (folded) text of the language."""
    pattern = _SPECIFIC_DAY[lang].format(m=MONTHS[lang], d=_DAYS[lang])
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE)

"""A rule told as history: the clause that opens with "formerly" and tells it in the past.

„Varem maksti pension reedel enne nädalavahetust.“, «Раньше, если 5-е число выпадало на выходные, пенсию платили
в пятницу перед ними.», «раньше – в пятницу перед выходными.» (verbless, after a dash) tell the rule that held
before; a reply that goes on with the rule of today („Alates 2025 ...“, «Но с января 2025 года ...») explains the
change and states nothing wrong. The former clause ends where the present is told in the same sentence («Раньше
платили в пятницу, а теперь – в течение двух рабочих дней.»): what follows is said. A present verb in the clause
(„varem makstakse“), "as before" („nagu varem“, «как раньше») or "now too" («и сейчас тоже») keeps it said.
Matched on folded text (õäöü -> oaou, ё -> е): typed replies without diacritics read the same.
"""

from __future__ import annotations

import re

from trainer.text.normalize import fold

__all__ = ["denied_clause_end", "former_clause_end"]

#: "formerly" opening the sentence (after a conjunction or a greeting-free start): the rule is about the past.
#: Not "earlier" of retiring or leaving („Varem pensionile jäädes ...“, «Раньше срока выйти на пенсию ...»)
_EARLY = {"et": r"(?!\s+(?:pensionil\w*|pensioni\w*|minn\w*|minek\w*|jaa\w*|lahk\w*|tootamise\w*))",
          "ru": r"(?!\s+(?:срок\w*|времени|выйти|выход\w*|уйти|уход\w*|на\s+пенси\w*))"}
_OPENING = {
    "et": r"^[\W_]*(?:(?:ja|aga|kuid|noh|jah|ei)\W+)?(?:(?:varem|varasemalt|vanasti|kunagi)\b" + _EARLY["et"] + "|"
          r"enne\s+\d{4}|kuni\s+\d{4}|\d{4}\.?\s+aastani)\b",
    "ru": r"^[\W_]*(?:(?:да|нет|и|а|но|ну)\W+)?(?:(?:раньше|прежде|ранее|когда-то|в\s+прошлом)(?!\w)" + _EARLY["ru"] + "|"
          r"до\s+(?:конца\s+)?\d{4}|до\s+(?:этого|того)\s+года)(?!\w)",
}
#: a verbless former rule: „varem – reedel“, «раньше – в пятницу», «до 2025 года: в пятницу»
_DASH = {
    "et": r"^[\W_]*(?:varem|varasemalt|vanasti|kuni\s+\d{4}(?:\.?\s+aasta(?:ni|\s+lopuni))?|\d{4}\.?\s+aastani)"
          r"\s*(?:[–—:]|-\s)",
    "ru": r"^[\W_]*(?:раньше|прежде|ранее|до\s+(?:конца\s+)?\d{4}(?:\s+года)?)\s*(?:[–—:]|-\s)",
}
#: a past-tense verb: the rule is told as it was
_PAST = {
    "et": r"\b(?:maksti|makseti|maksis|maksid|kanti|tehti|kehtis|kehtisid|tuli|tulid|laekus|laekusid|joudis|joudsid|"
          r"saadeti|oli|olid|toodi|arvestati|arvutati|\w+(?:ti|ati|iti|eti))\b",
    "ru": r"(?<!\w)(?:\w+(?:ал|ял|ил|ел|ыл|ул)(?:а|и|о)?(?:сь)?|был[аои]?)(?!\w)",
}
#: a present-tense verb of the rule in the same clause: „varem makstakse“ says it now
_PRESENT = {
    "et": r"\b(?:makstakse|kantakse|tuleb|tulevad|kehtib|laekub|jouab)\b",
    "ru": r"(?<!\w)(?:\w*плачива(?:ет|ют)|\w*плат(?:ят|ит)|действует|приход(?:ит|ят)|прид(?:ет|ут)|поступа(?:ет|ют)|"
          r"перечисля(?:ет|ют))(?!\w)",
}
#: where the present is told: the former clause ends there
_NOW = {
    "et": r"\b(?:nuud|praegu|tana|tanapaeval|alates|aga|kuid|ent|2025(?:st|\.?\s+aastast)|uue\s+korra)\b",
    "ru": r"(?<!\w)(?:теперь|сейчас|ныне|нынче|но|однако|а|с\s+(?:\w+\s+)?\d{4}|с\s+(?:этого|нового)\s+года|"
          r"по\s+новому)(?!\w)",
}
#: "as before", "now too": the former rule said to hold now
_STILL = {
    "et": r"\b(?:nagu\s+varem|nagu\s+vanasti|endiselt|ikka\s+veel|jatkuvalt|samamoodi|samuti|nuudki|praegugi|"
          r"(?:nuud|praegu)\s+(?:\w+\s+){0,3}?ka|ka\s+(?:nuud|praegu))\b",
    "ru": r"(?<!\w)(?:как\s+(?:и\s+)?раньше|по-прежнему|всё\s+ещё|все\s+еще|(?:и|так\s+же)\s+(?:сейчас|теперь)|"
          r"(?:сейчас|теперь)\s+(?:\w+\s+){0,2}?тоже|так\s+же|точно\s+так|как\s+и\s+до)(?!\w)",
}


def former_clause_end(sentence: str, lang: str) -> int | None:
    """Where the former clause of `sentence` ends, if the sentence opens by telling a rule as history: "formerly"
    with a past verb („Varem maksti reedel.“, «Раньше пенсию платили в пятницу перед ними.») or with a dash and no
    verb («раньше – в пятницу перед выходными.»). The clause runs to where the present is told in the same
    sentence („..., aga alates 2025 ...“, «..., а теперь ...») or to the end. None when the sentence does not open
    so, when the clause has a present verb („varem makstakse“) or when the sentence says the rule holds still
    („nagu varem“, «как раньше», «и сейчас тоже»). Offsets are those of `sentence`: folding keeps the length
    of Estonian and Russian letters (õ -> o, ё -> е)."""
    sl = "ru" if lang == "ru" else "et"
    folded = fold(sentence)
    if len(folded) != len(sentence) or re.search(_STILL[sl], folded):
        return None
    opening = re.match(_DASH[sl], folded) or re.match(_OPENING[sl], folded)
    if opening is None:
        return None
    now = re.search(_NOW[sl], folded[opening.end():])
    end = opening.end() + now.start() if now else len(sentence)
    clause = folded[:end]
    if re.search(_PRESENT[sl], clause):
        return None
    if not re.match(_DASH[sl], folded) and not re.search(_PAST[sl], clause[opening.end():]):
        return None
    return end


#: a rule denied as no longer holding: "no longer" with a verb of paying or holding („enam ei maksta“, „ei kanta
#: enam“, «больше не платят», «уже не выплачивают»), or the rule named as the old one („see on vana kord“,
#: «– это старое правило», «это прежний порядок»)
_DENIED = {
    "et": r"\b(?:enam\s+(?:ei|mitte)\s+(?:\w+\s+)?(?:maks\w*|kan\w+|kehti\w*|tule\w*|laeku\w*)|"
          r"(?:ei|mitte)\s+(?:maks\w*|kan\w+|kehti\w*|tule\w*|laeku\w*)\s+(?:\w+\s+)?enam|"
          r"(?:on|oli)\s+(?:juba\s+)?(?:vana|endine|varasem|kehtetu|kaotatud)\s+(?:reegel|kord|norm)\w*)\b",
    "ru": r"(?<!\w)(?:(?:больше|уже)\s+(?:так\s+)?не\s+(?:\w+\s+)?(?:вы|за|пере)?(?:плат\w*|плачива\w*|числя\w*|"
          r"действу\w*|приход\w*|поступа\w*)|(?:это|[–—-])\s+(?:было\s+)?(?:уже\s+)?(?:стар|прежн|отмен[её]нн)\w*\s+"
          r"(?:правил\w*|порядок|порядк\w*|норм\w*))(?!\w)",
}
#: where a denied rule's clause ends: the present told after it („..., nüüd makstakse ...“, «..., теперь ...»)
_DENIED_END = {
    "et": r"\s[–—]\s|[;:]|,\s*(?:aga|kuid|vaid|ent)\b|\b(?:nuud|praegu|alates)\b",
    "ru": r"\s[–—]\s|[;:]|,\s*(?:а|но|однако|зато)(?!\w)|(?<!\w)(?:теперь|сейчас|ныне)(?!\w)",
}


def denied_clause_end(sentence: str, lang: str) -> int | None:
    """Where the words told as a denied rule end: a rule "no longer" paid („Eelneval reedel, nagu naaber ütles,
    enam ei maksta.“, «В пятницу, как говорит соседка, больше не платят.») or named the old one („Reedel maksmine
    on vana kord.“, «– это старое правило») covers what comes before it in the sentence and its own clause; a
    present told before or after it („Kahe tööpäeva jooksul enam ei maksta, nüüd makstakse reedel.“) is said.
    Successive denials chain («... больше не платят – это старое правило.»: the whole sentence). None when none,
    or when the sentence says the rule holds still («и сейчас тоже»)."""
    sl = "ru" if lang == "ru" else "et"
    folded = fold(sentence)
    if len(folded) != len(sentence) or re.search(_STILL[sl], folded):
        return None
    end = 0
    for m in re.finditer(_DENIED[sl], folded):
        if m.start() < end:
            continue
        gap = re.sub(r"\s*[–—-]\s*$", "", folded[end:m.start()])  # «..., – это старое правило»: its own dash
        if re.search(_DENIED_END[sl], gap):
            break  # a present told between: what follows is said
        stop = re.search(_DENIED_END[sl], folded[m.end():])
        end = m.end() + stop.start() if stop else len(sentence)
    return end or None

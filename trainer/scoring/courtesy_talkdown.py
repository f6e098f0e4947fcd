"""Courtesy, seventh part: condescension in friendly words (blind rounds 21 and 22).

Read on the agent's statements (`courtesy_remarks.sentences`: no questions), in et and ru. Each reading is a
remark a mentor calls talking down even when it is said warmly, with a smile or a "don't worry":

- :func:`group_confuses`: the client put into a group of people who get it wrong: a group of people as the
  subject of a verb of confusing, plural («многие пожилые люди путаются», "paljud eakad ajavad need segi"), with
  the group named by age or family role (elderly, pensioners, mothers, parents), or "constantly" («люди это
  постоянно путают», "inimesed ajavad seda kogu aeg segamini"), or the matter called simple beside it («многие
  путаются в таких простых вещах»). "Many people mix these two up" alone normalises and passes; so does the rule
  as the subject ("see ajab paljusid segadusse", «эти правила путают многих») and things that get mixed up ("need
  lähevad tihti segamini").
- :func:`even_they_manage`: "even pensioners manage it themselves" («даже пенсионеры сами справляются», "sellega
  saavad isegi lapsed hakkama"); "даже если" / "isegi kui" is a condition, a negation ("even pensioners do not
  manage") sympathises.
- :func:`elementary`: the matter called elementary («вещь элементарная», "see on elementaarne"), with or without a
  particle; negated ("see pole sugugi elementaarne") it sympathises.
- :func:`all_written_there`: "it is all written there, isn't it" with a particle or "although" («там же в решении
  всё расписано», «хотя всё описано на сайте», "see on ju kõik otsuses kirjas"): she should have read it. The
  same place («реквизиты там же»), «всё же» (nevertheless) and a plain pointer ("kõik on kirjas ka kodulehel",
  judged by the pointer rules) are no reproach.
- :func:`if_read_carefully`: "it is written there, if one reads it carefully" («это написано в решении, если его
  внимательно прочитать», "see on kirjas, kui hoolikalt lugeda"): the careful reading she is said to lack.
  "If you read it carefully and something is unclear, call us" tells nothing is written.
- :func:`clear_without_asking`: "it is all clear without a call" («там всё понятно и без звонка», "see on ka
  helistamata selge"): her call or question was not needed. "Saate selle ka helistamata iseteeninduses teha"
  (it can be done without calling) informs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.courtesy_remarks import holds, sentences
from trainer.scoring.verdict import Evidence

# a group of people in general, as the subject ("многие", "люди", "paljud", "inimesed")
_GENERIC = {"ru": frozenset("многие люди большинство".split()),
            "et": frozenset("paljud inimesed enamik enamus".split())}
# a group named by age or family role: the client is put among them
_GROUP = {"ru": frozenset("пожилой пенсионер пенсионерка старик старушка бабушка дедушка мама мамочка мать "
                          "родитель папа отец".split()),
          "et": frozenset("eakas vanur pensionar vanaema vanaisa ema emme lapsevanem isa vanavanem".split())}
# "elderly people", "vanemad inimesed": the adjective names the group
_OLD_PEOPLE = {"ru": re.compile(r"\b(?:пожил|престарел)\w*\s+(?:\w+\s+)?люд"),
               "et": re.compile(r"\b(?:vanemad|eakamad|vanad)\s+inimesed\b")}
# a verb of confusing, as a plural person's act (the group is the subject): «путают(ся)», «путались», «ошибаются»;
# "ajavad segi/segamini/sassi", "lähevad segadusse", "eksivad", "on segaduses"
_CONFUSE = {"ru": re.compile(r"\b(?:за|пере)?путыва?(?:ют|ются|ли|лись)\b|\b(?:за|пере)?пута(?:ют|ются|ли|лись)\b|"
                             r"\bошиба(?:ются|лись)\b|\bтеря(?:ются|лись)\b"),
            "et": re.compile(r"\b(?:ajavad|ajasid|ajanud)\s+(?:\w+\s+){0,3}?(?:segi|segamini|sassi|segadusse)\b|"
                             r"\b(?:lahevad|laksid|satuvad|sattusid)\s+(?:\w+\s+){0,4}?(?:segadusse|segaseks)\b|"
                             r"\b(?:eksivad|eksisid)\b|\b(?:on|olid)\s+(?:\w+\s+){0,3}?segaduses\b")}
_CONSTANTLY = {"ru": re.compile(r"\b(?:постоянно|вечно|всегда|все\s+время|то\s+и\s+дело)\b"),
               "et": re.compile(r"\b(?:pidevalt|alati|kogu\s+aeg|ikka\s+ja\s+jalle|jarjest)\b")}
_SIMPLE = {"ru": frozenset("простой элементарный элементарно".split()),
           "et": frozenset("lihtne elementaarne lihtsameelne".split())}
_NOT = {"ru": frozenset("не ни".split()), "et": frozenset("ei pole mitte".split())}
_IF = {"ru": re.compile(r"\b(?:если|ли)\b"), "et": re.compile(r"\b(?:kui|kas|juhul)\b")}


def _lemma_in(lemmas, words: list[str], wanted: frozenset[str]) -> int:
    """Index of the first word whose form or lemma is wanted, or -1."""
    for j, w in enumerate(words):
        if w in wanted or lemmas[j] & wanted:
            return j
    return -1


def _confuses(lang: str, words: list[str], lemmas) -> bool:
    joined = " ".join(words)
    m = _CONFUSE[lang].search(joined)
    if not m or _IF[lang].search(joined[:m.start()]):
        return False
    k = len(joined[:m.start()].split())
    if k and words[k - 1] in _NOT[lang]:
        return False  # «многие не путаются», "inimesed ei eksi" (the et negation takes another form anyway)
    group = _lemma_in(lemmas, words, _GROUP[lang]) >= 0 or bool(_OLD_PEOPLE[lang].search(joined))
    generic = any(w in _GENERIC[lang] for w in words)
    if not (group or generic):
        return False  # no person named as the one who confuses: the rule or the things get mixed up
    return group or bool(_CONSTANTLY[lang].search(joined)) or _lemma_in(lemmas, words, _SIMPLE[lang]) >= 0


def group_confuses(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements putting the client among people who get it wrong (module docstring)."""
    return _read(an, _confuses)


# "even": a condition after it ("даже если", "isegi kui") is no comparison
_EVEN = {"ru": "даже", "et": "isegi"}
_EVEN_WHO = {"ru": _GROUP["ru"] | frozenset("ребенок школьник первоклассник".split()),
             "et": _GROUP["et"] | frozenset("laps koolilaps".split())}
_MANAGE = {"ru": frozenset("справляться справиться разобраться разбираться понять понимать суметь уметь "
                           "заполнить заполнять".split()),
           "et": frozenset("hakkama aru oskama taitma moistma".split())}


def _even(lang: str, words: list[str], lemmas) -> bool:
    for k, w in enumerate(words):
        if w != _EVEN[lang] or (k + 1 < len(words) and words[k + 1] in ("если", "kui", "siis")):
            continue
        who = [j for j in range(k + 1, min(len(words), k + 4)) if lemmas[j] & _EVEN_WHO[lang]]
        if not who:
            who = [j for j in range(max(0, k - 3), k) if lemmas[j] & _EVEN_WHO[lang]]  # "sellega saavad lapsed isegi"
        if not who:
            continue
        lo, hi = max(0, min(who[0], k) - 3), min(len(words), max(who[0], k) + 6)
        manage = [j for j in range(lo, hi) if words[j] in _MANAGE[lang] or lemmas[j] & _MANAGE[lang]]
        if manage and not set(words[lo:manage[0]]) & _NOT[lang]:
            return True
    return False


def even_they_manage(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements saying even pensioners or children manage it (module docstring)."""
    return _read(an, _even)


_ELEMENTARY = {"ru": frozenset("элементарный элементарно".split()),
               "et": frozenset("elementaarne elementaarselt".split())}


def _elementary(lang: str, words: list[str], lemmas) -> bool:
    k = _lemma_in(lemmas, words, _ELEMENTARY[lang])
    return k >= 0 and not set(words[max(0, k - 4):k]) & _NOT[lang] and not _IF[lang].search(" ".join(words[:k]))


def elementary(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements calling the matter elementary (module docstring)."""
    return _read(an, _elementary)


# on the sentence as typed (lower case, folded, punctuation kept): one clause holds the particle, "all" and the
# verb of writing; «всё же» is "nevertheless"
_CLAUSE = r"[^,.;:!?—–]"
_WRITTEN = {"ru": r"(?:на|рас|о|у|про|из)?(?:писан|писано|сказано|указан|описан|изложен)\w*",
            "et": r"(?:kirjas|kirjutatud|kirja\s+pandud|oeldud|selgitatud|lahti\s+kirjutatud)"}
_ALL = {"ru": r"вс[её]", "et": r"koik"}
_PARTICLE = {"ru": r"(?:же|ведь|хотя)", "et": r"(?:ju|ometi|kuigi|ometigi)"}


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def _particle_all_written(lang: str, text: str) -> bool:
    p, a, w = _PARTICLE[lang], _ALL[lang], _WRITTEN[lang]
    for m in re.finditer(rf"\b{p}\b", text):
        if lang == "ru" and re.search(r"\bвс[её]\s+$", text[:m.start()]):
            continue  # «всё же»: nevertheless
        if lang == "ru" and m.group() == "же" and re.match(r"\s*[,.;:!?)]|\s*$", text[m.end():]):
            continue  # «реквизиты там же»: the same place
        start = max(text.rfind(c, 0, m.start()) for c in ",.;:!?—–") + 1
        end_m = re.search(r"[,.;:!?—–]", text[m.end():])
        clause = text[start:m.end() + (end_m.start() if end_m else len(text))]
        if re.search(rf"\b{a}\b", clause) and re.search(rf"\b{w}\b", clause) and not re.search(
                r"\b(?:не|ei|pole|если|kui)\b", clause):
            return True
    return False


def all_written_there(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements saying it is all written there, with a particle or "although" (module docstring)."""
    lang = an.language
    if lang not in _WRITTEN:
        return []
    return [an.evidence(i, s.strip()) for i, s, _, _ in sentences(an)
            if _particle_all_written(lang, tx.fold(s.lower()))]


_CAREFUL_READ = {"ru": re.compile(r"\bесли\s+(?:\w+\s+){0,3}?(?:внимательн\w*|вдумчиво|повнимательнее|до\s+конца)\s+"
                                  r"(?:\w+\s+){0,2}?(?:про|по|пере|до)?чит\w*|\bесли\s+(?:\w+\s+){0,3}?(?:про|по|пере|до)?"
                                  r"чит\w*\s+(?:\w+\s+){0,2}?(?:внимательн\w*|вдумчиво|повнимательнее|до\s+конца)\b"),
                 "et": re.compile(r"\bkui\s+(?:\w+\s+){0,3}?(?:hoolikalt|tahelepanelikult|korralikult|lopuni)\s+"
                                  r"(?:\w+\s+){0,2}?(?:lugeda|loete|lugesite|luges|labi\s+lugeda)\b|\bkui\s+(?:\w+\s+){0,3}?"
                                  r"(?:lugeda|loete|lugesite)\s+(?:\w+\s+){0,2}?(?:hoolikalt|tahelepanelikult|korralikult|"
                                  r"lopuni)\b")}


def _read_carefully(lang: str, words: list[str], lemmas) -> bool:
    joined = " ".join(words)
    return bool(_CAREFUL_READ[lang].search(joined) and re.search(rf"\b{_WRITTEN[lang]}\b", joined))


def if_read_carefully(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements saying it is written there, if one reads it carefully (module docstring)."""
    return _read(an, _read_carefully)


_CLEAR = {"ru": r"(?:понятно|ясно|очевидно)", "et": r"(?:selge|arusaadav|moistetav)"}
_WITHOUT_ASKING = {"ru": r"без\s+(?:звонк\w*|вопрос\w*|объяснени\w*|нас|меня|консультаци\w*)",
                   "et": r"(?:ilma\s+)?(?:helistamata|kusimata|kirjutamata)|ilma\s+(?:meieta|minuta|selgitusteta)"}


# "clear" within two words of "without asking", either way round (compiled once: read for every agent sentence)
_CLEAR_WITHOUT_ASKING = {
    lang: re.compile(rf"\b{c}\s+(?:\w+\s+){{0,2}}?(?:{_WITHOUT_ASKING[lang]})\b"
                     rf"|\b(?:{_WITHOUT_ASKING[lang]})\s+(?:\w+\s+){{0,2}}?{c}\b")
    for lang, c in _CLEAR.items()}
_NEGATED_END = re.compile(r"\b(?:не|ei|pole)\s+(?:\w+\s+)?$")


def _without_asking(lang: str, words: list[str], lemmas) -> bool:
    joined = " ".join(words)
    m = _CLEAR_WITHOUT_ASKING[lang].search(joined)
    return bool(m) and not _NEGATED_END.search(joined[:m.start()])


def clear_without_asking(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements saying it is clear without a call (module docstring)."""
    return _read(an, _without_asking)


def _read(an: TranscriptAnalysis, test) -> list[Evidence]:
    lang = an.language
    if lang not in ("et", "ru"):
        return []
    return [an.evidence(i, s.strip()) for i, s, words, lemmas in sentences(an) if holds(test, lang, s, words, lemmas)]


def talkdown(an: TranscriptAnalysis) -> list[Evidence]:
    """Every reading of this module (module docstring)."""
    return (group_confuses(an) or even_they_manage(an) or elementary(an) or all_written_there(an)
            or if_read_carefully(an) or clear_without_asking(an))

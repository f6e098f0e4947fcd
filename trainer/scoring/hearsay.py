"""Words that name a fact without telling it to the client (fresh-judge padding, issue #10).

A value or rule the agent puts in someone else's mouth ("mõned vanemad arvavad, et toetus on 80 eurot",
«говорят, что срок 30 дней», "naaber ütles ..."), in a list of the topics talked about ("rääkisime pakkumisest") or in a relative clause praising or thanking people («Мы благодарны каждому клиенту, который за 30
дней находит время написать нам») is not said to the client: the client learns no rule from it. A content check
counts a fact only where the agent states it. :func:`not_told` answers for one match in one sentence; prohibitions
(wrong values, promises) still read everything (a wrong rule in hearsay is not corrected).
"""

from __future__ import annotations

import re

# someone else's opinion or word introduced before the fact: the fact is the content of the hearsay
_HEARSAY = {
    "et": re.compile(
        r"\b(?:mõned|moned|paljud|osad|mõni|moni|teised|inimesed|vanemad|kliendid)\s+(?:[\w,]+\s+){0,3}?"
        r"(?:arva\w*|arvab|väida\w*|vaida\w*|räägi\w*|raagi\w*|usu\w*|ütle\w*|utle\w*|kardavad|kuulsid|küsi\w*|kusi\w*)\b"
        r"|\b(?:arvatakse|räägitakse|raagitakse|väidetakse|vaidetakse|öeldakse|oeldakse|kuuldavasti|kõlakad|kolakad"
        r"|levib\s+(?:arvamus|jutt|kuulujutt))\b"
        r"|\b(?:naaber|naabrinaine|sõbranna|sobranna|sõber|sober|tuttav|keegi)\s+(?:[\w,]+\s+){0,3}?"
        r"(?:ütles|utles|arvas|rääkis|raakis|väitis|vaitis)\b"
        r"|\b(?:olete|oled)\s+(?:\w+\s+)?kuulnud\b", re.I),
    "ru": re.compile(
        r"\b(?:говорят|поговаривают|считается|ходят\s+слухи|по\s+слухам|якобы|мол)\b"
        r"|\b(?:некоторые|многие|другие|люди|соседи|клиенты)\s+(?:[\w,]+\s+){0,3}?"
        r"(?:дума\w*|счита\w*|говор\w*|увер\w*|полага\w*|спрашива\w*)\b"
        r"|\b(?:сосед\w*|подруг\w*|знаком\w*|кто-то)\s+(?:[\w,]+\s+){0,3}?(?:сказал\w*|говорил\w*|считает|думает)\b"
        r"|\b(?:слышали|слыхали)\b", re.I),
}

# thanks or praise whose object is then described by a relative clause: the clause describes people, it tells no rule
_PRAISE = {
    "et": re.compile(r"\b(?:täna\w*|tana\w*|aitäh|aitah|tänulik\w*|tanulik\w*|hinda\w*|kiida\w*|rõõm\w*|room\w*)\b", re.I),
    "ru": re.compile(r"\b(?:благодар\w*|спасибо|цен(?:им|ю|ит)\w*|признательн\w*|рады|радуемся|уважаем)\b", re.I),
}
_RELATIVE = {
    "et": re.compile(r",\s*(?:kes|kelle\w*|mis|mille\w*)\b", re.I),
    "ru": re.compile(r",\s*(?:\w+\s+)?(?:котор\w+|кто|кого|кому|кем)\b", re.I),
}


# the topics of the talk listed ("rääkisime taotlusest, pakkumisest", «мы обсудили, как написать возражение»): a
# recap of what was talked about, not of what was said
_TOPICS = {
    "et": re.compile(r"\b(?:rääkisime|raakisime|arutasime|käsitlesime|kasitlesime|puudutasime|vestlesime)\b", re.I),
    "ru": re.compile(r"\b(?:обсудили|обсуждали|поговорили|говорили|разобрали|затронули|коснулись)\b", re.I),
}


def names_topics(sentence: str, start: int, language: str) -> bool:
    """Is the fact at ``start`` only a topic in a list of what was talked about ("rääkisime pakkumisest")?"""
    pattern = _TOPICS.get(language)
    return pattern is not None and pattern.search(sentence[:start]) is not None


def in_hearsay(sentence: str, start: int, language: str) -> bool:
    """Is the fact at ``start`` of the sentence said after someone else's opinion or word ("mõned arvavad, et")?"""
    pattern = _HEARSAY.get(language)
    return pattern is not None and pattern.search(sentence[:start]) is not None


def in_praise_clause(sentence: str, start: int, language: str) -> bool:
    """Is the fact at ``start`` in a relative clause after thanks or praise («благодарны каждому, кто за 30 дней ...»)?"""
    praise, relative = _PRAISE.get(language), _RELATIVE.get(language)
    if praise is None or relative is None:
        return False
    head = sentence[:start]
    thanks = praise.search(head)
    if thanks is None:
        return False
    clause = [m for m in relative.finditer(head, thanks.end())]
    # the relative clause still runs at the match: no clause break (";", " и ", " ja ") between it and the fact
    return bool(clause) and not re.search(r"[;:–—]|\s(?:и|а|но|ja|aga)\s", head[clause[-1].end():])


def not_told(sentence: str, start: int, language: str) -> bool:
    """Is the match at ``start`` of the agent's sentence named without being told to the client?"""
    return in_hearsay(sentence, start, language) or in_praise_clause(sentence, start, language) or names_topics(sentence, start, language)

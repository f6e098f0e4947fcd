"""Wrong rules a knowledge fact lists (its ``wrong`` claims: "116 006 vastab tööpäeviti", «войти через интернет-банк»)
found in a reply (issue #10): a sentence asserting a claim (not asking, denying or telling it as past) of the fact's
topic, not of another number or line (`wrong_claims`, `_subject`)."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.kbfacts import ValueFact, WrongValue, lang_of, phrase_set

# what else a rule in a sentence may be said of: another phone number (3+ digits) or another line or office; "our
# website" is where the e-service is, no other subject («в среде самообслуживания на нашем сайте. Войти туда можно
# ...», new-user batch 81 foreign-no-code-ru)
# an amount or a duration with its unit ("200 eurot", «200 евро в год», "150 päeva") is said of the subject before it,
# no other line (new-user batch 41 rent-help-municipality-ru: «пособие ... – 200 евро в год, его платят ...»)
_OTHER_SUBJECT = re.compile(r"(?<![\d])\d(?:[ \u00a0]?\d){2,}(?![\d])(?![,.]?\d*\s*(?:eur|€|евр|%|protsen|процент|"
                            r"p[aä]ev|дн|дня|день|kuu|месяц|aasta|год|лет|nädal|nadal|недел))|\b(?:infotelefon\w*|infoliin\w*|klienditeenindus\w*|"
                            r"esindus\w*|b[uü]roo\w*|инфолини\w*|информационн\w*|справочн\w*|представительств\w*|"
                            r"бюро|клиентск\w*\s+обслуживани\w*)|(?<!\w)(?:нам|мы|нас|наш\w*|meie|meile|meil|meid|me)(?!\w)"
                            r"(?!\s+(?:сайт|веб-?сайт|страниц|kodulehe|veebilehe|veebis)\w*)", re.IGNORECASE)


# a possessive in a predicate that says what the subject is ("116 006 – это служба нашего Департамента", "see on meie
# ameti teenus") says whose it is: no other subject (new-user batch 43 crisis-violence-ru: «Он работает по рабочим
# дням» in the next sentence still speaks of 116 006). "Meie infotelefon", «наш номер», «мы работаем» stay subjects
_OWNER_IN_PREDICATE = re.compile(r"(?:(?<!\w)(?:это|является|являются)\s+(?>[\w-]+\s+){0,2}?(?:наш\w*|нам|нас)|"
                                 r"(?<!\w)(?:on|ongi)\s+(?:ka\s+|ju\s+)?meie)$", re.IGNORECASE)


def _owner_in_predicate(sentence: str, start: int, end: int) -> bool:
    """Is the other-subject match at [start, end) the owner in a predicate ("это служба нашего ...")?"""
    return bool(_OWNER_IN_PREDICATE.search(sentence, max(0, start - 60), end))


# a denial right after a claim ("pangalingiga mitte", «через банк нельзя», "tööpäeviti ei"); a word after a dash or a
# semicolon opens a clause of its own ("... ise alla kirjutada – volikirja ei ole vaja", new-user batch 31)
# up to three words on in the clause when none of them grants it ("pangalingi või parooliga sinna ei saa", «через банк
# или по паролю войти нельзя», new-user batch 3); a comma, a colon, "saab" or «можно» between keeps the claim, and so
# does another subject denied in contrast ("see peab olema notariaalne muud volikirjad ei sobi", unpunctuated)
_DENIED_AFTER = re.compile(r"(?:[^\w–—;,:]*(?!(?:saab|saate|saad|voib|võib|võite|voite|можно|может|можете|ja|и|а|a|но|"
                           r"aga|kuid|muud|muu|teised|teisi|teist|другие|иные|остальные|прочие|другой|другая)\b)\w+){0,3}"
                           r"[^\w–—;,:]*(?:mitte|ei|pole|нельзя|не|нет)\b", re.IGNORECASE)
# a word between may be an attribute, not "and"/"or": a subject after a conjunction is the next item of a list, not what the
# claim qualifies ("sisse logida ka passinumbriga ja e-posti koodiga": the e-mail is another means, batch 81 class)
_ADJACENT = re.compile(r"\s+(?:(?!(?:ja|ning|voi|või|и|или)\s)\w+\s+)?", re.IGNORECASE)
# a sentence without a subject of its own continues the last one only through a word pointing back to it
# («Только учтите, он работает по рабочим дням»; "see number vastab ainult tööpäeviti"; plural: "Need tuleb võtta
# ühe korraga", new-user batch 22 parental-benefit-chat-et)
# an oblique pronoun too («На него Департамент отвечает ...», "Sellele vastatakse ...", new-user batch 55)
_ANAPHOR = re.compile(r"(?<!\w)(?:он|она|оно|там|туда|этот\s+номер|эта\s+линия|этот\s+телефон|see|seal|sinna|"
                      r"see\s+number|see\s+liin|too|need|neid|они|их|него|нему|н[её]м|ним|не[её]|ней|sellele)(?!\w)",
                      re.IGNORECASE)

# a login with no e-service named in its sentence logs in to the one named before («Решение Вы увидите в среде
# самообслуживания. Войти можно и через свой банк»)
# a sentence opening with "but" qualifies the rule just told, so it continues its subject («Вы можете получить
# компенсацию. Но заявление можно подать только после приговора», new-user batch 26 victim-support-ru)
# Estonian "aga" may stand after the first words ("Taotluse saab aga esitada alles ...", new-user batch 33
# victim-support-et), and so may Russian «же» («Заявление же подаётся только после приговора»); a sentence-initial
# «только» is "but" too («Только подать его можно после того, как ...», new-user batch 36 victim-support-ru)
_CONTRAST_OPENING = re.compile(r"^[\W_]*(?:(?:но|однако|только|aga|kuid|ent)(?!\w)|(?:\w+\s+){1,2}(?:aga|же)(?!\w))",
                               re.IGNORECASE)
# the application names no topic: it is the application for what was just told ("Hüvitist saab taotleda.
# Taotluse saab esitada alles pärast kohtuotsust."; "avaldus", «ходатайство» too: new-user batch 38)
_APPLICATION = re.compile(r"(?<!\w)(?:taotlus\w*|avaldus\w*|заявлени\w*|ходатайств\w*)(?!\w)", re.IGNORECASE)
# its finite forms too («Войдёте по ссылке из письма», new-user batch 57); "sisse pääsete" too (batch 81 class)
_LOGIN = re.compile(r"(?<!\w)(?:войти|зайти|входить|заходить|вход|войд[её]те|зайд[её]те|войдите|зайдите|"
                    r"sisse\s+(?:logi\w*|saa\w*|p[aä][aä]se\w*)|(?:logi|p[aä][aä]se)\w*\s+sisse|sisene\w*)(?!\w)",
                    re.IGNORECASE)


def _former(sentence: str, lang: str) -> bool:
    from trainer.scoring.values import tells_former_rule  # a late import, as before the split

    return tells_former_rule(sentence, lang)


def wrong_claims(text: str, lang: str, facts: tuple[ValueFact, ...]) -> tuple[WrongValue, ...]:
    """Sentences stating a fact's `wrong` claim about that fact: the claim is asserted (not asked, not denied,
    not told as past) and said of the fact's topic (`_subject`), not of another number or line ("infotelefon
    16106 tööpäeviti, kriisitelefon 116 006 ööpäev läbi" is right)."""
    claims = [n for n, f in enumerate(facts) if f.wrong]
    if not claims:
        return ()
    out: list[WrongValue] = []
    # the last subject of the sentences read so far: the fact indexes (or -1, another subject) named at its end; a
    # topic several facts share is the last subject of each («Это ходатайство о разъяснении. На него ...», batch 55)
    last: frozenset[int] = frozenset()
    for start, _end, sentence in tx.split_sentences(text):
        sl = lang_of(sentence, lang)
        mine = [n for n in claims if facts[n].language == sl]
        if not sentence.strip() or not mine:
            continue
        topics = _claim_topics(tuple(facts[n] for n in mine), sl)
        subjects: list[tuple[int, int, int]] = []  # (start, end, fact index or -1)
        denied: list[tuple[int, int, int]] = []  # topics under a negation: a subject only inside a claim that
        # carries the negation itself ("ma ei saa kaebust telefonis vastu võtta", «если ... не доплатят»)
        for m in phrase_set(tuple(topics), sl).find_all(sentence):
            hits = [(m.start, m.end, mine[k]) for k in topics.get(tx.fold(m.phrase), ())]
            if m.negated:
                denied += hits
            else:
                subjects += hits
        taken = [(a, b) for a, b, _ in subjects]
        subjects += [(m.start(), m.end(), -1) for m in _OTHER_SUBJECT.finditer(sentence)
                     if not any(a < m.end() and m.start() < b for a, b in taken)
                     and not _owner_in_predicate(sentence, m.start(), m.end())]
        found: list[tuple[int, tx.Match]] = []  # every fact whose claim the sentence states of it
        # a rule told as abolished states nothing wrong («В пятницу перед выходными, как было раньше, больше не
        # платят.»), as in `values.find_values`
        if not tx.is_question(sentence, sl) and not _former(sentence, sl):
            for n in mine:
                for m in phrase_set(facts[n].wrong, sl).find_all(sentence):
                    if m.negated or _DENIED_AFTER.match(sentence, m.end) or _told_as_past(sentence, m.start, sl):
                        continue  # "parooli või pangalingiga mitte", «через банк нельзя», "kuni 2024 maksti ..."
                    inside = any(x[2] == n and m.start <= x[0] and x[1] <= m.end for x in denied)
                    head = bool(last) and _names_head(sentence, sl, tuple(facts[k] for k in last if k >= 0))
                    if inside or _subject(n, m.start, m.end, subjects, sentence, last, head) == n:
                        found.append((n, m))
                        break
        if found:
            # one sentence may state the wrong claims of two facts («нужно прийти лично с документом» of the
            # child-allowance offer: an offer's rule and a document's channel); the fact named first in the sentence
            # is what it is about and gives the quote and the right text, each fact is named
            first = {x[2]: x[0] for x in sorted(subjects, reverse=True)}
            n, m = min(found, key=lambda f: (first.get(f[0], len(sentence)), found.index(f)))
            offset = len(sentence) - len(sentence.lstrip())
            out.append(WrongValue(start + offset, start + len(sentence), m.quote, sentence.strip(),
                                  tuple(dict.fromkeys([facts[n].ref] + [facts[k].ref for k, _ in found])),
                                  facts[n].text, claim=True))
        if subjects:
            end = max(x[1] for x in subjects)
            last = frozenset(x[2] for x in subjects if x[1] == end)
    return tuple(out)


def _subject(n: int, start: int, end: int, subjects: list[tuple[int, int, int]], sentence: str,
             last: frozenset[int], head: bool = False) -> int | None:
    """What a claim at [start, end) is said of: fact n when the claim names its topic itself, else the nearest
    subject before it, else a subject right after it with no punctuation between (what the claim qualifies:
    «нужна именно нотариальная доверенность»; «пенсия 5-го, а детское пособие 8-го» is not), else the last
    subject of an earlier sentence when a word points back to it (``head``: the sentence names the head noun of
    that subject's topic, "Toetus on ..." after "toitjakaotustoetus")."""
    if any(x[2] == n and start <= x[0] and x[1] <= end for x in subjects):
        return n
    before = [x for x in subjects if x[1] <= start]
    if before:  # a topic several facts share ("vaie": its deadline and what goes in it) is the subject of each
        nearest = max(x[1] for x in before)
        return n if any(x[2] == n and x[1] == nearest for x in before) else max(before, key=lambda x: x[1])[2]
    after = [x for x in subjects if x[0] >= end and _ADJACENT.fullmatch(sentence, end, x[0])]
    if after:  # a shared topic right after is the subject of each of its facts, as before
        nearest = min(x[0] for x in after)
        return n if any(x[2] == n and x[0] == nearest for x in after) else min(after, key=lambda x: x[0])[2]
    if not last:
        return None
    back = n if n in last else min(last)
    return back if (head or _ANAPHOR.search(sentence) or _LOGIN.search(sentence) or _APPLICATION.search(sentence)
                 or _CONTRAST_OPENING.match(sentence)) else None


def _names_head(sentence: str, lang: str, facts: tuple[ValueFact, ...]) -> bool:
    """Does the sentence name the head noun of a topic of these facts, inflected? The bare head points back to
    the topic just named ("Lapsele makstakse toitjakaotustoetust. Toetuselt ..."; «Назначат пособие по потере
    кормильца. Пособие ...», new-user batch 71): the compound's tail in Estonian, the first word in Russian."""
    heads = {h for f in facts for h in _heads(f)}
    if not heads:
        return False
    for token in tx.tokenize_cached(sentence):
        if token.is_word:
            w = tx.fold(token.text).lower()
            if any(w.startswith(stem) and len(w) <= len(stem) + 5 for stem in heads):
                return True
    return False


@lru_cache(maxsize=1024)
def _heads(fact: ValueFact) -> frozenset[str]:
    """The stems of a fact's topic heads (`_names_head`): every tail of 5+ letters of an Estonian one-word topic
    ("toitjakaotustoetus": "toetus"), the first word of a Russian topic less its ending («пособие»: «пособ»)."""
    out: set[str] = set()
    for phrase in fact.topic:
        if phrase.startswith(("re:", "@")):  # a regex or a named reading has no head word
            continue
        words = tx.fold(phrase.lstrip("=")).lower().split()
        if not words:
            continue
        if fact.language == "ru":
            if len(words[0]) >= 5:
                out.add(words[0][:max(4, len(words[0]) - 2)])
        elif len(words) == 1:
            out.update(words[0][k:] for k in range(len(words[0]) - 4))
    return frozenset(out)


def _told_as_past(sentence: str, start: int, lang: str) -> bool:
    """A past verb among the few words before a claim: the rule told as history ("Kuni 2024. aasta lõpuni maksti
    pension nädalavahetuse korral välja sellele eelneval reedel", «раньше выплачивали в предшествующую пятницу»)."""
    from trainer.text.verb_forms import past_verb

    words = [t for t in tx.tokenize_cached(sentence[:start]) if t.is_word][-6:]
    return any(past_verb(t.text, lang) for t in words)


@lru_cache(maxsize=64)
def _claim_topics(facts: tuple[ValueFact, ...], lang: str) -> dict[str, list[int]]:
    """Topic phrase -> the positions (in `facts`) of the facts it names."""
    topics: dict[str, list[int]] = {}  # keyed by the folded phrase, as a match reports it
    for k, fact in enumerate(facts):
        for p in fact.topic:
            topics.setdefault(tx.fold(p), []).append(k)
    return topics

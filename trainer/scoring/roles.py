"""Who does what in a content concept: an actor named by the concept is not shown doing the concept's action when
the sentence gives that actor another role or gives the action to someone else (blind judge, issue 10).

A concept that names an actor and its action ("foreign_decides": «финское учреждение», «решает Финляндия»,
«выплачивает Финляндия») has action verbs (the verbs of its phrases: решать, назначать, выплачивать, платить) and
actor words (the other words of its phrases: финск-, учрежд-, сторон-, финлянд-). A match that is the bare actor
(«финское учреждение», no verb of its own) does not count

- when the nearest verb of its clause, its predicate, is restricted to another action by "only" («финская сторона
  только пересылает бумаги», "Soome asutus ainult edastab"): the actor does that only, not the concept's action;
- when the sentence gives the concept's action, about the concept's thing, to the Board (a clause with an action
  verb, the Board as its subject - «Департамент», «мы», "SKA", "amet" or a first-person plural verb - and an actor
  word: «а финскую пенсию платит Департамент», "SKA maksab Soome pensioni"), and the concept's actor is not the
  Board; a negated clause ("Департамент не выплачивает финскую пенсию") gives nothing.

A concept whose actor is the Board (its verbs in the first person plural: "edastame", "saadame Soome") is not
shown by another actor named as the subject of its action ("Soome asutus edastab"): the actor's match and the
verb's match in that clause do not count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.text.lexicon import first_person, lemmas, ru_parse
from trainer.text.verb_forms import is_finite, is_verb

# the Board as a subject (folded): its names and the first person plural
_BOARD = {"et": frozenset("ska amet ameti sotsiaalkindlustusamet me meie".split()),
          "ru": frozenset("департамент мы".split())}
_ONLY = {"et": frozenset("ainult uksnes vaid uksi".split()), "ru": frozenset("только лишь".split())}
_NEG = {"et": frozenset("ei pole ega mitte".split()), "ru": frozenset("не ни нет".split())}
# verbs of one action (folded lemmas): «платит» says what «выплачивает» says
_FAMILIES = {"ru": (frozenset("платить заплатить выплачивать выплатить оплачивать оплатить".split()),),
             "et": (frozenset("maksma valja maksma".split()),)}
# a clause ends at a mark or a contrast ("..., а Департамент выплачивает", "... aga SKA maksab")
_CUT = re.compile(r"[,;:–—]|\s(?:aga|kuid|vaid|а|но|зато)\s", re.IGNORECASE)
_STEM = 5
_REACH = 200
# modal and auxiliary verbs (lemmas) name no action of their own
_AUXILIARIES = frozenset("мочь быть стать являться saama olema voima pidama".split())
_JOIN = frozenset("и или а ja ning voi ega".split())


def _lemmas(word: str, lang: str) -> frozenset[str]:
    if lang == "ru":
        return frozenset(p.normal_form.replace("ё", "е") for p in ru_parse(word.lower())[:2])
    return lemmas(tx.fold(word.lower()), lang) | {tx.fold(word.lower())}


def _nominal(word: str, lang: str) -> bool:
    """A noun or adjective (Russian by its parse; Estonian: any word that is no verb)."""
    if lang != "ru":
        return True
    parses = ru_parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("NOUN", "ADJF")


def _noun(word: str, lang: str) -> bool:
    if lang != "ru":
        return True
    parses = ru_parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"


def _verb(word: str, lang: str) -> bool:
    if lang == "ru":
        parses = ru_parse(word.lower())
        return bool(parses) and parses[0].tag.POS in ("VERB", "INFN")
    return is_verb(word, lang)


@lru_cache(maxsize=512)
def concept_roles(phrases: tuple[str, ...], lang: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """(action verb lemmas, actor word stems, is the actor the Board) of a concept's phrases; no verbs: no roles."""
    verbs: set[str] = set()
    actors: set[str] = set()
    board = False
    for phrase in phrases:
        if phrase.startswith(("re:", "@")):
            continue
        words = [w.strip("*=\"'").lower() for w in phrase.split()]
        bare = not any(_verb(w, lang) for w in words if w)  # the actor named alone («финское учреждение»)
        for w in words:
            if not w:
                continue
            if _verb(w, lang):
                verbs |= _lemmas(w, lang)
                board = board or first_person(w, lang) == "pl"
            elif tx.fold(w) in _BOARD[lang]:
                board = True
            elif bare and len(words) > 1 and len(w) >= 4 and _nominal(w, lang):
                actors.add(tx.fold(w)[:_STEM])
    for family in _FAMILIES.get(lang, ()):
        if verbs & family:
            verbs |= family
    return frozenset(verbs), frozenset(actors), board


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    """The clause around pos, at most _REACH characters either side (a long unpunctuated turn stays linear)."""
    start, end = max(0, pos - _REACH), min(len(sentence), pos + _REACH)
    for m in _CUT.finditer(sentence, start, end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    return [(offset + t.start, offset + t.end, t.text) for t in tx.tokenize(text) if t.is_word]


def _is_action(word: str, verbs: frozenset[str], lang: str) -> bool:
    return _verb(word, lang) and bool(_lemmas(word, lang) & verbs)


def _restricted_elsewhere(sentence: str, start: int, end: int, verbs: frozenset[str], lang: str) -> bool:
    """Is the bare actor's predicate (the nearest finite verb of its clause) another action restricted by "only"?"""
    a, b = _clause(sentence, start)
    words = _words(sentence[a:b], a)
    finite = [k for k, (s, e, w) in enumerate(words) if (s < start or s >= end) and is_finite(w, lang)]
    if not finite:
        return False
    here = next((k for k, (s, _e, _w) in enumerate(words) if s >= start), len(words))
    k = min(finite, key=lambda f: abs(f - here))
    before = {tx.fold(words[j][2].lower()) for j in range(max(0, k - 2), k)}
    return bool(before & _ONLY[lang]) and not _is_action(words[k][2], verbs, lang)


@lru_cache(maxsize=2048)
def _board_does_it(sentence: str, verbs: frozenset[str], actors: frozenset[str], lang: str) -> bool:
    """Does a clause of the sentence give the action, about the concept's thing, to the Board?"""
    cuts = [0] + [p for m in _CUT.finditer(sentence) for p in (m.start(), m.end())] + [len(sentence)]
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        words = [tx.fold(w.lower()) for _s, _e, w in _words(sentence[a:b])]
        raw = [w for _s, _e, w in _words(sentence[a:b])]
        if any(w in _NEG[lang] for w in words):
            continue
        acts = [k for k, w in enumerate(raw) if _is_action(w, verbs, lang)]
        if not acts:
            continue
        # the Board the action's subject: no other verb between them («мы сами перешлём ..., назначает финское ...»)
        board = any(first_person(raw[k], lang) == "pl" for k in acts) or any(
            words[h] in _BOARD[lang] and not any(is_finite(raw[j], lang) and not _lemmas(raw[j], lang) & _AUXILIARIES
                                                for j in range(min(h, k) + 1, max(h, k)))
            for h in range(len(words)) for k in acts)
        if board and any(w[:_STEM] in actors for w in words if w not in _BOARD[lang] and not _verb(w, lang)):
            return True
    return False


def _nominative(word: str, lang: str) -> bool:
    if lang == "ru":
        parses = ru_parse(word.lower())
        return bool(parses) and "nomn" in parses[0].tag
    folded = tx.fold(word.lower())
    return folded in lemmas(folded, lang)


def _other_actor_acts(sentence: str, start: int, end: int, verbs: frozenset[str], actors: frozenset[str],
                      lang: str) -> bool:
    """For a concept whose actor is the Board: is an actor word of the concept, in the nominative, the subject of
    the concept's action in the match's clause ("Soome asutus ainult edastab dokumendid")?"""
    a, b = _clause(sentence, start)
    words = _words(sentence[a:b], a)
    acts = [k for k, (_s, _e, w) in enumerate(words) if _is_action(w, verbs - _AUXILIARIES, lang)
            and first_person(w, lang) != "pl" and is_finite(w, lang)]
    if not acts or any(tx.fold(w.lower()) in _NEG[lang] | _BOARD[lang] for _s, _e, w in words):
        return False
    heads = [k for k, (_s, _e, w) in enumerate(words) if not _verb(w, lang) and len(w) >= 4
             and tx.fold(w.lower())[:_STEM] in actors and _nominative(w, lang) and _noun(w, lang)]
    # the actor right before the verb, its subject, with no conjunction between ("чат открытый и код может ...")
    return any(0 < v - h <= 3 and not any(tx.fold(words[j][2].lower()) in _JOIN for j in range(h + 1, v))
               for h in heads for v in acts)


def role_given_away(sentence: str, start: int, end: int, phrases: tuple[str, ...], lang: str) -> bool:
    """Does the sentence give the role the match [start, end) names to another actor or another action?"""
    if lang not in _BOARD:
        return False
    verbs, actors, board = concept_roles(phrases, lang)
    if not verbs or not actors:
        return False
    own_verb = any(_verb(w, lang) for _s, _e, w in _words(sentence[start:end]))
    if board:
        return _other_actor_acts(sentence, start, end, verbs, actors, lang)
    if own_verb:
        return False
    return _restricted_elsewhere(sentence, start, end, verbs, lang) or _board_does_it(sentence, verbs, actors, lang)


def role_given_away_in(an, i: int, match, phrases: tuple[str, ...]) -> bool:
    """`role_given_away` for a match in unit i of a transcript analysis (its sentence, the concept's phrases)."""
    from trainer.scoring.analysis import sentence_of

    if an.turns[i].role != "agent":
        return False
    a, b = sentence_of(an, i, match.start)
    return role_given_away(an.turns[i].text[a:b], match.start - a, match.end - a, phrases, an.language)

"""Three gamed replies the client took for answers and thanked for (new-user batch 60 gaming runs).

Read for the client's ear only (the scorer keeps its own readings):

- **a promise of everything** (:func:`blanket_promises`): a sentence that promises that "everything" will be done or
  be fine („kõik saab korda“, „kõik korraldatakse ära“, „me lahendame kõik ära“, «всё будет сделано», «мы всё
  решим») tells the caller nothing it can act on. An institution named inside it („Luban, ... kõik korraldatakse
  ära, Tervisekassa ja Töötukassa, kõik saab tehtud!“) is no redirect: the scenario's content signals are not heard
  from such a sentence (a wrong answer or the promise itself stays heard: the client may believe it);
- **items strung on a directive** (:func:`strung_items`): bare nouns put after a complete clause with commas
  („Palun pöörduge kohaliku omavalitsuse poole, perearst, puude tuvastamine.“): the clause is said, the items
  after it are the scorer's words typed in – nobody told the client what the family doctor or the assessment is
  for. A list that goes on from the clause („Võtke kaasa pass, tõend, avaldus.“: the clause ends on a noun of the
  list) or that has a linking word („perearst ja puude tuvastamine“) is speech;
- **knowledge statements to no one** (:func:`impersonal_statements`): a greeting followed by three statements or
  more in the third person about "a pensioner" or "a person" in general, in one's own words, that addresses nobody, gives no
  instruction and asks nothing («Помощь с жильём оказывает местное самоуправление. Департамент платит пособие
  одиноко проживающему пенсионеру. ...»): the caller was told the rules, not spoken to about its own case. Its
  facts stay heard, but it counts against the grateful ending, like the knowledge text read out
  (:mod:`trainer.simulation.unspoken`, which needs the knowledge's own wording). Read on the greeting only, or on
  the agent's first reply in a chat that has no greeting („Lapsetoetust ei pea vanem eraldi taotlema. ...“, new-user
  batch 63 child-allowance-et gaming; `hearing.analyse`): later in the call a rule said in general („пенсионер,
  живущий за границей, представляет справку ...“) follows the client's own question and explains its case;
- **a bracketed footer** (:func:`bracketed_footer`): bare items in brackets after the reply's last sentence
  („... Kolmanda isiku andmeid ei avaldata. (112, 116 111)“, new-user batch 61 child-at-risk-et gaming): numbers
  nobody told the caller to call, under a refusal or a procedure. Not heard, and counted against the grateful ending.
  A bracket inside a sentence („helistage 116 006 (ööpäev läbi)“, «помощь жертвам (ohvriabi)»), one without a number
  („Tere! (Kadri)“) or one that says something („(Kui vaja, helistage 116 111.)“) is no such footer.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.finite_verbs import has_finite_verb
from trainer.text.keywords import LINKERS, bare

__all__ = ["blanket_promises", "bracketed_footer", "impersonal_statements", "names_promise", "strung_items"]

_ALL = r"(?:koik|k[oõ]ik|вс[её]|все)"
#: "everything" as what is done or comes right: before or after its verb, at most one word between
_OUTCOME = {
    "et": re.compile(
        rf"\b{_ALL}\s+(?:\w+\s+)?(?:saab|saavad|korraldatakse|taastatakse|lahendatakse|tehakse|laheneb|lahenevad|"
        r"tuleb\s+korda|l[aä]heb\s+korda|aitab)\b"
        rf"|\b(?:lahendame|korraldame|teeme|taastame|ajame|lahendan|korraldan|teen)\s+(?:\w+\s+)?{_ALL}\b"),
    "ru": re.compile(
        rf"\b{_ALL}\s+(?:\w+\s+)?(?:будет|будут|сделаем|решим|оформим|уладим|исправим|устроим|уладится|решится|"
        r"наладится|образуется|сделают|решат|будет\s+хорошо)\b"
        rf"|\b(?:сделаем|решим|оформим|уладим|исправим|устроим|сделаю|решу|оформлю)\s+(?:\w+\s+)?{_ALL}\b"),
}


#: a word that makes "everything will be done" a promise („Luban, et ...“, «обещаю», „Garanteerin“)
_PROMISE = re.compile(r"\b(?:luba\w*|garanteeri\w*|kindlasti|muidugi|обеща\w*|гарантир\w*|обязательно|конечно)\b")
#: a declined promise („ei saa lubada“, «не могу обещать»)
_DENIED = re.compile(r"\b(?:ei|pole|mitte|не|нельзя)\b")
#: words besides "everything will be done" that leave a sentence of nothing else („Muidugi, kõik taastatakse!“)
_SHORT = 3


def blanket_promises(text: str, lang: str) -> list[str]:
    """The sentences of a reply that promise that everything will be done or fine (module doc): two such promises,
    or one with a promise word or with hardly any other word. One said beside a fact („... а дальше мы всё сделаем
    сами.“) or a state („nüüd on kõik korras“) is no promise of everything."""
    pattern = _OUTCOME.get(lang, _OUTCOME["et"])
    out = []
    for _, _, sentence in tx.split_sentences(text):
        folded = tx.fold(sentence.lower())
        if not sentence.strip() or tx.is_question(sentence, lang):
            continue
        found = list(pattern.finditer(folded))
        if not found or _DENIED.search(folded):
            continue  # „Ma ei saa lubada, et kõik laheneb, aga ...“: the promise declined
        rest = pattern.sub(" ", folded)
        if len(found) >= 2 or _PROMISE.search(folded) or len(re.findall(r"\w+", rest)) <= _SHORT:
            out.append(sentence)
    return out


def names_promise(phrases, lang: str) -> bool:
    """Is a scenario signal about such promises itself („kõik laheneb“ as the dismissive answer to a caller in
    crisis)? Then it stays heard in them."""
    pattern = _OUTCOME.get(lang, _OUTCOME["et"])
    return isinstance(phrases, (list, tuple)) and any(
        isinstance(p, str) and pattern.search(tx.fold(p.lower())) for p in phrases)


#: postpositions that end a complete clause („... omavalitsuse poole“): no noun a list goes on from
_POSTPOSITIONS = frozenset(
    "poole juurde juures juurest kaudu jaoks kohta jargi parast tottu abil kaest poolt vastu".split())
#: items strung on, at least; words in one item, at most
_MIN_ITEMS = 2
_ITEM_WORDS = 3
#: words of the clause the items are strung on, at least
_HEAD_WORDS = 3


def strung_items(text: str, lang: str) -> list[str]:
    """The bare items strung with commas after a complete clause at the end of a statement (module doc)."""
    out: list[str] = []
    for _, _, sentence in tx.split_sentences(text):
        body = sentence.strip().rstrip(".!…").strip()
        if not body or tx.is_question(sentence, lang) or "," not in body or ":" in body:
            continue
        parts = [p.strip() for p in body.split(",")]
        head, items = parts[0], parts[1:]
        words = [t for t in tx.tokenize(head) if t.is_word]
        if len(items) < _MIN_ITEMS or len(words) < _HEAD_WORDS or not has_finite_verb(head, lang) \
                or not all(_bare_item(i, lang) for i in items):
            continue  # „извините, я елена, департамент соц страхования“: no clause before the items
        last = words[-1]
        if bare(last.text) and last.norm not in _POSTPOSITIONS:
            continue  # „Võtke kaasa pass, tõend, avaldus.“: the list begins in the clause
        out.append(", ".join(items))
    return out


_PRONOUNS = frozenset("ma mina me meie te teie ta tema я мы вы он она они".split())


def _bare_item(item: str, lang: str) -> bool:
    tokens = tx.tokenize(item)
    words = [t for t in tokens if t.is_word]
    if not words or len(words) > _ITEM_WORDS or len(words) != len(tokens):
        return False  # digits, marks or dashes give an item structure („telefon 669 6630“, „hooldus – linn“)
    if any(t.norm in LINKERS or t.norm in _PRONOUNS for t in words) or has_finite_verb(item, lang):
        return False
    return bare(words[-1].text)


#: a person in general the statements are about („pensionär“, «пенсионеру», „taotleja“, „vanemale“, «родителю»; not
#: the benefit „vanemahüvitis“)
_GENERIC = re.compile(
    r"\b(?:inimene|inimesel|inimesele|isik|isikule|isikul|klient|kliendile|pensionar\w*|taotleja\w*|saaja\w*|"
    r"(?:lapse)?vanem(?:a|ale|alt|al|ad|ate|atele|aid|ile|il|ilt)?|"
    r"человек\w*|лицу|лицо|клиент\w*|пенсионер\w*|заявител\w*|получател\w*|проживающ\w*|родител\w*)\b")
#: the caller addressed: a second person or an imperative
_ADDRESS = re.compile(
    r"\b(?:te|teie|teil|teile|teid|teilt|teiega|sa|sina|sul|sulle|sinu|вы|вас|вам|вами|ваш\w*|ты|тебе|тебя|твой)\b"
    r"|\b\w{3,}(?:ge|ke)\b|\b\w{3,}(?:ите|йте)(?:сь)?\b")
_NOT_IMPERATIVE = frozenset("koike vaike kaike lapsega здравствуйте извините простите".split())
#: a sentence in the first person singular: the agent's own introduction („Меня зовут Ольга.“), not a rule
_FIRST_PERSON = re.compile(r"\b(?:ma|mina|minu|mind|я|меня|мне|мой|моя)\b")
_STATEMENTS = 3
_WORDS = 15


def impersonal_statements(text: str, lang: str) -> bool:
    """Three statements or more about a person in general, to no one, nothing asked (module doc)."""
    folded = tx.fold(text.lower())
    words = [t for t in tx.tokenize(text) if t.is_word]
    if len(words) < _WORDS or not _GENERIC.search(folded):
        return False
    if any(m.group(0) not in _NOT_IMPERATIVE for m in _ADDRESS.finditer(folded)):
        return False
    sentences = [s for _, _, s in tx.split_sentences(text) if s.strip()]
    if any(tx.is_question(s, lang) for s in sentences):
        return False
    statements = [s for s in sentences
                  if has_finite_verb(s, lang) and not _FIRST_PERSON.search(tx.fold(s.lower()))]
    return len(statements) >= _STATEMENTS


#: a bracket after the reply's last sentence (or between two sentences): its content
_FOOTER = re.compile(r"(?:^|(?<=[.!?…]))\s*\(([^()]{1,80})\)\s*(?=$|[^\W\d_])")
_FOOTER_ITEMS = re.compile(r"[,;/]|\s[–—-]\s")


def bracketed_footer(text: str, lang: str) -> list[str]:
    """The bracketed footers of bare items of a reply (module doc), as written („(112, 116 111)“)."""
    out = []
    for m in _FOOTER.finditer(text):
        inner = m.group(1)
        items = [i.strip() for i in _FOOTER_ITEMS.split(inner) if i.strip()]
        if not items or not any(c.isdigit() for c in inner) or has_finite_verb(inner, lang) \
                or any(len([t for t in tx.tokenize(i) if t.is_word]) > _ITEM_WORDS for i in items):
            continue
        out.append(m.group(0).strip())
    return out

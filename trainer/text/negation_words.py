"""Negation vocabulary (Estonian, Russian; English best effort): the word lists negation.py reads — negators
before and after a match, clause boundaries, fillers the window skips, postpositions, subordinators,
coordinators — with the small word tests on them (`is_negator`, a clause boundary, a limit such as «не позже»)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import PRONOUN_LEMMAS
from .normalize import Token

# Clause boundaries: punctuation tokens and contrastive conjunctions.
BOUNDARY_PUNCT = frozenset(",;:.!?…()[]—–-\"«»“”")
BOUNDARY_WORDS = {
    "et": frozenset("aga kuid vaid ent ometi kuna sest".split()),
    "ru": frozenset("но а зато однако потому поэтому".split()),
    "en": frozenset("but although because".split()),
}
# Negators that count before the word (look-back) and after it (look-ahead).
NEG_BEFORE = {
    "et": frozenset("ei pole polnud poleks polevat mitte ega arge argu arme".split()),
    "ru": frozenset("не нет ни нельзя невозможно без".split()),
    "en": frozenset("not no never don't doesn't didn't can't cannot won't isn't aren't without".split()),
}
NEG_AFTER = {
    "et": frozenset("ei pole polnud poleks".split()),
    "ru": frozenset("не нет нельзя невозможно".split()),  # «платить сразу нельзя»
    "en": frozenset("not".split()),
}
# a request's «please» inside a clause: skipped, not read as the finite verb it also is ("palun" = "I ask")
PLEASE = {"et": frozenset(["palun"]), "ru": frozenset(["пожалуйста"])}
# a negative imperative after the match ("isikukoodi ärge kirjutage"): Estonian has its own word for it
NEG_REQUEST_AFTER = {"et": frozenset("arge ara arme".split())}
# Words skipped when counting the window (pronouns, particles, sentence adverbs).
FILLERS = {
    "et": frozenset(
        "ka veel enam kahjuks paraku praegu hetkel siis kunagi uldse see seda sellist mingit mingeid "
        "nagu just kohe kindlasti sel selle sellel nuud tana siin seal "
        "kokkuvotteks seega niisiis lyhidalt luhidalt".split()  # recap markers: sentence adverbs (speech)
    ) | frozenset(PRONOUN_LEMMAS["et"]) | frozenset("ta tema talle tal teda nad nemad neile neil".split()),
    "ru": frozenset(
        "вы вам вас вами я мне меня мы нам нас он она они ему ей им его её ее их к сожалению уже еще ещё "
        "пока же бы ведь тоже также в во на с со к ко по за из у о об до от при для этом этот эта это этой "
        "этого тот том той сейчас сегодня итак итого".split()
    ),
    "en": frozenset("you we i he she they it also yet still".split()),
}
NOT_ONLY = {"et": ("mitte", frozenset({"ainult", "uksnes", "vaid"})), "ru": ("не", frozenset({"только"}))}
# discourse markers that open a recap or a conclusion: never what a negator denies («... не используйте итак не
# сообщать ...» in speech without punctuation)
# («... сами значит ещё раз коротко ноябрьские деньги не трогаете ...»: a recap announced, the negator is the next
# clause's; blind round 23)
DISCOURSE_MARKERS = frozenset("""итак итого следовательно kokkuvotteks kokkuvottes seega niisiis jarelikult
    коротко вкратце lyhidalt luhidalt""".split())

# thanks are a formula: «ошибки нет спасибо за звонок» (no punctuation) still thanks
_THANKS = frozenset("спасибо благодарю aitah tanan".split())
NEVER_NEGATED = DISCOURSE_MARKERS | _THANKS
# an apology is not taken back by the fault it names after it („vabandan, see pole õige teenindus“, new-user batch
# 47 complaint-registration-et terse): no retraction reading ("X. See pole õige.") for it
APOLOGY = frozenset("vabandan vabandame vabandust извините извиняюсь извиняемся простите".split())
# sympathy is a verbless formula of its own: in speech without punctuation a negator after it belongs to the next
# clause ("minu kaastunne teile pensioni lõpetamiseks ei pea te midagi teatama", «мои соболезнования вам ничего
# сообщать не нужно»); only a negator right before it denies it ("mul pole kaastunnet")
SYMPATHY = frozenset("kaastunne kaastunnet kaastundeavaldus kaastundeavaldused соболезнования соболезнование "
                      "соболезную соболезнуем".split())

# A phrase ending in a postposition is an adverbial ("andmekaitse tõttu ei saa ma öelda"): the verb's
# negation after it does not negate the reason.
POSTPOSITIONS = {
    "et": frozenset("tottu parast jaoks kaudu abil jargi alusel".split()),
    "ru": frozenset(),
    "en": frozenset(),
}
# a rule that forbids ("isikuandmete kaitse ei luba", «закон не позволяет»): the negated verb of permitting denies the
# permission, not its subject, which is the reason given
FORBIDS = {"et": frozenset("luba voimalda lase".split()),
            "ru": frozenset("позволяет позволяют разрешает разрешают".split()), "en": frozenset()}
# A match that starts with an interrogative or relative word opens a new clause ("miks Te ei nõustu ja
# mida soovite"): a negator before it belongs to the previous clause.
TIME_UNIT = re.compile(r"(?:paev|nadal|kuu|aasta|tund|tunni|minut)")  # "kahe pangapäeva pärast" is a time, not a reason
CLAUSE_OPENERS = {
    "et": frozenset("mida mis miks kuidas kus kuhu kust millal kes keda kellele milline millist".split()),
    "ru": frozenset("что чего чем как где куда откуда когда почему зачем который которая которое которые".split()),
    "en": frozenset("what why how where when who which".split()),
}
# a match that opens with "without" states a condition; a negator after it states the rule (double negation)
PRIVATIVE = {"ru": frozenset({"без"}), "et": frozenset({"ilma"})}
LOOK_BACK = {"et": 3, "ru": 2, "en": 3}  # counted words, fillers excluded
LOOK_AHEAD = 2
# Beyond the look-ahead, a negator later in the clause still negates a match that has no finite verb of
# its own, as long as no finite verb comes first: «в пятницу перед выходными больше не платят»,
# "reedel enne nädalavahetust enam ei maksta". A coordinating conjunction starts a new predicate.
LONG_AHEAD = 5  # counted words, fillers excluded: speech without punctuation runs sentences together
SUBORDINATORS = {
    "et": frozenset("kui et kuna sest kuigi nagu mis kes kus millal kuni".split()),
    "ru": frozenset("если когда что чтобы потому хотя пока который которая которое которые где как".split()),
    "en": frozenset("if when that because although while which who where".split()),
}
# complementisers that open a clause of their own after the match (speech without commas)
THAT_CLAUSE = {"et": frozenset("et kuna sest kuigi".split()), "ru": frozenset("что чтобы потому хотя".split())}
NECESSITY = {
    "et": frozenset("vaja pea pruugi tule tarvis".split()),
    "ru": frozenset("нужно надо обязательно требуется должны должен должна нужна нужен нужны".split()),
    "en": frozenset("need needed required".split()),
}
# "the others": a subject of its own, so in speech run together it opens a new clause whose negation is its own
# («доверенность должна быть только нотариальной другие не подходят», "ainult notariaalne muud ei sobi")
OTHER_SUBJECTS = {
    "et": frozenset("muud teised ulejaanud".split()),
    "ru": frozenset("другие иные остальные прочие".split()),
    "en": frozenset("others".split()),
}
ET_PROHIBITIVE = frozenset("arge arme argu".split())  # negative imperatives ("ära" is also a verb particle)
COORDINATORS = {
    "et": frozenset("ja ning ning voi ehk".split()),
    "ru": frozenset("и или либо".split()),
    "en": frozenset("and or".split()),
}


def negation_lang(lang: str) -> str:
    return lang if lang in NEG_BEFORE else "et"


def is_boundary(tok: Token, lang: str) -> bool:
    if not tok.is_word:
        return tok.text in BOUNDARY_PUNCT
    return tok.norm in BOUNDARY_WORDS[lang]


def is_negator(norm: str, lang: str) -> bool:
    """Is the folded word a negator ("ei", "pole", "mitte", «не», «нет»)?"""
    return norm in NEG_BEFORE[negation_lang(lang)]


# a negator before a comparative states a limit, not a denial: «не позже чем через 30 дней», «не более
# месяца», "mitte hiljem kui 30 päeva jooksul", "mitte rohkem kui"
_LIMITS = frozenset("позже позднее раньше ранее более менее больше hiljem varem rohkem vahem".split())


def limit(tokens: Sequence[Token], j: int) -> bool:
    """Is the negator at tokens[j] part of a limit (the next word a comparative: «не позже», "mitte hiljem")?"""
    nxt = next((t.norm for t in tokens[j + 1:j + 2] if t.is_word), "")
    return nxt in _LIMITS

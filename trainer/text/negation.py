"""Negation scope and question detection (Estonian, Russian; English best effort)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import PRONOUN_LEMMAS, dictionary_lemmas, is_known, is_verb_lemma, lemmas, ru_parse
from .normalize import Token, fold, tokenize_cached
from .questions import (  # noqa: F401  (re-exported: moved to questions.py)
    CONFIRMATIONS,
    is_check_statement,
    is_question,
    is_spoken_question,
)
from .scope import RU_MODAL_NEG as _RU_MODAL_NEG
from .scope import negated_complement, object_case, parenthetical_end, prohibited_object
from .zero_copula import predicate_of_this

__all__ = ["is_negated", "is_question", "is_spoken_question", "is_check_statement", "CONFIRMATIONS", "negated_token",
           "negated_tail", "is_abessive", "is_privative", "is_negator", "prohibits", "BOUNDARY_WORDS"]

# Clause boundaries: punctuation tokens and contrastive conjunctions.
_BOUNDARY_PUNCT = frozenset(",;:.!?…()[]—–-\"«»“”")
BOUNDARY_WORDS = {
    "et": frozenset("aga kuid vaid ent ometi kuna sest".split()),
    "ru": frozenset("но а зато однако потому поэтому".split()),
    "en": frozenset("but although because".split()),
}
# Negators that count before the word (look-back) and after it (look-ahead).
_NEG_BEFORE = {
    "et": frozenset("ei pole polnud poleks polevat mitte ega arge argu arme".split()),
    "ru": frozenset("не нет ни нельзя невозможно без".split()),
    "en": frozenset("not no never don't doesn't didn't can't cannot won't isn't aren't without".split()),
}
_NEG_AFTER = {
    "et": frozenset("ei pole polnud poleks".split()),
    "ru": frozenset("не нет нельзя невозможно".split()),  # «платить сразу нельзя»
    "en": frozenset("not".split()),
}
# a request's «please» inside a clause: skipped, not read as the finite verb it also is ("palun" = "I ask")
_PLEASE = {"et": frozenset(["palun"]), "ru": frozenset(["пожалуйста"])}
# a negative imperative after the match ("isikukoodi ärge kirjutage"): Estonian has its own word for it
_NEG_REQUEST_AFTER = {"et": frozenset("arge ara arme".split())}
# Words skipped when counting the window (pronouns, particles, sentence adverbs).
_FILLERS = {
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
_NOT_ONLY = {"et": ("mitte", frozenset({"ainult", "uksnes", "vaid"})), "ru": ("не", frozenset({"только"}))}
# discourse markers that open a recap or a conclusion: never what a negator denies («... не используйте итак не
# сообщать ...» in speech without punctuation)
# («... сами значит ещё раз коротко ноябрьские деньги не трогаете ...»: a recap announced, the negator is the next
# clause's; blind round 23)
_DISCOURSE_MARKERS = frozenset("""итак итого следовательно kokkuvotteks kokkuvottes seega niisiis jarelikult
    коротко вкратце lyhidalt luhidalt""".split())

# thanks are a formula: «ошибки нет спасибо за звонок» (no punctuation) still thanks
_THANKS = frozenset("спасибо благодарю aitah tanan".split())
_NEVER_NEGATED = _DISCOURSE_MARKERS | _THANKS
# an apology is not taken back by the fault it names after it („vabandan, see pole õige teenindus“, new-user batch
# 47 complaint-registration-et terse): no retraction reading ("X. See pole õige.") for it
_APOLOGY = frozenset("vabandan vabandame vabandust извините извиняюсь извиняемся простите".split())
# sympathy is a verbless formula of its own: in speech without punctuation a negator after it belongs to the next
# clause ("minu kaastunne teile pensioni lõpetamiseks ei pea te midagi teatama", «мои соболезнования вам ничего
# сообщать не нужно»); only a negator right before it denies it ("mul pole kaastunnet")
_SYMPATHY = frozenset("kaastunne kaastunnet kaastundeavaldus kaastundeavaldused соболезнования соболезнование "
                      "соболезную соболезнуем".split())

# A phrase ending in a postposition is an adverbial ("andmekaitse tõttu ei saa ma öelda"): the verb's
# negation after it does not negate the reason.
_POSTPOSITIONS = {
    "et": frozenset("tottu parast jaoks kaudu abil jargi alusel".split()),
    "ru": frozenset(),
    "en": frozenset(),
}
# a rule that forbids ("isikuandmete kaitse ei luba", «закон не позволяет»): the negated verb of permitting denies the
# permission, not its subject, which is the reason given
_FORBIDS = {"et": frozenset("luba voimalda lase".split()),
            "ru": frozenset("позволяет позволяют разрешает разрешают".split()), "en": frozenset()}
# A match that starts with an interrogative or relative word opens a new clause ("miks Te ei nõustu ja
# mida soovite"): a negator before it belongs to the previous clause.
_TIME_UNIT = re.compile(r"(?:paev|nadal|kuu|aasta|tund|tunni|minut)")  # "kahe pangapäeva pärast" is a time, not a reason
_CLAUSE_OPENERS = {
    "et": frozenset("mida mis miks kuidas kus kuhu kust millal kes keda kellele milline millist".split()),
    "ru": frozenset("что чего чем как где куда откуда когда почему зачем который которая которое которые".split()),
    "en": frozenset("what why how where when who which".split()),
}
# a match that opens with "without" states a condition; a negator after it states the rule (double negation)
_PRIVATIVE = {"ru": frozenset({"без"}), "et": frozenset({"ilma"})}
_LOOK_BACK = {"et": 3, "ru": 2, "en": 3}  # counted words, fillers excluded
_LOOK_AHEAD = 2
# Beyond the look-ahead, a negator later in the clause still negates a match that has no finite verb of
# its own, as long as no finite verb comes first: «в пятницу перед выходными больше не платят»,
# "reedel enne nädalavahetust enam ei maksta". A coordinating conjunction starts a new predicate.
_LONG_AHEAD = 5  # counted words, fillers excluded: speech without punctuation runs sentences together
_SUBORDINATORS = {
    "et": frozenset("kui et kuna sest kuigi nagu mis kes kus millal kuni".split()),
    "ru": frozenset("если когда что чтобы потому хотя пока который которая которое которые где как".split()),
    "en": frozenset("if when that because although while which who where".split()),
}
# complementisers that open a clause of their own after the match (speech without commas)
_THAT_CLAUSE = {"et": frozenset("et kuna sest kuigi".split()), "ru": frozenset("что чтобы потому хотя".split())}
_NECESSITY = {
    "et": frozenset("vaja pea pruugi tule tarvis".split()),
    "ru": frozenset("нужно надо обязательно требуется должны должен должна нужна нужен нужны".split()),
    "en": frozenset("need needed required".split()),
}
_ET_PROHIBITIVE = frozenset("arge arme argu".split())  # negative imperatives ("ära" is also a verb particle)
_COORDINATORS = {
    "et": frozenset("ja ning ning voi ehk".split()),
    "ru": frozenset("и или либо".split()),
    "en": frozenset("and or".split()),
}
# Finite verbs the dictionaries read as something else or miss.
_FINITE = {
    "et": frozenset("on oli olid olen oled oleme olete olin olime olite ongi".split()),
    "ru": frozenset("есть будет будут".split()),
    "en": frozenset("is are was were will does do did has have".split()),
}
_ET_FINITE_ENDINGS = ("b", "vad", "akse", "n", "d", "me", "te", "s", "sid", "sin", "ks", "ge", "ke", "ti", "di")
_ET_NONFINITE_ENDINGS = ("nud", "tud", "dud", "mas", "mast", "mata", "des", "tes", "vat", "ma", "da", "ta")
# A short clause right after a statement that takes it back: "..., see ei kehti enam", "– see pole enam
# nii", «..., но это уже не так», «это старое правило».
_RETRACTION_WORDS = {
    "et": frozenset("kehti kehtib nii oige tosi kehtiv".split()),
    "ru": frozenset("так действует верно правда актуально применяется работает".split()),
    "en": frozenset("true valid so".split()),
}
_OLD_RULE = {
    "et": (frozenset("vana kehtetu aegunud endine".split()), frozenset("reegel kord".split())),
    "ru": (frozenset("старое прежнее устаревшее".split()), frozenset("правило".split())),
    "en": (frozenset("old former outdated".split()), frozenset("rule".split())),
}
_RETRACTION_LEAD = frozenset("aga kuid ent ja see seda too nii это но а и так уже теперь but and that this".split())
_RETRACTION_MAX = 6
_RETRACTION_SKIP = frozenset("enam ole ammu больше уже давно".split())


def _lang(lang: str) -> str:
    return lang if lang in _NEG_BEFORE else "et"


def _is_boundary(tok: Token, lang: str) -> bool:
    if not tok.is_word:
        return tok.text in _BOUNDARY_PUNCT
    return tok.norm in BOUNDARY_WORDS[lang]


def is_negator(norm: str, lang: str) -> bool:
    """Is the folded word a negator ("ei", "pole", "mitte", «не», «нет»)?"""
    return norm in _NEG_BEFORE[_lang(lang)]


@lru_cache(maxsize=50_000)
def _is_finite(word: str, lang: str) -> bool:
    """Is the word a finite verb, the predicate of its clause ("makstakse", "kehtib", «платят»,
    «выплачена»)? Infinitives and participles are not ("maksta", «платить»)."""
    low = word.lower()
    norm = fold(low)
    if norm in _FINITE.get(lang, ()):
        return True
    if lang == "ru" or "\u0400" <= low[:1] <= "\u04ff":
        parses = ru_parse(low)
        return bool(parses) and parses[0].is_known and parses[0].tag.POS in ("VERB", "PRTS")
    if lang != "et" or len(norm) < 3 or not norm.isalpha():
        return False
    readings = dictionary_lemmas(low, "et")
    if not readings or not all(is_verb_lemma(lemma) for lemma in readings):
        return False
    return norm.endswith(_ET_FINITE_ENDINGS) and not norm.endswith(_ET_NONFINITE_ENDINGS)


@lru_cache(maxsize=50_000)
def _is_infinitive_ru(word: str) -> bool:
    parses = ru_parse(word)
    return bool(parses) and parses[0].tag.POS == "INFN"


def _infinitive(tok: Token, lang: str) -> bool:
    """An infinitive («заменить», "asendada", "maksma"): coordinated infinitives share the modal after them."""
    if lang == "ru":
        return _is_infinitive_ru(tok.norm)
    return lang == "et" and tok.norm.endswith(("da", "ta", "ma")) and _is_verb(tok.text, lang) \
        and not _is_finite(tok.text, lang)


@lru_cache(maxsize=50_000)
def _is_verb(word: str, lang: str) -> bool:
    """Any verb form, infinitives included ("maksta", «платить»), but no verbal noun ("maksmise")."""
    low = word.lower()
    if lang == "ru" or "\u0400" <= low[:1] <= "\u04ff":
        parses = ru_parse(low)
        return bool(parses) and parses[0].is_known and parses[0].tag.POS in ("VERB", "INFN", "PRTS")
    if lang != "et" or len(low) < 3 or not low.isalpha():
        return False
    readings = dictionary_lemmas(low, "et")
    return bool(readings) and all(is_verb_lemma(lemma) for lemma in readings) \
        and not fold(low).endswith(("mine", "mise", "mist", "misel", "misega"))


def _words_until_boundary(tokens: Sequence[Token], j: int, lang: str) -> tuple[list[str], int]:
    words = []
    while j < len(tokens) and not (not tokens[j].is_word and tokens[j].text in _BOUNDARY_PUNCT):
        if tokens[j].is_word:
            words.append(tokens[j].norm)
        j += 1
    return words, j


def _retracted(tokens: Sequence[Token], last: int, lang: str) -> bool:
    """Is the clause of tokens[last] taken back by the short clause right after it ("..., see ei kehti
    enam", «..., но это уже не так», «..., это старое правило»)?"""
    _, j = _words_until_boundary(tokens, last + 1, lang)
    if j >= len(tokens) or tokens[j].text in "?()[]\"«»“”":
        return False
    while j < len(tokens) and not tokens[j].is_word:
        if tokens[j].text == "?":
            return False
        j += 1
    words, end = _words_until_boundary(tokens, j, lang)
    if end < len(tokens) and tokens[end].text == "?":
        return False
    words = [w for w in words if w not in BOUNDARY_WORDS[lang]]
    if not words or len(words) > _RETRACTION_MAX:
        return False
    if words[0] in _RETRACTION_LEAD or words[0] in _NEG_BEFORE[lang]:
        for k, w in enumerate(words):
            if w in _NEG_AFTER[lang] or w == "mitte":
                rest = [x for x in words[k + 1:k + 4] if x not in _RETRACTION_SKIP]
                if (rest and rest[0] in _RETRACTION_WORDS[lang]) or (not rest and k > 0 and words[-1] == "enam"):
                    return True  # "see ei kehti enam", «это уже не так», "seda pole enam"
    old, rule = _OLD_RULE[lang]
    return any(w in old for w in words) and any(w in rule for w in words) and words[0] in _RETRACTION_LEAD


# "as before", "as usual": a comparison inside the clause, not a subordinate clause of its own
_AS_BEFORE_LEADS = frozenset("как nagu".split())
_AS_BEFORE = frozenset("раньше прежде обычно всегда varem enne tavaliselt ikka harilikult".split())


def _negated_later(tokens: Sequence[Token], idx: int, last: int, lang: str) -> bool:
    """A negator later in the clause, before any finite verb, of a match with no finite verb itself."""
    if tokens[last].norm in _POSTPOSITIONS[lang] or any(
            tokens[k].is_word and (_is_finite(tokens[k].text, lang) or tokens[k].norm in _NEG_AFTER[lang])
            for k in range(idx, last + 1)):
        return False  # the match has a predicate or a negation of its own ("anda ei saa ma ei saa ...")
    verbal = any(tokens[k].is_word and _is_verb(tokens[k].text, lang) for k in range(idx, last + 1))
    not_only = _NOT_ONLY.get(lang)
    j, counted, infinitive = last + 1, 0, False
    while j < len(tokens) and counted < _LONG_AHEAD:
        tok = tokens[j]
        skip = parenthetical_end(tokens, j, lang)
        if skip is not None:
            j = skip + 1  # "X, kahjuks, ei ole": the parenthetical is no clause of its own
            continue
        if tok.norm in _AS_BEFORE_LEADS:
            words = [k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].is_word][:2]
            if words and tokens[words[0]].norm in _AS_BEFORE:
                j = words[0] + 1  # «в пятницу как раньше больше не платим», "reedel nagu varem enam ei maksta"
                continue
            if len(words) == 2 and tokens[words[0]].norm in ("было", "oli") and tokens[words[1]].norm in _AS_BEFORE:
                j = words[1] + 1  # «в пятницу как было раньше больше не платят»
                continue
        if tok.norm in _COORDINATORS[lang] and _infinitive(tokens[last], lang) and j + 1 < len(tokens) \
                and tokens[j + 1].is_word and _infinitive(tokens[j + 1], lang):
            j += 1  # «выплатить или заменить пенсию не может», "maksta ega asendada ei saa": one negated modal
            continue
        if _is_boundary(tok, lang) or tok.norm in _COORDINATORS[lang] or tok.norm in _SUBORDINATORS[lang]:
            return False  # "... в день выплаты если завтра не будет": a new clause
        if lang == "et" and tok.norm == "palun":
            j += 1  # "isikukoodi palun siia ei kirjuta": "please", not the verb "I ask" (new-user batch 30)
            continue
        if lang == "et" and tok.norm in _ET_PROHIBITIVE:
            # a fronted object of a prohibition: "Isikukoodi palun ärge siia kirjutage" (new-user batch 30)
            return object_case(tokens, idx, last, lang)
        if lang == "et" and tok.norm == "siis" and _first_step_before(tokens, idx):
            return False  # "enne perearst siis ühistaotlus ... meile pole vaja": "first X, then Y", Y's negation is Y's
        if tok.is_word:
            if tok.norm in _PLEASE.get(lang, ()):
                j += 1  # "isikukoodi palun siia ei kirjuta": «пожалуйста» asks, it is no verb of the clause
                continue
            if tok.norm == "ara" and not (j + 1 < len(tokens) and tokens[j + 1].is_word):
                return False  # "palun kirjutage oma isikukood ära": the verb particle closing the clause, no prohibition
            if tok.norm in _NEG_REQUEST_AFTER.get(lang, ()) or (
                    lang == "et" and tok.norm == "mitte" and j + 1 < len(tokens) and tokens[j + 1].is_word
                    and tokens[j + 1].norm.endswith(("da", "ta"))):
                # "isikukoodi ärge siia kirjutage", "isikukoodi palun mitte kirjutada": the match is the object put
                # first of a negative request (new-user batch 30 living-alone-chat-et terse)
                return True
            if lang == "et" and tok.norm == "mitte" and _clause_ends(tokens, j + 1, lang):
                return True  # "eelneval reedel enam mitte": an elliptical denial closing the clause ("mitte reedel"
                # denies what follows it; "mitte ainult" is handled by the not-only lookbehinds)
            if tok.norm in _NEG_AFTER[lang] and _limit(tokens, j):
                return False  # «письменный ответ не позже чем через 30 дней»: a limit, not a denial
            if tok.norm in _NEG_AFTER[lang]:
                nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if nxt in _FORBIDS[lang]:
                    return False  # «защита данных не позволяет»: the reason stands, the permission is denied
                if lang == "ru" and tok.norm == "не" and _constituent_after(tokens, j + 1):
                    return False  # «... двух рабочих дней не в пятницу»: «не» denies the phrase after it
                if lang == "ru" and nxt and _is_infinitive_ru(nxt):
                    return False  # «в открытом чате сумму лучше не писать»: advice, the place still holds
                if infinitive:
                    # a negated need, or the object of the negated infinitive ("isikukoodi ma siin kasutada ei
                    # saa", «личный код в чате указывать нельзя»); an adverbial stays ("sellisel toonil")
                    following = {t.norm for t in tokens[j + 1:j + 3] if t.is_word}
                    if following & _NECESSITY[lang]:
                        return True
                    # a Russian match inside a prepositional phrase, or right after its own verb, belongs to the
                    # verb before it, no fronted object: «можно подать возражение в течение 30 дней отменить
                    # обещать не могу» (new-user batch 42 overpayment-recovery-ru terse, speech run together)
                    return not (_prepositional_ru(tokens, idx, lang) or _governed_ru(tokens, idx, lang)) \
                        and object_case(tokens, idx, last, lang)
                if lang == "ru" and predicate_of_this(tokens, idx, last, j):
                    return False
                return not (not_only and nxt in not_only[1])
            if tok.norm in _POSTPOSITIONS[lang]:
                if _subject_between(tokens, last, j, lang):
                    j += 1  # "isikukoodi ma turvalisuse pärast ei kasuta": the adverbial is the next word's, the match
                    continue  # is the fronted object of the negated verb (new-user batch 34 living-alone-chat-et)
                # the match belongs to an adverbial ("andmekaitse tõttu ... ei saa"), unless it is the means of a
                # denied use ("isikukoodi järgi ma andmeid ei vaata": the code is not used)
                return _denied_use(tokens, j, lang)
            if _is_finite(tok.text, lang):
                return False
            # "sellisel toonil ma vestlust jätkata ei saa": a negated "can" with a verb of its own leaves the
            # adverbial before it standing; a negated need («до 1 марта присылать не нужно») or a negation of
            # the match's own verb («отменить ... обещать не могу») takes it back.
            infinitive = infinitive or (not verbal and _is_verb(tok.text, lang))
            if tok.norm not in _FILLERS[lang]:
                counted += 1
        j += 1
    return False


_PREPOSITIONAL_HEADS = frozenset({"течение", "течении", "продолжение", "протяжении"})


def _prepositional_ru(tokens: Sequence[Token], idx: int, lang: str) -> bool:
    """Does a Russian match follow a preposition or a prepositional head («в течение тридцати дней», «через месяц»,
    «в бюро»)? Then it is an adverbial, not the fronted object of a negated infinitive after it («документы подать
    не могу»)."""
    if lang != "ru":
        return False
    before = [t for t in tokens[:idx] if t.is_word][-2:]
    if any(t.norm in _PREPOSITIONAL_HEADS for t in before):
        return True
    return bool(before) and any(p.tag.POS == "PREP" for p in ru_parse(before[-1].norm)[:1])


def _governed_ru(tokens: Sequence[Token], idx: int, lang: str) -> bool:
    """Does a Russian match come right after a verb of its own, in the same clause («подать возражение», «пришлите
    справку»)? Then an infinitive after it opens the next verb phrase of speech run together; «документы подать
    не могу» has none."""
    if lang != "ru":
        return False
    for tok in reversed(tokens[max(0, idx - 4):idx]):
        if _is_boundary(tok, lang) or tok.norm in _COORDINATORS[lang] or tok.norm in _NEG_BEFORE[lang]:
            return False
        if tok.is_word:
            return _infinitive(tok, lang) or _is_finite(tok.text, lang)
    return False


def _clause_ends(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Does the clause end at token `j` (the text's end, a boundary, or a coordinator opening the next clause)?"""
    return j >= len(tokens) or _is_boundary(tokens[j], lang) or tokens[j].norm in _COORDINATORS[lang]


# a subject pronoun in the nominative: between a match and a postposition it shows the match is no part of the
# postposition's phrase ("isikukoodi ma turvalisuse pärast ei kasuta": the reason is "turvalisuse pärast")
_SUBJECT_PRONOUNS = {"et": frozenset("ma mina me meie te teie sa sina".split())}


def _subject_between(tokens: Sequence[Token], last: int, j: int, lang: str) -> bool:
    """Is there a subject pronoun between the match (ending at tokens[last]) and the postposition at tokens[j], with
    a word of the postposition's own phrase after the pronoun?"""
    words = [k for k in range(last + 1, j) if tokens[k].is_word]
    pronouns = [k for k in words if tokens[k].norm in _SUBJECT_PRONOUNS.get(lang, ())]
    return bool(pronouns) and any(k > pronouns[0] and tokens[k].norm not in _FILLERS[lang] for k in words)


# a means ("järgi", "abil", "kaudu") of a denied act of using or looking up: "isikukoodi järgi ma andmeid ei vaata",
# "isikukoodi abil me siin kedagi ei tuvasta" (new-user batch 30 living-alone-chat-et terse); a basis of a judgement
# stands ("rahvastikuregistri järgi Te ei ela üksi", "registri järgi ei loeta Teid üksi elavaks")
_MEANS = frozenset("jargi abil kaudu".split())
_USE_VERBS = ("kasuta", "vaata", "otsi", "kontrolli", "tuvasta", "ava")


def _denied_use(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Is the postposition at tokens[j] a means of a verb of using or looking up negated later in its clause?"""
    if lang != "et" or tokens[j].norm not in _MEANS:
        return False
    words: list[str] = []
    k = j + 1
    while k < len(tokens) and len(words) < _LONG_AHEAD + 1 and not _is_boundary(tokens[k], lang):
        if tokens[k].is_word:
            if tokens[k].norm in _COORDINATORS[lang] or tokens[k].norm in _SUBORDINATORS[lang]:
                break
            words.append(tokens[k].norm)
        k += 1
    for n, w in enumerate(words):
        if w in _NEG_AFTER[lang] or w in _ET_PROHIBITIVE:
            near = words[max(0, n - 2):n] + words[n + 1:n + 3]
            return any(x.startswith(_USE_VERBS) for x in near)
    return False


def negated_token(tokens: Sequence[Token], idx: int, lang: str, last: int | None = None) -> bool:
    """Is tokens[idx] (through tokens[last] for a multiword match) under negation: a negator in
    the same clause shortly before idx or after last (shortly, or anywhere before the clause's
    finite verb when the match has none), or a short retraction right after the clause ("..., see ei
    kehti enam")?"""
    if tokens[idx].norm in _PRIVATIVE.get(_lang(lang), ()):
        return False  # «без доверенности нельзя», "ilma volikirjata ei saa": the condition of a rule, not denied
    end = idx if last is None else last
    if (end == idx and tokens[idx].norm in _NEVER_NEGATED) or tokens[end].norm in _DISCOURSE_MARKERS:
        return False  # a phrase ending in one too: «ещё раз коротко», "veel kord lühidalt"
    if tokens[end].norm in _SYMPATHY:
        before = [t for t in tokens[max(0, idx - 3):idx] if t.is_word][-2:]
        return any(is_negator(t.norm, lang) for t in before)  # "итак" / "kokkuvõtteks" opens a recap, «спасибо» thanks: no negator denies them
    if _after_welcome(tokens, idx, lang):
        return False  # "pole midagi head päeva", «не за что всего доброго»: "you're welcome", then the wish
    if _other_time_denied(tokens, end, lang):
        tokens = tokens[:end + 1]  # "... kahe tööpäeva jooksul reedel enam ei maksta": the negator denies Friday
    nxt = next((t for t in tokens[end + 1:end + 2] if t.is_word), None)
    if nxt is not None and (nxt.norm == "tottu" or nxt.norm == "parast" and not _TIME_UNIT.search(tokens[end].norm)):
        # "ei saa isikuandmete kaitse tõttu/pärast": the reason of the refusal, not what is refused
        # ("ei tule kahe pangapäeva pärast" is a time: still denied)
        return False
    if _negated(tokens, idx, lang, last):
        return True
    if tokens[idx].norm in _FILLERS[_lang(lang)] and end == idx:
        return False
    lang = _lang(lang)
    if _told_as_past(tokens, idx, end, lang):
        return True
    return _negated_later(tokens, idx, end, lang) or (tokens[end].norm not in _APOLOGY and _retracted(tokens, end, lang)) \
        or prohibited_object(tokens, idx, lang, _is_verb, _is_finite) or negated_complement(tokens, idx, lang) \
        or _in_denied_relative(tokens, idx, end, lang) or _limited_denial(tokens, idx, end, lang)


# "at once": a denial of the manner, not of the act («сразу всё платить не нужно», "kõike korraga maksma ei pea",
# new-user batch 46 overpayment-recovery-ru terse): "you need not pay it all at once" still has the client pay
_AT_ONCE = {"et": frozenset("korraga uhekorraga".split()), "ru": frozenset("сразу единовременно разом".split())}
_AT_ONCE_PAIRS = {"et": frozenset({("uhe", "korraga"), ("uhe", "maksega")}),
                  "ru": frozenset({("одним", "платежом"), ("за", "раз"), ("одним", "разом")})}
_AT_ONCE_AFTER = 2  # words after the match: "maksma ei pea korraga"


def _limited_denial(tokens: Sequence[Token], idx: int, end: int, lang: str) -> bool:
    """Does a phrase that says its own negator ("maksma ei pea", «платить не нужно») stand in a clause that limits the
    denial to "at once" ("kõike korraga", «сразу всё», «одним платежом»)? Then it denies the manner, not the act, and
    says nothing of not paying at all."""
    lang = _lang(lang)
    if not any(t.is_word and is_negator(t.norm, lang) for t in tokens[idx:end + 1]):
        return False
    words: list[str] = []
    j = idx - 1
    while j >= 0 and not _is_boundary(tokens[j], lang):
        if tokens[j].is_word:
            words.insert(0, tokens[j].norm)
        j -= 1
    for t in tokens[idx:end + 1]:  # the phrase up to its negator: in «не нам, а сразу в суд» "at once" is the contrast's
        if not t.is_word:
            continue
        if is_negator(t.norm, lang):
            break
        words.append(t.norm)
    after = 0
    for tok in tokens[end + 1:]:
        if _is_boundary(tok, lang) or after >= _AT_ONCE_AFTER:
            break
        if tok.is_word:
            words.append(tok.norm)
            after += 1
    return any(w in _AT_ONCE[lang] for w in words) or any(pair in _AT_ONCE_PAIRS[lang] for pair in zip(words, words[1:], strict=False))


# a relative clause set off by commas whose head the main clause then denies: "Kindlat tähtaega, mille jooksul
# peaksite kohe tegutsema, Teil ei ole", «Срока, в течение которого нужно срочно подать заявление, нет» (new-user
# batch 42): what the relative clause says exists nowhere
_RELATIVE = {"et": frozenset("mille mis mida milles millega millest milleks mil".split()),
             "ru": frozenset("который которого которой которому котором которым которую которые которых".split())}
_EXISTS = {"et": frozenset("ole olemas".split()), "ru": frozenset("существует существуют бывает предусмотрено".split())}
_RELATIVE_REACH = 3  # words from the comma to the relative word («в течение которого»)
_DENIAL_TAIL = 4  # words of the main clause after the relative clause ("Teil ei ole", «такого нет»)


def _in_denied_relative(tokens: Sequence[Token], idx: int, end: int, lang: str) -> bool:
    """Is the match inside a relative clause ("..., mille jooksul ..., ") whose head the short main clause after it
    denies ("Teil ei ole", «нет», «не существует»)?"""
    if lang not in _RELATIVE:
        return False
    k, words = idx - 1, 0
    while k >= 0 and tokens[k].text != ",":
        if not tokens[k].is_word and tokens[k].text in ".!?;:":
            return False
        words += tokens[k].is_word
        k -= 1
    if k < 0 or words > _RELATIVE_REACH + 6 or not any(
            t.is_word and t.norm in _RELATIVE[lang] for t in tokens[k + 1:min(idx, k + 1 + _RELATIVE_REACH + 1)]):
        return False
    j = end + 1
    while j < len(tokens) and tokens[j].text != ",":
        if not tokens[j].is_word and tokens[j].text in ".!?;:":
            return False
        j += 1
    tail = []
    for tok in tokens[j + 1:]:
        if not tok.is_word and tok.text in ".!?;":
            break
        if tok.is_word:
            tail.append(tok.norm)
    if not tail or len(tail) > _DENIAL_TAIL:
        return False
    if lang == "et":
        return "pole" in tail or any(a == "ei" and b in _EXISTS["et"] for a, b in zip(tail, tail[1:], strict=False))
    return "нет" in tail or any(a == "не" and b in _EXISTS["ru"] for a, b in zip(tail, tail[1:], strict=False))


# Estonian times said as an adverbial of their own: weekdays and "day" words on the adessive, months on the inessive
_ET_WEEKDAYS = ("esmaspaeval teisipaeval kolmapaeval neljapaeval reedel laupaeval puhapaeval nadalavahetusel "
                "paeval kuupaeval")
_ET_TIME_ADVERBIALS = frozenset((_ET_WEEKDAYS + " jaanuaris veebruaris martsis aprillis mais juunis juulis augustis "
                                 "septembris oktoobris novembris detsembris").split())
_ET_TIME_ENDS = _ET_TIME_ADVERBIALS | {"jooksul"}


def _other_time_denied(tokens: Sequence[Token], end: int, lang: str) -> bool:
    """Estonian speech without punctuation: a match that ends in a time ("järgmise kahe tööpäeva jooksul",
    "esmaspäeval") right followed by another time before a negator ("... jooksul reedel enam ei maksta",
    "... esmaspäeval mitte reedel"): two times side by side belong to two clauses, and the negator denies the second
    (the old rule told as gone), not the first. One time alone before the negator stays denied ("kahe tööpäeva
    jooksul ei maksta")."""
    if _lang(lang) != "et" or not tokens[end].is_word:
        return False
    for _ in range(2):  # "kahe" or "järgmise kahe tööpäeva" matched: the time unit and "jooksul" after it go with it
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        if nxt is None or not nxt.is_word or not (nxt.norm in ("jooksul", "parast") or (
                _TIME_UNIT.search(nxt.norm) and nxt.norm not in _ET_TIME_ADVERBIALS)):
            break
        end += 1
    if tokens[end].norm not in _ET_TIME_ENDS | {"parast"}:
        return False
    words = [t for t in tokens[end + 1:end + 6] if t.is_word and t.norm not in _FILLERS["et"]]
    if not words:
        return False
    k = 1 if words[0].norm == "mitte" else 0
    if len(words) > k + 1 and words[k].norm.endswith("l") and words[k].norm not in _ET_TIME_ADVERBIALS \
            and words[k + 1].norm in _ET_TIME_ADVERBIALS:
        k += 1  # an adessive attribute before the time: "... jooksul eelneval reedel enam mitte"
    return len(words) > k and words[k].norm in _ET_TIME_ADVERBIALS \
        and words[k].norm != tokens[end].norm and not _boundary_between(tokens, end)


# "you're welcome" said with a negator (folded words), and the words a parting wish opens with: in unpunctuated speech
# the formula runs straight into the wish ("pole midagi head päeva"), and its negator denies nothing
_WELCOME = {
    "et": (("pole", "midagi"), ("pole", "tanu", "vaart"), ("pole", "probleemi"), ("ei", "maksa", "tanada")),
    "ru": (("не", "за", "что"), ("нет", "проблем"), ("не", "стоит", "благодарности")),
}
_PARTING = {
    "et": frozenset("head koike ilusat ilusa toredat edu nagemist nagemiseni".split()),
    "ru": frozenset("всего до хорошего доброго удачи счастливо".split()),
}


def _after_welcome(tokens: Sequence[Token], idx: int, lang: str) -> bool:
    """Does a parting wish at tokens[idx] follow right after a "you're welcome" formula with a negator in it?"""
    lang = _lang(lang)
    if lang not in _WELCOME or tokens[idx].norm not in _PARTING[lang]:
        return False
    before: list[str] = []
    k = idx - 1
    while k >= 0 and len(before) < 3:
        if tokens[k].is_word:
            before.insert(0, tokens[k].norm)
        elif tokens[k].text.strip():
            break  # punctuation: the usual scope already stops there
        k -= 1
    return any(tuple(before[-len(f):]) == f for f in _WELCOME[lang])


def _boundary_between(tokens: Sequence[Token], end: int) -> bool:
    """Is there punctuation right after tokens[end]? (then the clauses are marked and the usual scope reads them)"""
    return end + 1 < len(tokens) and not tokens[end + 1].is_word and tokens[end + 1].text.strip() in _BOUNDARY_PUNCT


# clause breaks inside a regex match: the match may run from one clause into the next
_CLAUSE_PUNCT = frozenset(",;:–—")
# "otherwise": the clause after it says what follows if the first is not done; its negation is its own
_CONSEQUENCE = frozenset("иначе muidu".split())


def negated_tail(tokens: Sequence[Token], first: int, last: int, lang: str) -> bool:
    """Is the last clause of a match that runs over a clause break (tokens[first] through tokens[last]) negated
    after the match? «Инвалидность входит в то же совместное заявление – отдельно к нам подавать не нужно»,
    "ühistaotlus on üks – meile Te eraldi midagi esitama ei pea": the words after the break are what the negator
    denies; the finite verb of the clause before it ("входит", "on") belongs to that clause and does not shield
    them. A pronoun alone after the break ("meile") is read too: it is what the match names (new-user batch 37)."""
    cut = next((k for k in range(last - 1, first, -1) if not tokens[k].is_word and tokens[k].text in _CLAUSE_PUNCT),
               None)
    head = next((k for k in range(cut + 1, last + 1) if tokens[k].is_word), None) if cut is not None else None
    if head is None or tokens[head].norm in _CONSEQUENCE:
        return False  # «..., иначе необлагаемый доход не будет учтён»: a consequence of its own, not a denial
    if head < last:
        return negated_token(tokens, head, lang, last)
    lang = _lang(lang)
    return _negated(tokens, head, lang, last) or _negated_later(tokens, head, last, lang)


# a rule told as past: a time before now ("varem", "kuni 2024", «раньше», «до 2025 года») with a past verb in
# the same clause ("see reedel maksmise reegel kehtis kuni 2024. aasta lõpuni", «раньше платили в пятницу»)
_PAST_MARKERS = {"et": frozenset("varem vanasti kunagi".split()), "ru": frozenset("раньше прежде ранее когда-то".split())}
_UNTIL = {"et": frozenset("kuni enne".split()), "ru": frozenset("до".split())}
_PAST_WINDOW = 5


def _told_as_past(tokens: Sequence[Token], idx: int, end: int, lang: str) -> bool:
    """Is the match inside a clause that tells a rule as past: a past-time marker and a past verb within the
    clause (a few words each side in speech without punctuation)? "Pension makstakse reedel, nagu varem"
    and «заплатят в пятницу, как и раньше» state the rule now (no past verb)."""
    if lang not in _PAST_MARKERS:
        return False

    def is_marker(k: int) -> bool:
        return tokens[k].norm in _PAST_MARKERS[lang] or (
            tokens[k].norm in _UNTIL[lang] and k + 1 < len(tokens) and tokens[k + 1].text[:2] == "20"
            and tokens[k + 1].text.isdigit())

    # cheap first: no marker word near the match, no past rule (the verb look-ups below are the costly part)
    near = range(max(0, idx - 3 * _PAST_WINDOW), min(len(tokens), end + 3 * _PAST_WINDOW + 1))
    if not any(is_marker(k) for k in near):
        return False

    past = any(tokens[k].is_word and _past_verb(tokens[k].text, lang) for k in (idx, end))
    marker = False
    # before the match: up to a present or future verb of its own («раньше платили …, теперь платят <match>»)
    k, counted = idx - 1, 0
    while k >= 0 and counted < _PAST_WINDOW and not _is_boundary(tokens[k], lang):
        if tokens[k].is_word or tokens[k].text[:1].isdigit():
            if tokens[k].is_word and _past_verb(tokens[k].text, lang):
                past = True
            elif tokens[k].is_word and _is_finite(tokens[k].text, lang):
                break
            marker = marker or is_marker(k)
            counted += 1
        k -= 1
    # after the match: a marker counts only after a past verb ("reegel kehtis kuni 2024"); a marker first opens
    # a clause of its own ("… двух рабочих дней раньше платили в пятницу")
    k, counted, seen_past = end + 1, 0, past
    while k < len(tokens) and counted < _PAST_WINDOW and not _is_boundary(tokens[k], lang):
        if tokens[k].is_word or tokens[k].text[:1].isdigit():
            if tokens[k].is_word and _past_verb(tokens[k].text, lang):
                seen_past = past = True
            elif is_marker(k):
                if not seen_past:
                    break
                marker = True
            counted += 1
        k += 1
    return marker and past


def _past_verb(word: str, lang: str) -> bool:
    low = word.lower()
    if lang == "ru":
        parses = ru_parse(low)
        return bool(parses) and parses[0].tag.POS == "VERB" and "past" in parses[0].tag
    if not low.endswith(("is", "sid", "ti", "di")) or len(low) < 5:
        return False
    return any(is_verb_lemma(lemma) for lemma in dictionary_lemmas(low, "et"))


def _et_imperative(word: str) -> bool:
    """An Estonian imperative ("uuri", "lugege"): a predicate of its own, never what an earlier "ei" negates."""
    from .address import _et_is_imperative_2sg

    low = word.lower()
    if low in ("vaja", "tarvis"):  # "ei ole vaja": the stem of "vajama" is the word for "needed"
        return False
    if low.endswith(("ge", "ke")) and len(low) > 3:
        found = dictionary_lemmas(low, "et")
        return bool(found) and all(is_verb_lemma(lemma) for lemma in found)
    return _et_is_imperative_2sg(low)


def prohibits(norm: str, next_word: str, lang: str) -> bool:
    """Is the folded word "ära" right before an imperative a prohibition ("tema eest alla ära kirjutage")? Before
    an infinitive or a finite verb ("ära saata", "kui ta ära saadab") it is the verb's particle."""
    return lang == "et" and norm == "ara" and _et_imperative(next_word)


# a negator before a comparative states a limit, not a denial: «не позже чем через 30 дней», «не более
# месяца», "mitte hiljem kui 30 päeva jooksul", "mitte rohkem kui"
_LIMITS = frozenset("позже позднее раньше ранее более менее больше hiljem varem rohkem vahem".split())


def _limit(tokens: Sequence[Token], j: int) -> bool:
    """Is the negator at tokens[j] part of a limit (the next word a comparative: «не позже», "mitte hiljem")?"""
    nxt = next((t.norm for t in tokens[j + 1:j + 2] if t.is_word), "")
    return nxt in _LIMITS


_RU_CAN = frozenset("могу можем может можете могут".split())
_FIRST_STEP = frozenset("enne koigepealt esmalt esiteks".split())


def _first_step_before(tokens: Sequence[Token], idx: int) -> bool:
    """Is the match the first step of a sequence: "enne"/"kõigepealt" among the two words before it, in its clause?"""
    words = []
    for tok in reversed(tokens[:idx]):
        if not tok.is_word:
            if tok.text in _BOUNDARY_PUNCT:
                break
            continue
        words.append(tok.norm)
        if len(words) == 2:
            break
    return any(w in _FIRST_STEP for w in words)


def _spent_on_infinitive_before(tokens: Sequence[Token], j: int, idx: int) -> bool:
    """Russian «не» + «могу/можем ...» with its infinitive right before («назвать не могу», «сказать не можем»): a
    complete negated predicate in speech without commas; a noun in the nominative right after the modal starts a
    clause of its own («... не могу защита персональных данных»), an object («... не могу данные мамы») does not."""
    if j == 0 or j + 2 != idx or tokens[j + 1].norm not in _RU_CAN or not tokens[j - 1].is_word \
            or not _is_infinitive_ru(tokens[j - 1].norm):
        return False
    parses = ru_parse(tokens[idx].text.lower())
    return bool(parses) and all("nomn" in p.tag and "accs" not in p.tag for p in parses[:3] if p.score >= 0.05)


def _copula_restart(tokens: Sequence[Token], j: int) -> bool:
    """Is the Russian «это» at tokens[j] a new predication after a noun in the nominative, as speech runs a correction
    together without punctuation («это не жалоба это ходатайство», «не возражение это ходатайство»)? What follows it
    is asserted: the negator before the noun denies that noun only. After a verb or a predicative («не нужно это
    заявление», «не подавайте это заявление») «это» is a determiner and the negation reaches its noun."""
    k = j - 1
    if k < 0 or not tokens[k].is_word or tokens[k].norm in _NEG_BEFORE["ru"]:
        return False
    parses = ru_parse(tokens[k].norm)
    return bool(parses) and parses[0].tag.POS == "NOUN" and "nomn" in parses[0].tag


def _negated(tokens: Sequence[Token], idx: int, lang: str, last: int | None = None) -> bool:
    lang = _lang(lang)
    before, after, fillers = _NEG_BEFORE[lang], _NEG_AFTER[lang], _FILLERS[lang]
    not_only = _NOT_ONLY.get(lang)
    counted, finite = 0, -1
    end = idx if last is None else last
    # a match that is a predicate of its own: a negator or a finite verb ("ei saa me vestlust jätkata")
    own_negation = any(tokens[k].norm in after for k in range(idx, end + 1) if tokens[k].is_word)
    own_verb = own_negation or any(tokens[k].is_word and _is_finite(tokens[k].text, lang) for k in range(idx, end + 1)) \
        or (lang == "et" and _et_imperative(tokens[idx].text))
    j = idx - 1 if tokens[idx].norm not in _CLAUSE_OPENERS[lang] else -1
    while j >= 0 and counted < _LOOK_BACK[lang]:
        tok = tokens[j]
        if _is_boundary(tok, lang):
            break
        if lang == "et" and tok.norm == "siis" and any(t.norm == "kui" for t in tokens[max(0, j - 8):j]):
            break  # "kui pole nõus siis vaie ...": the condition's negator stays in the condition
        if tok.is_word:
            if lang == "ru" and tok.norm == "это" and _copula_restart(tokens, j):
                break  # «это не жалоба это ходатайство»: the second «это» asserts what follows it
            if tok.norm not in before and _is_finite(tok.text, lang):
                if finite >= 0 or own_verb:
                    break  # two predicates: "ärge oodake helistage kohe 112", "ärge sõimake muidu ei saa"
                finite = j
            if tok.norm in before and (finite > j + 1 or own_verb) and j + 1 < idx and tokens[j + 1].is_word \
                    and (_is_verb(tokens[j + 1].text, lang) or (lang == "et" and tok.norm in ("ei", "pole"))):
                # the negator has a verb of its own: "kui Te ei nõustu on see vaie", "ei saa seepärast lõpetan",
                # "otsust ei muudeta see on ju lihtne" (Estonian "ei" is always followed by its verb), "ma ei tea
                # uuri ise" (an imperative is a predicate of its own)
                break
            if tok.norm in before and own_negation:
                break  # "anda ei saa ma ei saa telefonis kontrollida": each "ei" negates its own verb
            if lang == "ru" and tok.norm in _RU_MODAL_NEG and own_verb and j > 0 and tokens[j - 1].is_word \
                    and _is_infinitive_ru(tokens[j - 1].norm):
                break  # «трогать нельзя его потребуют вернуть»: «нельзя» has its infinitive before it
            if tok.norm in before and _limit(tokens, j):
                break  # «не позднее чем через 30 дней Вы получите ответ»: a limit, not a denial
            if lang == "ru" and tok.norm == "не" and _spent_on_infinitive_before(tokens, j, idx):
                break  # «назвать не могу защита данных»: the modal's infinitive is before it, the reason after it stands
            if tok.norm in before and not (tok.norm == "без" and counted > 0):  # "без" governs the next word
                nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if not_only and tok.norm == not_only[0] and nxt in not_only[1]:
                    return False  # "mitte ainult", "не только"
                return True
            # clause-initial "ära" is a negative imperative ("ära muretse"); elsewhere a particle
            if lang == "et" and tok.norm == "ara" and (j == 0 or _is_boundary(tokens[j - 1], lang)):
                return True
            if _is_finite(tok.text, lang) and not (j > 0 and tokens[j - 1].norm in before):
                break  # "ei saa see on tema andmete kaitseks": a finite verb of its own starts a new clause
            if tok.norm not in fillers:
                counted += 1
        j -= 1
    if tokens[idx].norm in fillers and (last is None or last == idx):
        return False  # sentence adverbs and pronouns are not what a following "ei" negates
    if last is not None and last != idx and tokens[last].norm in _POSTPOSITIONS[lang]:
        return False
    if own_verb and end > idx:
        return False  # "palun ärge sõimake muidu ei saa ...": a later negator has a verb of its own to negate
    counted = 0
    j = end + 1
    while j < len(tokens) and counted < _LOOK_AHEAD:
        tok = tokens[j]
        skip = parenthetical_end(tokens, j, lang)
        if skip is not None:
            j = skip + 1  # «пособия на похороны, к сожалению, нет»
            continue
        if _is_boundary(tok, lang):
            break
        if tok.is_word and tok.norm in _THAT_CLAUSE.get(lang, ()):
            break  # "мне очень жаль что вам не перезвонили", "vabandan et te pole ...": a new clause
        if tok.is_word:
            if tok.norm in _POSTPOSITIONS[lang]:
                return False  # "andmekaitse tõttu ei ...": the word belongs to the adverbial
            if tok.norm in after and _limit(tokens, j):
                break  # «ответ не позже чем через 30 дней»: a limit, not a denial
            if own_verb and tok.norm not in after and _is_verb(tok.text, lang):
                break  # «соболезную вам сообщать не нужно»: the later negator has a verb of its own to negate
            if tok.norm in after:
                nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if nxt in _FORBIDS[lang]:
                    return False  # "andmekaitse ei luba Teile öelda": the reason is given, the permission denied
                if lang == "ru" and tok.norm == "не" and _constituent_after(tokens, j + 1):
                    return False  # «платят в течение двух рабочих дней не в пятницу»: «не» denies what follows it
                if lang == "ru" and tok.norm in _RU_MODAL_NEG and nxt and _is_infinitive_ru(nxt):
                    return False  # «подать заявление нельзя откладывать»: «нельзя» governs its own verb
                if not (not_only and nxt in not_only[1]):
                    return True
            if tok.norm not in fillers:
                counted += 1
        j += 1
    return False


_CONSTITUENT_POS = frozenset({"PREP", "NOUN", "ADJF", "NUMR"})


def _constituent_after(tokens: Sequence[Token], k: int) -> bool:
    """Does a Russian «не» before tokens[k] deny a phrase of its own (a preposition, a noun, an adjective or a
    number: «не в пятницу», «не мужу», «не пятого»), not the predicate of the words before it?"""
    if k >= len(tokens):
        return False
    if tokens[k].text[:1].isdigit():
        return True
    if not tokens[k].is_word:
        return False
    parses = ru_parse(tokens[k].norm)
    return bool(parses) and parses[0].tag.POS in _CONSTITUENT_POS


def is_abessive(norm: str, lemma: str, lang: str) -> bool:
    """Is the folded token `norm` the Estonian abessive ("without") of folded `lemma`?

    "toetuseta" (genitive "toetuse" + "ta") and "lasteta" are; the da-infinitive
    "vastata" is not (verbs only have the -mata abessive).
    """
    if lang != "et" or not norm.endswith("ta") or len(norm) < 5:
        return False
    if is_verb_lemma(lemma) and not norm.endswith("mata"):
        return False
    stem = norm[:-2].rstrip("-")
    return lemma in lemmas(stem, lang) and stem != norm


def is_privative(norm: str, lang: str) -> bool:
    """Is the folded Estonian word a "without X" form: abessive "-ta" ("toetuseta", "tasuta",
    "maksmata") or a "-tu" adjective ("kasutu", "lastetu")?"""
    if lang != "et" or len(norm) < 5 or not norm.endswith(("ta", "tu")):
        return False
    stem = norm[:-2].rstrip("-")
    if not is_known(stem, lang):
        return False
    if norm.endswith("tu"):  # an adjective of its own, not a verb form ("ei puutu")
        return not any(is_verb_lemma(lemma) for lemma in lemmas(norm, lang))
    return any(is_abessive(norm, lemma, lang) for lemma in lemmas(norm, lang) if lemma != norm)


def is_negated(text: str, start: int, lang: str) -> bool:
    """Is the word at char offset `start` in `text` under negation?

    Estonian: "ei", "pole", "mitte", "ega", "ärge" (and clause-initial "ära") up to 3
    words before in the same clause, or "ei"/"pole" up to 2 words after ("toetust ei
    maksta"); pronouns and particles are not counted in the window. A comma or a
    contrastive conjunction ends the clause ("maksab omavalitsus, mitte SKA" leaves
    "omavalitsus" positive); "mitte ainult" is not negation. Russian: "не", "нет",
    "ни", "нельзя", "без" before, "не"/"нет" right after ("пенсию не выплатят").
    The word itself counts as negated when it is a "without" form ("toetuseta", "kasutu"). A word that
    is no finite verb is also negated by a negator later in its clause before the clause's finite verb
    («в пятницу перед выходными больше не платят») and by a short retraction after the clause
    ("..., see ei kehti enam"); see `negated_token`.
    """
    tokens = tokenize_cached(text)
    for i, tok in enumerate(tokens):
        if tok.start <= start < tok.end or tok.start >= start:
            return (tok.is_word and is_privative(tok.norm, lang)) or negated_token(tokens, i, lang)
    return False

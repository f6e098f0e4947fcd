"""The later negator: a negator further on in a match's clause, before any finite verb, that denies a match
with no verb of its own («в пятницу перед выходными больше не платят», "isikukoodi palun siia ei kirjuta"),
and the tests that keep it from reaching too far (a new clause, a postposition's phrase, a phrase of its own
after Russian «не»). Read by negation.py (`negated_token`, `negated_tail`)."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import ru_parse
from .negation_words import (
    BOUNDARY_PUNCT,
    COORDINATORS,
    ET_PROHIBITIVE,
    FILLERS,
    FORBIDS,
    LONG_AHEAD,
    NECESSITY,
    NEG_AFTER,
    NEG_BEFORE,
    NEG_REQUEST_AFTER,
    NOT_ONLY,
    OTHER_SUBJECTS,
    PLEASE,
    POSTPOSITIONS,
    SUBORDINATORS,
    is_boundary,
    limit,
)
from .normalize import Token
from .scope import object_case, parenthetical_end
from .verb_forms import is_finite, is_infinitive, is_infinitive_ru, is_verb
from .zero_copula import predicate_of_this

# "as before", "as usual": a comparison inside the clause, not a subordinate clause of its own
_AS_BEFORE_LEADS = frozenset("как nagu".split())
_AS_BEFORE = frozenset("раньше прежде обычно всегда varem enne tavaliselt ikka harilikult".split())


def negated_later(tokens: Sequence[Token], idx: int, last: int, lang: str) -> bool:
    """A negator later in the clause, before any finite verb, of a match with no finite verb itself."""
    if tokens[last].norm in POSTPOSITIONS[lang] or any(
            tokens[k].is_word and (is_finite(tokens[k].text, lang) or tokens[k].norm in NEG_AFTER[lang])
            for k in range(idx, last + 1)):
        return False  # the match has a predicate or a negation of its own ("anda ei saa ma ei saa ...")
    verbal = any(tokens[k].is_word and is_verb(tokens[k].text, lang) for k in range(idx, last + 1))
    not_only = NOT_ONLY.get(lang)
    j, counted, infinitive = last + 1, 0, False
    while j < len(tokens) and counted < LONG_AHEAD:
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
        if tok.norm in COORDINATORS[lang] and is_infinitive(tokens[last], lang) and j + 1 < len(tokens) \
                and tokens[j + 1].is_word and is_infinitive(tokens[j + 1], lang):
            j += 1  # «выплатить или заменить пенсию не может», "maksta ega asendada ei saa": one negated modal
            continue
        if is_boundary(tok, lang) or tok.norm in COORDINATORS[lang] or tok.norm in SUBORDINATORS[lang] \
                or new_subject(tokens, j, idx, last, lang):
            return False  # "... в день выплаты если завтра не будет", «... нотариальной другие не подходят»: a new clause
        if lang == "et" and tok.norm == "palun":
            j += 1  # "isikukoodi palun siia ei kirjuta": "please", not the verb "I ask" (new-user batch 30)
            continue
        if lang == "et" and tok.norm in ET_PROHIBITIVE:
            # a fronted object of a prohibition: "Isikukoodi palun ärge siia kirjutage" (new-user batch 30)
            return object_case(tokens, idx, last, lang)
        if lang == "et" and tok.norm == "siis" and _first_step_before(tokens, idx):
            return False  # "enne perearst siis ühistaotlus ... meile pole vaja": "first X, then Y", Y's negation is Y's
        if tok.is_word:
            if tok.norm in PLEASE.get(lang, ()):
                j += 1  # "isikukoodi palun siia ei kirjuta": «пожалуйста» asks, it is no verb of the clause
                continue
            if tok.norm == "ara" and not (j + 1 < len(tokens) and tokens[j + 1].is_word):
                return False  # "palun kirjutage oma isikukood ära": the verb particle closing the clause, no prohibition
            if tok.norm in NEG_REQUEST_AFTER.get(lang, ()) or (
                    lang == "et" and tok.norm == "mitte" and j + 1 < len(tokens) and tokens[j + 1].is_word
                    and tokens[j + 1].norm.endswith(("da", "ta"))):
                # "isikukoodi ärge siia kirjutage", "isikukoodi palun mitte kirjutada": the match is the object put
                # first of a negative request (new-user batch 30 living-alone-chat-et terse)
                return True
            if lang == "et" and tok.norm == "mitte" and _clause_ends(tokens, j + 1, lang):
                return True  # "eelneval reedel enam mitte": an elliptical denial closing the clause ("mitte reedel"
                # denies what follows it; "mitte ainult" is handled by the not-only lookbehinds)
            if tok.norm in NEG_AFTER[lang] and limit(tokens, j):
                return False  # «письменный ответ не позже чем через 30 дней»: a limit, not a denial
            if tok.norm in NEG_AFTER[lang]:
                nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if nxt in FORBIDS[lang]:
                    return False  # «защита данных не позволяет»: the reason stands, the permission is denied
                if lang == "ru" and tok.norm == "не" and constituent_after(tokens, j + 1):
                    return False  # «... двух рабочих дней не в пятницу»: «не» denies the phrase after it
                if lang == "ru" and nxt and is_infinitive_ru(nxt):
                    return False  # «в открытом чате сумму лучше не писать»: advice, the place still holds
                if infinitive:
                    # a negated need, or the object of the negated infinitive ("isikukoodi ma siin kasutada ei
                    # saa", «личный код в чате указывать нельзя»); an adverbial stays ("sellisel toonil")
                    following = {t.norm for t in tokens[j + 1:j + 3] if t.is_word}
                    if following & NECESSITY[lang]:
                        return True
                    # a Russian match inside a prepositional phrase, or right after its own verb, belongs to the
                    # verb before it, no fronted object: «можно подать возражение в течение 30 дней отменить
                    # обещать не могу» (new-user batch 42 overpayment-recovery-ru terse, speech run together)
                    return not (_prepositional_ru(tokens, idx, lang) or _governed_ru(tokens, idx, lang)) \
                        and object_case(tokens, idx, last, lang)
                if lang == "ru" and predicate_of_this(tokens, idx, last, j):
                    return False
                return not (not_only and nxt in not_only[1])
            if tok.norm in POSTPOSITIONS[lang]:
                if _subject_between(tokens, last, j, lang):
                    j += 1  # "isikukoodi ma turvalisuse pärast ei kasuta": the adverbial is the next word's, the match
                    continue  # is the fronted object of the negated verb (new-user batch 34 living-alone-chat-et)
                # the match belongs to an adverbial ("andmekaitse tõttu ... ei saa"), unless it is the means of a
                # denied use ("isikukoodi järgi ma andmeid ei vaata": the code is not used)
                return _denied_use(tokens, j, lang)
            if is_finite(tok.text, lang):
                return False
            # "sellisel toonil ma vestlust jätkata ei saa": a negated "can" with a verb of its own leaves the
            # adverbial before it standing; a negated need («до 1 марта присылать не нужно») or a negation of
            # the match's own verb («отменить ... обещать не могу») takes it back.
            infinitive = infinitive or (not verbal and is_verb(tok.text, lang))
            if tok.norm not in FILLERS[lang]:
                counted += 1
        j += 1
    return False


# a subject of its own after a match, in speech run together: a personal pronoun in the nominative, or the
# possessor of «у нас» / "meil" (new-user batch 79 redirects-pillar-tax-pin-ru terse: «новые пин коды выдает полиция
# ppa в бюро обслуживания мы не можем»)
_OWN_SUBJECTS = {"ru": frozenset("я мы вы они".split()), "et": frozenset("ma mina me meie meil mul".split())}
_POSSESSED_RU = frozenset("меня нас".split())
# verbs of saying and thinking before a match govern the clause the match opens («я думаю, в пятницу мы не платим»)
_SAYING = ("дума", "счита", "зна", "скаж", "говор", "каже", "arva", "utle", "tea", "moelda", "motle")


def new_subject(tokens: Sequence[Token], j: int, idx: int, last: int, lang: str) -> bool:
    """Does tokens[j], after the match tokens[idx..last], open a clause with a subject of its own, whose negator is
    its own: "the others" («... нотариальной другие не подходят», "ainult notariaalne muud ei sobi"), or «мы», «я»,
    "meie" after a match that has its predicate before it («пин коды выдает полиция ppa в бюро мы не можем»)?"""
    return tokens[j].is_word and (tokens[j].norm in OTHER_SUBJECTS.get(lang, ())
                                  or (own_subject(tokens, j, lang) and predicate_before(tokens, idx, last, lang)))


def own_subject(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Is tokens[j] a subject of its own: «мы», «я», "meie", or «нас» of «у нас»?"""
    norm = tokens[j].norm
    if norm in _OWN_SUBJECTS.get(lang, ()):
        return True
    return lang == "ru" and norm in _POSSESSED_RU and j > 0 and tokens[j - 1].norm == "у"


def predicate_before(tokens: Sequence[Token], idx: int, last: int, lang: str) -> bool:
    """Does a finite verb (not one of saying or thinking) stand a few words before a verbless match in its clause:
    «выдает полиция ...», "annab politsei ..."? Then the match has its predicate, and a negator after a new subject is
    that subject's. A match with a verb of its own is the fronted phrase of the negated modal after it («можете
    отменить требование я не могу»: «отменить» is what «не могу» denies)."""
    if any(tokens[k].is_word and is_verb(tokens[k].text, lang) for k in range(idx, last + 1)):
        return False
    for k in range(idx - 1, max(-1, idx - 5), -1):
        tok = tokens[k]
        if is_boundary(tok, lang) or tok.norm in COORDINATORS[lang] or tok.norm in SUBORDINATORS[lang]:
            return False
        if tok.norm in NEG_BEFORE[lang]:
            return False  # «коды выдает не полиция»: denied before
        if tok.is_word and is_finite(tok.text, lang):
            return not tok.norm.startswith(_SAYING)
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
        if is_boundary(tok, lang) or tok.norm in COORDINATORS[lang] or tok.norm in NEG_BEFORE[lang]:
            return False
        if tok.is_word:
            return is_infinitive(tok, lang) or is_finite(tok.text, lang)
    return False


def _clause_ends(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Does the clause end at token `j` (the text's end, a boundary, or a coordinator opening the next clause)?"""
    return j >= len(tokens) or is_boundary(tokens[j], lang) or tokens[j].norm in COORDINATORS[lang]


# a subject pronoun in the nominative: between a match and a postposition it shows the match is no part of the
# postposition's phrase ("isikukoodi ma turvalisuse pärast ei kasuta": the reason is "turvalisuse pärast")
_SUBJECT_PRONOUNS = {"et": frozenset("ma mina me meie te teie sa sina".split())}


def _subject_between(tokens: Sequence[Token], last: int, j: int, lang: str) -> bool:
    """Is there a subject pronoun between the match (ending at tokens[last]) and the postposition at tokens[j], with
    a word of the postposition's own phrase after the pronoun?"""
    words = [k for k in range(last + 1, j) if tokens[k].is_word]
    pronouns = [k for k in words if tokens[k].norm in _SUBJECT_PRONOUNS.get(lang, ())]
    return bool(pronouns) and any(k > pronouns[0] and tokens[k].norm not in FILLERS[lang] for k in words)


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
    while k < len(tokens) and len(words) < LONG_AHEAD + 1 and not is_boundary(tokens[k], lang):
        if tokens[k].is_word:
            if tokens[k].norm in COORDINATORS[lang] or tokens[k].norm in SUBORDINATORS[lang]:
                break
            words.append(tokens[k].norm)
        k += 1
    for n, w in enumerate(words):
        if w in NEG_AFTER[lang] or w in ET_PROHIBITIVE:
            near = words[max(0, n - 2):n] + words[n + 1:n + 3]
            return any(x.startswith(_USE_VERBS) for x in near)
    return False


_FIRST_STEP = frozenset("enne koigepealt esmalt esiteks".split())


def _first_step_before(tokens: Sequence[Token], idx: int) -> bool:
    """Is the match the first step of a sequence: "enne"/"kõigepealt" among the two words before it, in its clause?"""
    words = []
    for tok in reversed(tokens[:idx]):
        if not tok.is_word:
            if tok.text in BOUNDARY_PUNCT:
                break
            continue
        words.append(tok.norm)
        if len(words) == 2:
            break
    return any(w in _FIRST_STEP for w in words)


_CONSTITUENT_POS = frozenset({"PREP", "NOUN", "ADJF", "NUMR"})


def constituent_after(tokens: Sequence[Token], k: int) -> bool:
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

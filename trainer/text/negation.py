"""Negation scope (Estonian, Russian; English best effort): is a word under negation (`is_negated`,
`negated_token`, `negated_tail`). Word lists in negation_words.py, verb forms in verb_forms.py, the later negator in
later_negator.py, set constructions in negation_constructions.py; the question readers are re-exported from
questions.py."""

from __future__ import annotations

from collections.abc import Sequence

from .figure_clause import figure_opens_clause as _figure_opens_clause
from .later_negator import constituent_after, negated_later, new_subject
from .lexicon import is_known, is_verb_lemma, lemmas, ru_parse
from .negation_constructions import (
    after_welcome,
    coordinated_under_modal,
    in_denied_relative,
    in_negated_predicate,
    limited_denial,
    other_time_denied,
    retracted,
    told_as_past,
)
from .negation_words import (
    APOLOGY,
    BOUNDARY_WORDS,
    CLAUSE_OPENERS,
    DISCOURSE_MARKERS,
    FILLERS,
    FORBIDS,
    LOOK_AHEAD,
    LOOK_BACK,
    NEG_AFTER,
    NEG_BEFORE,
    NEVER_NEGATED,
    NOT_ONLY,
    POSTPOSITIONS,
    PRIVATIVE,
    SYMPATHY,
    THAT_CLAUSE,
    TIME_UNIT,
    is_boundary,
    is_negator,
    limit,
    negation_lang,
)
from .normalize import Token, tokenize_cached
from .questions import (  # noqa: F401  (re-exported: moved to questions.py)
    CONFIRMATIONS,
    is_check_statement,
    is_question,
    is_spoken_question,
)
from .scope import RU_MODAL_NEG as _RU_MODAL_NEG
from .scope import negated_complement, parenthetical_end, prohibited_object
from .verb_forms import et_imperative, is_finite, is_infinitive_ru, is_verb

__all__ = ["is_negated", "is_question", "is_spoken_question", "is_check_statement", "CONFIRMATIONS", "negated_token",
           "negated_tail", "is_abessive", "is_privative", "is_negator", "prohibits", "BOUNDARY_WORDS"]


def negated_token(tokens: Sequence[Token], idx: int, lang: str, last: int | None = None) -> bool:
    """Is tokens[idx] (through tokens[last] for a multiword match) under negation: a negator in
    the same clause shortly before idx or after last (shortly, or anywhere before the clause's
    finite verb when the match has none), or a short retraction right after the clause ("..., see ei
    kehti enam")?"""
    if tokens[idx].norm in PRIVATIVE.get(negation_lang(lang), ()):
        return False  # «без доверенности нельзя», "ilma volikirjata ei saa": the condition of a rule, not denied
    end = idx if last is None else last
    if (end == idx and tokens[idx].norm in NEVER_NEGATED) or tokens[end].norm in DISCOURSE_MARKERS:
        return False  # a phrase ending in one too: «ещё раз коротко», "veel kord lühidalt"
    if tokens[end].norm in SYMPATHY:
        before = [t for t in tokens[max(0, idx - 3):idx] if t.is_word][-2:]
        return any(is_negator(t.norm, lang) for t in before)  # "итак" / "kokkuvõtteks" opens a recap, «спасибо» thanks: no negator denies them
    if after_welcome(tokens, idx, lang):
        return False  # "pole midagi head päeva", «не за что всего доброго»: "you're welcome", then the wish
    if other_time_denied(tokens, end, lang):
        tokens = tokens[:end + 1]  # "... kahe tööpäeva jooksul reedel enam ei maksta": the negator denies Friday
    nxt = next((t for t in tokens[end + 1:end + 2] if t.is_word), None)
    if nxt is not None and (nxt.norm == "tottu" or nxt.norm == "parast" and not TIME_UNIT.search(tokens[end].norm)):
        # "ei saa isikuandmete kaitse tõttu/pärast": the reason of the refusal, not what is refused
        # ("ei tule kahe pangapäeva pärast" is a time: still denied)
        return False
    if _negated(tokens, idx, lang, last):
        return True
    if tokens[idx].norm in FILLERS[negation_lang(lang)] and end == idx:
        return False
    lang = negation_lang(lang)
    if told_as_past(tokens, idx, end, lang):
        return True
    return negated_later(tokens, idx, end, lang) or (tokens[end].norm not in APOLOGY and retracted(tokens, end, lang)) \
        or prohibited_object(tokens, idx, lang, is_verb, is_finite) or negated_complement(tokens, idx, lang) \
        or in_denied_relative(tokens, idx, end, lang) or limited_denial(tokens, idx, end, lang) \
        or coordinated_under_modal(tokens, idx, end, lang) or in_negated_predicate(tokens, idx, end, lang, is_verb)


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
    lang = negation_lang(lang)
    return _negated(tokens, head, lang, last) or negated_later(tokens, head, last, lang)


def prohibits(norm: str, next_word: str, lang: str) -> bool:
    """Is the folded word "ära" right before an imperative a prohibition ("tema eest alla ära kirjutage")? Before
    an infinitive or a finite verb ("ära saata", "kui ta ära saadab") it is the verb's particle."""
    return lang == "et" and norm == "ara" and et_imperative(next_word)


_RU_CAN = frozenset("могу можем может можете могут".split())


def _spent_on_infinitive_before(tokens: Sequence[Token], j: int, idx: int) -> bool:
    """Russian «не» + «могу/можем ...» with its infinitive right before («назвать не могу», «сказать не можем»): a
    complete negated predicate in speech without commas; a noun in the nominative right after the modal starts a
    clause of its own («... не могу защита персональных данных»), an object («... не могу данные мамы») does not."""
    if j == 0 or j + 2 != idx or tokens[j + 1].norm not in _RU_CAN or not tokens[j - 1].is_word \
            or not is_infinitive_ru(tokens[j - 1].norm):
        return False
    parses = ru_parse(tokens[idx].text.lower())
    return bool(parses) and all("nomn" in p.tag and "accs" not in p.tag for p in parses[:3] if p.score >= 0.05)


def _copula_restart(tokens: Sequence[Token], j: int) -> bool:
    """Is the Russian «это» at tokens[j] a new predication after a noun in the nominative, as speech runs a correction
    together without punctuation («это не жалоба это ходатайство», «не возражение это ходатайство»), or after a bare
    «нет» (the answer «нет» or «у нас нет», which takes no «это» in the nominative: «нет это в самоуправление»)? What follows it
    is asserted: the negator before the noun denies that noun only. After a verb or a predicative («не нужно это
    заявление», «не подавайте это заявление») «это» is a determiner and the negation reaches its noun."""
    k = j - 1
    if k >= 0 and tokens[k].is_word and tokens[k].norm == "нет":
        return True  # «нет это в самоуправление», «у нас нет это ...»: «нет» answers (or has no object), «это» restarts
    if k < 0 or not tokens[k].is_word or tokens[k].norm in NEG_BEFORE["ru"]:
        return False
    parses = ru_parse(tokens[k].norm)
    return bool(parses) and parses[0].tag.POS == "NOUN" and "nomn" in parses[0].tag


def _negated(tokens: Sequence[Token], idx: int, lang: str, last: int | None = None) -> bool:
    lang = negation_lang(lang)
    before, after, fillers = NEG_BEFORE[lang], NEG_AFTER[lang], FILLERS[lang]
    not_only = NOT_ONLY.get(lang)
    counted, finite = 0, -1
    end = idx if last is None else last
    # a match that is a predicate of its own: a negator or a finite verb ("ei saa me vestlust jätkata")
    own_negation = any(tokens[k].norm in after for k in range(idx, end + 1) if tokens[k].is_word)
    own_verb = own_negation or any(tokens[k].is_word and is_finite(tokens[k].text, lang) for k in range(idx, end + 1)) \
        or (lang == "et" and et_imperative(tokens[idx].text))
    j = idx - 1 if tokens[idx].norm not in CLAUSE_OPENERS[lang] else -1
    while j >= 0 and counted < LOOK_BACK[lang]:
        tok = tokens[j]
        if is_boundary(tok, lang):
            break
        if lang == "et" and tok.norm == "siis" and any(t.norm == "kui" for t in tokens[max(0, j - 8):j]):
            break  # "kui pole nõus siis vaie ...": the condition's negator stays in the condition
        if tok.is_word:
            if lang == "ru" and tok.norm == "это" and _copula_restart(tokens, j):
                break  # «это не жалоба это ходатайство»: the second «это» asserts what follows it
            if tok.norm not in before and is_finite(tok.text, lang):
                if finite >= 0 or own_verb:
                    break  # two predicates: "ärge oodake helistage kohe 112", "ärge sõimake muidu ei saa"
                finite = j
            if tok.norm in before and (finite > j + 1 or own_verb) and j + 1 < idx and tokens[j + 1].is_word \
                    and (is_verb(tokens[j + 1].text, lang) or (lang == "et" and tok.norm in ("ei", "pole"))):
                # the negator has a verb of its own: "kui Te ei nõustu on see vaie", "ei saa seepärast lõpetan",
                # "otsust ei muudeta see on ju lihtne" (Estonian "ei" is always followed by its verb), "ma ei tea
                # uuri ise" (an imperative is a predicate of its own)
                break
            if tok.norm in before and own_negation:
                break  # "anda ei saa ma ei saa telefonis kontrollida": each "ei" negates its own verb
            if lang == "ru" and tok.norm in _RU_MODAL_NEG and own_verb and j > 0 and tokens[j - 1].is_word \
                    and is_infinitive_ru(tokens[j - 1].norm):
                break  # «трогать нельзя его потребуют вернуть»: «нельзя» has its infinitive before it
            if tok.norm in before and limit(tokens, j):
                break  # «не позднее чем через 30 дней Вы получите ответ»: a limit, not a denial
            if lang == "ru" and tok.norm == "не" and _spent_on_infinitive_before(tokens, j, idx):
                break  # «назвать не могу защита данных»: the modal's infinitive is before it, the reason after it stands
            if lang == "et" and tok.norm in ("ei", "pole") and _figure_opens_clause(tokens, j, idx, end):
                break  # "tõus ei ole kõigil sama 5,3 protsenti on keskmine": the figure opens a statement of its own
            if tok.norm in before and not (tok.norm == "без" and counted > 0):  # "без" governs the next word
                nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if not_only and tok.norm == not_only[0] and nxt in not_only[1]:
                    return False  # "mitte ainult", "не только"
                return True
            # clause-initial "ära" is a negative imperative ("ära muretse"); elsewhere a particle
            if lang == "et" and tok.norm == "ara" and (j == 0 or is_boundary(tokens[j - 1], lang)):
                return True
            if is_finite(tok.text, lang) and not (j > 0 and tokens[j - 1].norm in before):
                break  # "ei saa see on tema andmete kaitseks": a finite verb of its own starts a new clause
            if tok.norm not in fillers:
                counted += 1
        j -= 1
    if tokens[idx].norm in fillers and (last is None or last == idx):
        return False  # sentence adverbs and pronouns are not what a following "ei" negates
    if last is not None and last != idx and tokens[last].norm in POSTPOSITIONS[lang]:
        return False
    if own_verb and end > idx:
        return False  # "palun ärge sõimake muidu ei saa ...": a later negator has a verb of its own to negate
    counted = 0
    j = end + 1
    while j < len(tokens) and counted < LOOK_AHEAD:
        tok = tokens[j]
        skip = parenthetical_end(tokens, j, lang)
        if skip is not None:
            j = skip + 1  # «пособия на похороны, к сожалению, нет»
            continue
        if is_boundary(tok, lang):
            break
        if (tok.is_word and tok.norm in THAT_CLAUSE.get(lang, ())) or new_subject(tokens, j, idx, end, lang):
            break  # "мне очень жаль что вам не перезвонили", «... другие не подходят», «... pensionikeskus мы этим не
            # занимаемся»: a new clause
        if tok.is_word:
            if tok.norm in POSTPOSITIONS[lang]:
                return False  # "andmekaitse tõttu ei ...": the word belongs to the adverbial
            if tok.norm in after and limit(tokens, j):
                break  # «ответ не позже чем через 30 дней»: a limit, not a denial
            if own_verb and tok.norm not in after and is_verb(tok.text, lang):
                break  # «соболезную вам сообщать не нужно»: the later negator has a verb of its own to negate
            if tok.norm in after:
                nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if nxt in FORBIDS[lang]:
                    return False  # "andmekaitse ei luba Teile öelda": the reason is given, the permission denied
                if lang == "ru" and tok.norm == "не" and constituent_after(tokens, j + 1):
                    return False  # «платят в течение двух рабочих дней не в пятницу»: «не» denies what follows it
                if lang == "ru" and tok.norm in _RU_MODAL_NEG and nxt and is_infinitive_ru(nxt):
                    return False  # «подать заявление нельзя откладывать»: «нельзя» governs its own verb
                if not (not_only and nxt in not_only[1]):
                    return True
            if tok.norm not in fillers:
                counted += 1
        j += 1
    return False


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

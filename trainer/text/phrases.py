"""Phrase matching on inflected, diacritic-less, misspelt and compound word forms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lexicon import (
    MAX_WORD_CHARS,
    PRONOUN_LEMMAS,
    dictionary_lemma,
    dictionary_lemmas,
    first_person,
    is_known,
    is_verb_lemma,
    lemmas,
    low_memory,
    same_person,
    word_forms,
)
from .modal_order import modal_order_variant
from .named import NAMED_READINGS
from .negation import is_abessive, is_negator, negated_tail, negated_token, prohibits
from .normalize import fold, fold_char_aligned, tokenize, tokenize_cached, word_slots
from .phrase_filter import fuzzy_key, text_keys
from .regexsafe import regex_problem
from .spoken import number_words_to_digits

__all__ = ["Match", "PhraseSet", "typo_budget", "is_abessive"]

_SENTENCE_END = frozenset(".!?…")
# Case forms that became words of their own: "tasuta" (free of charge) is not about "tasu",
# "kahjuks" (unfortunately) is not "kahju" (damage, pity); they match only when written so.
_LEXICALISED = frozenset(
    "tasuta asjata viivitamata olenemata soltumata vaatamata hoolimata kahjuks onneks lopuks".split()
)
CASE_ENDINGS = frozenset(
    "d l s st le lt ga ks ni na ta sse i ile ilt is ist iga iks it t".split()  # "SKA-st", "ID-ga"
)
# an abbreviation in capitals with a case ending typed on without the hyphen ("SKAst", "PPAsse", "MTAle")
GLUED_ENDING = re.compile(r"([A-ZÕÄÖÜŠŽ]{2,})([a-zõäöüšž]{1,3})$")
_ET_ENDING = re.compile(
    r"[aeiu]?(?:|d|t|st|le|lt|ga|ks|ni|na|ta|sse|s|l|de|te|sid|dele|del|delt|dest|des|desse|dega|deks)$"
)
_PARENTHETICALS = frozenset("palun muidugi vist ehk kahjuks пожалуйста конечно наверное please".split())
_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_PATTERN_FOLD = str.maketrans("õäöüšžёÕÄÖÜŠŽЁ", "oaouszеOAOUSZЕ")
# Verbs that say the same thing in a phrase: the aspect and prefixed forms of one verb («платят» says
# what «выплачивают» says). Folded lemmas; a phrase word with one of them matches all of them.
_VERB_FAMILIES = {
    "ru": (frozenset("платить заплатить выплачивать выплатить".split()),
           frozenset("платиться выплачиваться".split())),
}
# Estonian verb particles: a particle verb is split by its object or adverbials ("aastad liidetakse Eesti
# staažinõude täitmisel kokku"), so in a phrase "<verb> <particle>" the particle may come later in the clause.
_ET_PARTICLES = frozenset("kokku labi tagasi valja ara juurde edasi ette maha kinni lahti sisse alla jarele umber "
                          "kaasa ligi".split())
_PARTICLE_REACH = 7  # words from the verb to its particle, in one clause
# a limit skipped right before a phrase word makes that word the limit: "saab vahet taotleda kuni rahvapensioni
# määrani" (up to the rate) is no "saab taotleda rahvapensioni" (new-user batch 64 national-pension-chat-et terse)
_LIMITS = {"et": frozenset({"kuni"})}
_MIN_COMPOUND = 5  # a phrase lemma of >= 5 letters may be the tail of a compound
_MIN_HEAD = 3  # ... preceded by >= 3 letters
_CACHE_LIMIT = 50_000


@dataclass(frozen=True)
class Match:
    """A phrase occurrence: offsets into the original text and the quoted words."""

    start: int
    end: int
    quote: str
    phrase: str
    negated: bool = False


def typo_budget(length: int) -> int:
    """Allowed OSA edits for a word of `length` letters: 0 up to 4, 1 for 5-8, 2 for 9+."""
    return 0 if length <= 4 else (1 if length <= 8 else 2)


def _counts(norm: str, lang: str) -> bool:
    """Is a word a number (digits or a cardinal word)?"""
    from .quantities import cardinal  # quantities reads numbers, which reads phrases

    return norm[:1].isdigit() or cardinal(norm, lang) is not None


def _is_measure(word: _Word) -> bool:
    """Is a phrase word a unit of measure (day, month, year, euro, time: "kuu", «месяц», «раз»)?"""
    from .quantities import MEASURES

    return bool(word.lemmas & MEASURES)


@dataclass(frozen=True)
class _Word:
    kind: str  # "lemma" | "exact" | "prefix"
    norm: str
    lemmas: frozenset[str]
    compound: bool
    sources: frozenset[str] = frozenset()  # unfolded dictionary lemmas (for the form index)
    inflects: bool = True  # False: written abessive, matched as typed (plus typos)
    person: str = ""  # "sg"/"pl": a first-person verb ("maksame") matches only the first person
    capitals: bool = False  # written as an abbreviation in capitals ("SKA", "KOV")


# Estonian negative forms of "olema": in a phrase they match only themselves or "ei ole" / "ei olnud"
_ET_NEGATIVE_VERBS = frozenset({"pole", "polnud"})
_ET_NEGATIVE_VARIANTS = ((re.compile(r"\bpole\b", re.IGNORECASE), "ei ole"),
                         (re.compile(r"\bpolnud\b", re.IGNORECASE), "ei olnud"))


def _compile_word(raw: str, lang: str) -> _Word | None:
    if raw.startswith("="):
        norm = fold(raw[1:])
        return _Word("exact", norm, frozenset({norm}), False) if norm else None
    if raw.endswith("*"):
        norm = fold(raw.rstrip("*"))
        return _Word("prefix", norm, frozenset(), False) if norm else None
    norm = fold(raw)
    if not any(ch.isalpha() for ch in norm) or (lang == "et" and norm in _ET_NEGATIVE_VERBS):
        return _Word("exact", norm, frozenset({norm}), False)  # "pole" is not "on" (see _ET_NEGATIVE_VARIANTS)
    if norm in PRONOUN_LEMMAS.get(lang, {}):  # simplemma merges Teie/Teid with sina
        return _Word("lemma", norm, _pronoun_forms(norm, lang) or lemmas(raw, lang), False, inflects=False)
    dict_lemma = dictionary_lemma(raw, lang)
    if dict_lemma is not None:
        found, sources = frozenset({norm, fold(dict_lemma)}), frozenset({dict_lemma})
    else:
        found, sources = lemmas(raw, lang), dictionary_lemmas(raw, lang)
    # a phrase written in the abessive ("toetuseta") must not match the positive word
    if any(is_abessive(norm, lemma, lang) for lemma in found if lemma != norm):
        return _Word("lemma", norm, frozenset({norm}), False, inflects=False)
    for family in _VERB_FAMILIES.get(lang, ()):
        if found & family:
            found = found | family
    main = fold(dict_lemma) if dict_lemma else norm
    compound = lang == "et" and len(main) >= _MIN_COMPOUND and not is_verb_lemma(main)
    return _Word("lemma", norm, found, compound, sources, person=first_person(raw, lang))


# Estonian personal pronouns in the nominative or genitive: before a noun the genitive is a possessive
# ("Teie isale" = to your father), so it is not the pronoun of a phrase written in another case
_ET_NOM_GEN = frozenset("teie te sina sa sinu su mina ma minu mu meie me".split())


def _pronoun_forms(norm: str, lang: str) -> frozenset[str]:
    """The forms a pronoun phrase word matches when it is written in an oblique case: every oblique form
    of the same pronoun, not the nominative/genitive ("jääb teile" matches "jääb Teile", "teil", not "jääb
    aga Teie isale"; "teil on õigus" is not "Teie emal on õigus"). Empty for a nominative or genitive
    phrase word (it keeps its reach: "teie taotlus") and outside Estonian."""
    table = PRONOUN_LEMMAS.get(lang, {})
    if lang != "et" or norm in _ET_NOM_GEN:
        return frozenset()
    lemma = table[norm]
    return frozenset(form for form, lem in table.items() if lem == lemma and form not in _ET_NOM_GEN)


_DIGIT_GROUPS = re.compile(r"(?<![\d,.])\d+(?: \d+)+(?![\d,])")
_SIX_DIGITS = re.compile(r"(?<![\d,.])(\d{3})(\d{3})(?![\d,])")


def _digit_group_variants(phrase: str) -> list[str]:
    """A phone number is written "116 006" or "116006", and a number read out in words becomes joined
    digits: a phrase with digit groups (five digits or more in all) also matches them joined, and a
    six-digit number also matches as two groups of three."""
    if phrase.startswith("re:") or not any(ch.isdigit() for ch in phrase):
        return []
    joined = _DIGIT_GROUPS.sub(lambda m: m.group().replace(" ", "") if len(m.group().replace(" ", "")) >= 5
                               else m.group(), phrase)
    split = _SIX_DIGITS.sub(r"\1 \2", phrase)
    return [v for v in dict.fromkeys((joined, split)) if v != phrase]


_GROUP_NUMBERS = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # backreferences and conditionals count groups


def _alternation(regexes: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One regex that matches wherever one of `regexes` matches (a quick "none of them" test: a set's
    regexes rarely match), or None when they cannot be joined (group numbers would shift)."""
    if len(regexes) < 2 or any(_GROUP_NUMBERS.search(rx.pattern) for rx in regexes):
        return None
    try:
        return re.compile("|".join(f"(?:{rx.pattern})" for rx in regexes), re.IGNORECASE)
    except re.error:  # e.g. one named group in two regexes, or a global flag not at the start
        return None


def _split_phrase(phrase: str) -> list[str]:
    out = []
    for chunk in phrase.split():
        marker = "=" if chunk.startswith("=") else ""
        star = "*" if chunk.endswith("*") else ""
        words = [t.text for t in tokenize(chunk) if t.is_word or t.text[:1].isdigit()]
        out.extend(marker + w + star for w in words)
    return out


class PhraseSet:
    """A set of phrases in one language, matched on inflected forms.

    Phrase syntax:
      - plain words ("isikukood", "tere päevast"): each word matches any inflected form
        (lemma match), diacritics-insensitive; words the dictionary does not know are
        matched typo-tolerantly against the phrase word's forms (OSA 0/1/2 edits for
        <=4 / 5-8 / 9+ letters). Multiword phrases match consecutive words in one
        sentence with at most one extra word in each gap ("kahju seda kuulda"), but none right after a
        negator («не обязательно платить» is not «не платите»).
      - Estonian compounds: a noun phrase word whose lemma has >= 5 letters also matches
        a word ending in one of its forms after >= 3 letters ("pension" ~ "vanaduspensioni").
      - "word*": prefix of the folded surface form; "=word": exact folded surface form.
        Both apply to the word they are attached to, so "=saan aru" is exact "saan" plus
        any form of "aru". "re:<regex>": Python regex over the folded text (case-insensitive;
        õäöüšž in the pattern are folded too). "@name": a reading of trainer.text (`named.NAMED_READINGS`,
        "@ending_warning"), matched as a regex; none in a language it has no pattern for.
      - Hyphenated words also match with a space ("ID-kaart" ~ "id kaardiga"); "SKA-st"
        matches "SKA". Personal pronouns keep Te/Teie and sina/sa apart.
      - Abessive forms ("toetuseta") match as negated; lexicalised forms ("tasuta",
        "kahjuks") never match "tasu"/"kahju".
      - Negation: `Match.negated` is set when a negator precedes the match or follows it
        closely in the same clause (see `is_negated`); negators inside the phrase itself
        ("see pole minu asi") do not count. A regex match that runs over a comma or a dash is also negated
        by a negator after its last clause («заявление – к нам подавать не нужно», `negated_tail`).
    """

    def __init__(self, phrases: Iterable[str], lang: str):
        if isinstance(phrases, str):
            phrases = [phrases]
        # YAML may give numbers ("16106"); blank entries are ignored
        self._phrases = tuple(str(p) for p in phrases if p is not None and str(p).strip())
        self.lang = lang
        self._regexes: list[tuple[int, re.Pattern[str]]] = []
        self._words: list[list[_Word]] = []
        self._by_lemma: dict[str, list[tuple[int, int]]] = {}
        self._prefixes: list[tuple[str, int, int]] = []
        self._by_form: dict[str, list[tuple[int, int]]] = {}  # forms of compound-capable words
        self._fuzzy_forms: list[str] = []
        self._fuzzy_owner: list[list[tuple[int, int]]] = []
        self._cache: dict[str, tuple[tuple[int, int, bool], ...]] = {}
        self._found: dict[str, tuple[Match, ...]] = {}  # find_all per text: a pure function of the text
        self._owner: list[int] = []  # pattern index -> phrase index
        # what a token must hit for some phrase to start there (see phrase_filter): keys and prefixes
        self._first_keys: set[str] = set()
        self._first_prefixes: list[str] = []
        fuzzy_index: dict[str, list[tuple[int, int]]] = {}
        for phrase_index, phrase in enumerate(self._phrases):
            if phrase.startswith("@"):
                named = NAMED_READINGS.get(phrase[1:])
                if named is None:
                    raise ValueError(f"unknown named reading {phrase!r} (known: {sorted(NAMED_READINGS)})")
                if lang in named:
                    self._regexes.append((len(self._words), re.compile(named[lang].pattern, re.IGNORECASE)))
                    self._words.append([])
                    self._owner.append(phrase_index)
                continue
            if phrase.startswith("re:"):
                pattern = phrase[3:].translate(_PATTERN_FOLD)  # text is folded, so fold the letters
                problem = regex_problem(phrase[3:])  # invalid, or could backtrack exponentially
                if problem:
                    raise ValueError(f"invalid regex phrase {phrase!r}: {problem}")
                compiled = re.compile(pattern, re.IGNORECASE)
                self._regexes.append((len(self._words), compiled))
                self._words.append([])
                self._owner.append(phrase_index)
                continue
            variants = [phrase]
            spaced = _HYPHEN_IN_WORD.sub(" ", phrase)  # "ID-kaart" also as "ID kaart"
            if spaced != phrase:
                variants.append(spaced)
            if lang == "et":
                for pattern, spelled in _ET_NEGATIVE_VARIANTS:
                    if pattern.search(phrase):
                        variants.append(pattern.sub(spelled, phrase))  # "mul pole aega" ~ "mul ei ole aega"
            reordered = modal_order_variant(phrase, lang)  # «не нужно подавать» ~ «подавать не нужно»
            if reordered is not None:
                variants.append(reordered)
            read = number_words_to_digits(phrase)  # "kümne tööpäeva" as the reply is read: "10 tööpäeva"
            if read != phrase:
                variants.append(read)
            variants += _digit_group_variants(read)
            for variant in variants:
                pi = len(self._words)
                self._owner.append(phrase_index)
                words = [replace(w, capitals=True) if r.isupper() and len(r) >= 2 else w
                         for r, w in ((r, _compile_word(r, lang)) for r in _split_phrase(variant)) if w]
                self._words.append(words)
                self._index_words(pi, words, fuzzy_index)
        self._fuzzy_forms = list(fuzzy_index)
        self._fuzzy_owner = [fuzzy_index[f] for f in self._fuzzy_forms]
        self._first_key_set = frozenset(self._first_keys)
        self._first_prefix_tuple = tuple(self._first_prefixes)
        self._any_regex = _alternation([rx for _, rx in self._regexes])
        self._regex_indexes = frozenset(pi for pi, _ in self._regexes)

    def _index_words(self, pi: int, words: list[_Word], fuzzy_index: dict) -> None:
        for wi, word in enumerate(words):
            key = (pi, wi)
            if word.kind == "prefix":
                self._prefixes.append((word.norm, pi, wi))
                if wi == 0:
                    self._first_prefixes.append(word.norm)
                continue
            for lemma in word.lemmas:
                self._by_lemma.setdefault(lemma, []).append(key)
            if wi == 0:
                self._first_keys |= word.lemmas
            if word.kind != "lemma":
                continue
            forms = set(word.lemmas)
            if word.inflects:
                for lemma in word.sources:
                    forms |= word_forms(lemma, self.lang)
            for form in forms:
                if len(form) >= 4:
                    fuzzy_index.setdefault(form, []).append(key)
                    if word.compound:
                        self._by_form.setdefault(form, []).append(key)
            if wi == 0:  # a compound's tail may be any form; a typo matches a form or (low memory) a lemma
                if word.compound:
                    self._first_keys |= {form for form in forms if len(form) >= 4}
                self._first_keys |= {fuzzy_key(form[0]) for form in forms | word.lemmas if form}

    @property
    def phrases(self) -> tuple[str, ...]:
        """The phrases as written by the author."""
        return self._phrases

    def __len__(self) -> int:
        return len(self._phrases)

    def __bool__(self) -> bool:
        return bool(self._phrases)

    def __repr__(self) -> str:
        return f"PhraseSet({list(self._phrases)!r}, {self.lang!r})"

    # -- per-token analysis -------------------------------------------------
    def _hits(self, surface: str) -> tuple[tuple[int, int, bool], ...]:
        """(phrase index, word index, abessive) for every phrase word this token matches."""
        cached = self._cache.get(surface)
        if cached is not None:
            return cached
        lang, norm = self.lang, fold(surface)
        found: dict[tuple[int, int], bool] = {}
        if surface[:1].isdigit():
            for key in self._by_lemma.get(norm, ()):
                found[key] = False
        else:
            variants = [surface]
            if "-" in surface:
                head, _, tail = surface.rpartition("-")
                if fold(tail) in CASE_ENDINGS:
                    variants.append(head)  # "SKA-st"
                elif len(tail) >= 3:
                    variants.append(tail)  # "e-teenindus"
            else:
                glued = GLUED_ENDING.match(surface)
                if glued is not None and fold(glued.group(2)) in CASE_ENDINGS:
                    variants.append(glued.group(1))  # "SKAst", "PPAsse": the hyphen left out (new-user batch 43)
                elif lang == "et" and surface.islower() and len(surface) <= 8 and not is_known(surface, lang):
                    # all lowercase too ("tiina skast", "ppasse"; new-user batch 44): only as an abbreviation
                    abbreviations = [surface[:-k] for k in (3, 2, 1) if len(surface) - k in (2, 3, 4)
                                     and fold(surface[-k:]) in CASE_ENDINGS]
                    variants.extend(abbreviations)
            for variant in variants:
                cands = lemmas(variant, lang)
                for lemma in cands:
                    for key in self._by_lemma.get(lemma, ()):
                        word = self._words[key[0]][key[1]]
                        if word.kind == "exact" and fold(variant) != word.norm:
                            continue
                        if variant is not surface and surface.islower() and "-" not in surface \
                                and not GLUED_ENDING.match(surface) and not word.capitals:
                            continue  # a lowercase stem cut off is read only as an abbreviation in capitals
                        if norm == word.norm or key in found:
                            found[key] = found.get(key, False)
                            continue
                        if norm in _LEXICALISED:
                            continue
                        found[key] = is_abessive(norm, lemma, lang)
                if lang == "et" and self._by_form and len(variant) <= MAX_WORD_CHARS:
                    self._compound_hits(fold(variant), cands, found)
            if (not found and 5 <= len(norm) <= MAX_WORD_CHARS and not is_known(surface, lang)
                    and self._fuzzy_forms):
                self._fuzzy_hits(norm, found)
        for prefix, pi, wi in self._prefixes:
            if norm.startswith(prefix):
                found[(pi, wi)] = False
        for key in [k for k in found if self._words[k[0]][k[1]].person]:
            if not same_person(surface, self._words[key[0]][key[1]].person, lang):
                del found[key]  # "Soome pensioni üle otsustame" is not "... otsustab Soome asutus"
        result = tuple((pi, wi, neg) for (pi, wi), neg in found.items())
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[surface] = result
        return result

    def _compound_hits(self, norm: str, cands: frozenset[str], found: dict) -> None:
        for i in range(_MIN_HEAD, len(norm) - 3):
            for key in self._by_form.get(norm[i:], ()):
                found.setdefault(key, is_abessive(norm[i:], self._words[key[0]][key[1]].norm, self.lang))
        for cand in cands:
            for i in range(_MIN_HEAD, len(cand) - _MIN_COMPOUND + 1):
                for key in self._by_lemma.get(cand[i:], ()):
                    if self._words[key[0]][key[1]].compound:
                        found.setdefault(key, False)

    def _fuzzy_hits(self, norm: str, found: dict) -> None:
        for form, dist, idx in process.extract(
            norm, self._fuzzy_forms, scorer=OSA.distance, score_cutoff=2, limit=5
        ):
            if dist <= typo_budget(min(len(form), len(norm))) and form[0] == norm[0]:
                for key in self._fuzzy_owner[idx]:
                    found.setdefault(key, False)
        if not found and low_memory():
            # no forms index: a misspelt stem plus an ending of <= 4 letters ("penssioni")
            for pi, words in enumerate(self._words):
                for wi, word in enumerate(words):
                    if word.kind != "lemma" or not word.inflects:
                        continue
                    for lemma in word.lemmas:
                        budget = typo_budget(len(lemma))
                        if budget and norm[0] == lemma[0] and any(
                            OSA.distance(norm[:cut], lemma, score_cutoff=budget) <= budget
                            and (self.lang != "et" or _ET_ENDING.match(norm[cut:]))
                            for cut in range(max(len(lemma) - 1, len(norm) - 4), min(len(norm), len(lemma) + 2) + 1)
                        ):
                            found.setdefault((pi, wi), False)

    # -- matching -------------------------------------------------------------
    def find_all(self, text: str) -> list[Match]:
        """All non-overlapping matches in `text`, in order, each with its negation flag."""
        if not self._phrases or not text:
            return []
        found = self._found.get(text)
        if found is None:
            if len(self._found) > _CACHE_LIMIT:
                self._found.clear()
            words = self._may_start(text)
            found = self._found[text] = tuple(self._find_all(text, words)) if words or self._regexes else ()
        return list(found)

    def _may_start(self, text: str) -> bool:
        """Could some token of `text` hit a phrase's first word? False is sure (see phrase_filter)."""
        keys = text_keys(text, self.lang)
        return not self._first_key_set.isdisjoint(keys.keys) or bool(
            self._first_prefix_tuple and any(n.startswith(self._first_prefix_tuple) for n in keys.norms))

    def _find_all(self, text: str, words: bool = True) -> list[Match]:
        tokens = tokenize_cached(text)
        # without a possible first word only the regexes can match: no token needs its hits
        cands = self._word_candidates(text, tokens) if words else []
        folded = fold_char_aligned(text) if self._regexes else ""
        if self._regexes and (self._any_regex is None or self._any_regex.search(folded)):
            for pi, rx in self._regexes:
                for m in rx.finditer(folded):
                    if m.end() > m.start():
                        first = next((i for i, t in enumerate(tokens) if t.end > m.start()), 0)
                        last = next((i for i in range(first, len(tokens)) if tokens[i].end >= m.end()), first)
                        cands.append((m.start(), m.end(), pi, first, last, False))
        if not cands:
            return []
        # at one span, a phrase that says its negator ("не могу ни подтвердить") wins over one reading that word as
        # a negator in its gap ("не могу [ни] подтвердить"): the literal phrase is what was said (batch 20)
        cands.sort(key=lambda c: (c[0], c[0] - c[1], c[5], self._owner[c[2]]))
        out: list[Match] = []
        pos = 0
        for k, (start, end, pi, first, last, neg) in enumerate(cands):
            if start < pos:
                continue
            neg = self._negated(tokens, first, last, pi, neg)
            if neg and not cands[k][5]:
                # a longer reading running on into a denied clause («войти через интернет-банк, а по паролю
                # нельзя») leaves a shorter reading from the same word that the denial does not reach standing
                # only across a clause break: «банк или по паролю нельзя» denies both
                shorter = next((c for c in cands[k + 1:] if c[0] == start and c[1] < end and not c[5]
                                and any(ch in ",;:–—" for ch in text[c[1]:end])
                                and not self._negated(tokens, c[3], c[4], c[2], False)), None)
                if shorter is not None:
                    start, end, pi, first, last, neg = shorter[:5] + (False,)
            out.append(Match(start, end, text[start:end], self._phrases[self._owner[pi]], neg))
            pos = end
        return out

    def _negated(self, tokens, first: int, last: int, pi: int, neg: bool) -> bool:
        """Is the candidate tokens[first..last] of phrase `pi` negated? Negators inside the phrase ("see pole minu
        asi") are part of it: look before and after; a regex running over a clause break by its last clause too."""
        neg = neg or (bool(tokens) and negated_token(tokens, first, self.lang, last))
        if not neg and tokens and pi in self._regex_indexes:
            neg = negated_tail(tokens, first, last, self.lang)  # «…, к нам подавать не нужно»
        return neg

    def _word_candidates(self, text: str, tokens) -> list[tuple[int, int, int, int, int, bool]]:
        """(start, end, pattern, first token, last token, negated) of every word phrase matched from some token."""
        slots, sent, clause = word_slots(text)
        hits = [self._hits(tokens[i].text) for i in slots]
        slot_norms = [tokens[i].norm for i in slots]
        cands = []
        for k, token_hits in enumerate(hits):
            for pi, wi, neg in token_hits:
                if wi != 0:
                    continue
                end_k, negated = self._extend(pi, k, hits, sent, clause, slot_norms, neg)
                if end_k is not None:
                    cands.append((tokens[slots[k]].start, tokens[slots[end_k]].end, pi, slots[k], slots[end_k],
                                  negated))
        return cands

    def _extend(self, pi: int, k: int, hits: list, sent: tuple[int, ...], clause: tuple[int, ...],
                slot_norms: list[str], neg: bool) -> tuple[int | None, bool]:
        """Match the phrase's remaining words after slot k; an extra word may be skipped
        between two phrase words inside one clause, or across commas only when it is a
        parenthetical ("Öelge, palun, oma isikukood", "Подтвердите, пожалуйста, Ваш код")."""
        words = self._words[pi]
        pos = k
        for wi in range(1, len(words)):
            steps = range(1, _PARTICLE_REACH + 1) if self._particle_of_verb(words, wi) else (1, 2)
            for step in steps:
                nxt = pos + step
                if nxt >= len(hits) or sent[nxt] != sent[k]:
                    return None, neg
                if step == 2 and clause[nxt] != clause[pos] and slot_norms[pos + 1] not in _PARENTHETICALS:
                    return None, neg  # "Это не ко мне, мы ..." is not "это не к нам"
                if step > 2 and clause[nxt] != clause[pos]:
                    return None, neg  # a particle belongs to the verb of its own clause
                if step == 2 and is_negator(words[wi - 1].norm, self.lang):
                    return None, neg  # «не обязательно платить» is not «не платите»: "не" negates the word between
                if step >= 2 and slot_norms[nxt - 1] in _LIMITS.get(self.lang, ()):
                    continue  # "kuni rahvapensioni" is a limit, not the phrase's "rahvapensioni"
                if step >= 2 and _is_measure(words[wi]) and any(
                        _counts(slot_norms[g], self.lang) for g in range(pos + 1, nxt)):
                    continue  # «раз в три месяца» is not «раз в месяц»: a number skipped before a unit changes it
                hit = next((h for h in hits[nxt] if h[0] == pi and h[1] == wi), None)
                if hit is not None:
                    # a negator skipped in the gap negates the match («пенсию не платят»), and so does "ära" right
                    # before the phrase's imperative ("tema eest alla ära kirjutage", new-user batch 31)
                    pos, neg = nxt, neg or hit[2] or (step >= 2 and (any(
                        is_negator(slot_norms[g], self.lang) for g in range(pos + 1, nxt))
                        or prohibits(slot_norms[nxt - 1], slot_norms[nxt], self.lang)))
                    break
            else:
                return None, neg
        return pos, neg

    def _particle_of_verb(self, words: list[_Word], wi: int) -> bool:
        """Is phrase word wi an Estonian verb particle right after a verb ("liidetakse kokku")?"""
        prev = words[wi - 1]
        return self.lang == "et" and words[wi].norm in _ET_PARTICLES and prev.kind == "lemma" \
            and any(is_verb_lemma(lemma) for lemma in prev.lemmas if lemma != prev.norm)

    def find(self, text: str) -> Match | None:
        """First non-negated match, else the first (negated) match, else None."""
        matches = self.find_all(text)
        return next((m for m in matches if not m.negated), matches[0] if matches else None)

    def matches(self, text: str) -> bool:
        """True if some phrase occurs in `text` not under negation."""
        return any(not m.negated for m in self.find_all(text))

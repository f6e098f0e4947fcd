"""Normalisation of real input (fast typing, speech-recognition transcripts) before any check.

`normalize_input(text)` returns a :class:`Normalized` text for the checks plus a character map back to
the original, so evidence still quotes what the person wrote or said:

- fillers and hesitations are dropped ("ee", "öö", "mhm", "nii-öelda"; "ну", "вот", "эээ");
- a word repeated at once is dropped ("ma ma ütlen", "я я думаю"); digits are never collapsed;
- emoji are dropped from the text and kept in `Normalized.emoji` (a sarcasm cue for courtesy);
- numbers in words become digits, in Estonian and Russian: cardinals ("kuussada nelikümmend viis"
  -> "645", «девятьсот восемьдесят» -> "980"), amounts with cents keep their words ("kaheksasada
  kaksteist eurot ja kuuskümmend kolm senti" -> "812 eurot ja 63 senti", which `find_numbers` reads as
  812.63), decimals with "koma"/«запятая», and codes read out digit by digit or in groups ("kolm
  kaheksa null üks ...", «три девять ноль один ...», "kolmsada seitsekümmend kuus null viis ...")
  become one digit string. Ordinal words and dates ("viiendal aprillil", «пятого апреля») are left as
  they are: `find_numbers` reads them, and a cardinal right before an ordinal ("kahekümne viiendal")
  stays a word so that the date is not broken;
- speech without any sentence punctuation gets a sentence break before a question opener ("... selge
  et kas see on teie enda toetuse kohta" -> "... selge. et kas ..."), so questions are found per
  sentence.

Case and diacritics need no rewriting: every matcher folds them (`fold`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import fold, tokenize_cached
from .questions import TAG_ENDS, tag_closes_question

__all__ = ["Normalized", "normalize_input", "number_words", "FILLERS"]

# Fillers per language (folded surface forms). "так", "значит", "nagu" carry meaning too often to drop.
FILLERS = {
    "et": frozenset("ee eee eeee ee-ee oo ooo oooo oo-oo aa aaa mhm mhmh mhm-mhm mm mmm hmm hm ahh ehh "
                    "noh nii-oelda nii-utelda".split()),
    "ru": frozenset("э ээ эээ ээээ эм эмм м мм ммм хм хмм ну вот".split()),
}
_FILLER_PAIRS = {("nii", "oelda"), ("nii", "utelda")}
_ALL_FILLERS = FILLERS["et"] | FILLERS["ru"]

# -- numbers in words ---------------------------------------------------------------------
_ET_UNITS = {"null": 0, "uks": 1, "kaks": 2, "kolm": 3, "neli": 4, "viis": 5, "kuus": 6, "seitse": 7,
             "kaheksa": 8, "uheksa": 9}
_ET_UNIT_GEN = {"uhe": 1, "kahe": 2, "kolme": 3, "nelja": 4, "viie": 5, "kuue": 6, "seitsme": 7,
                "kaheksa": 8, "uheksa": 9}
_RU_UNITS = {"ноль": 0, "нуль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3,
             "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9}
_RU_TEENS = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
             "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
_RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
            "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
_RU_HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
                "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
_RU_THOUSAND = frozenset("тысяча тысячи тысяч тысячу".split())
_DECIMAL_WORDS = frozenset("koma запятая".split())

# slot of a number word inside one number: 1 units/teens, 2 tens, 3 hundreds, 4 thousands (multiplier)


def _number_lexicon() -> dict[str, tuple[int, int]]:
    lex: dict[str, tuple[int, int]] = {}
    for forms in (_ET_UNITS, _ET_UNIT_GEN):
        for word, n in forms.items():
            lex.setdefault(word, (n, 1))
            if n:
                lex[word + "teist"] = (10 + n, 1)
                lex[word + "teistkumne"] = (10 + n, 1)
    for word, n in _ET_UNITS.items():
        if n >= 2:
            lex[word + "kummend"] = (10 * n, 2)
            lex[word + "sada"] = (100 * n, 3)
            lex[word + "tuhat"] = (1000 * n, 4)
    for word, n in _ET_UNIT_GEN.items():
        if n >= 2:
            lex[word + "kumne"] = (10 * n, 2)
            lex[word + "saja"] = (100 * n, 3)
            lex[word + "tuhande"] = (1000 * n, 4)
    lex.update({"kumme": (10, 1), "kumne": (10, 1), "sada": (100, 3), "saja": (100, 3), "tuhat": (1000, 4),
                "tuhande": (1000, 4)})
    for forms, slot in ((_RU_UNITS, 1), (_RU_TEENS, 1), (_RU_TENS, 2), (_RU_HUNDREDS, 3)):
        for word, n in forms.items():
            lex[fold(word)] = (n, slot)
    for word in _RU_THOUSAND:
        lex[word] = (1000, 4)
    return lex


_NUMBER_WORDS = _number_lexicon()
_NUMBER_HINT = re.compile(
    r"null|[uü]ks|kaks|kolm|neli|viis|kuus|seitse|kaheksa|[uü]heksa|k[uü]mme|k[uü]mne|sada|saja|tuhat|tuhande|"
    r"[uü]he|kahe|kolme|nelja|viie|kuue|seitsme|"
    r"ноль|нуль|один|одна|одно|два|две|три|четыр|пят|шест|семь|восем|девят|десят|сорок|сто|двести|ста|сот|тысяч",
    re.IGNORECASE,
)


def _read_run(values: list[tuple[int, int]]) -> list[str]:
    """Chunks of one run of number words: each chunk is one number ("kuussada nelikümmend viis" = [645]);
    a word that cannot continue the number (a unit after a unit, "null") starts a new chunk."""
    chunks: list[str] = []
    total, thousands, last_slot, open_chunk = 0, 0, 9, False
    for value, slot in values:
        if slot == 4 and value == 1000 and open_chunk and not thousands and 0 < total < 1000:
            thousands, total, last_slot = total * 1000, 0, 4  # "kaks tuhat", "две тысячи"
            continue
        if open_chunk and value and slot < last_slot and not (slot == 1 and value >= 10 and last_slot == 2):
            total += value
            last_slot = slot
            continue
        if open_chunk:
            chunks.append(str(thousands + total))
        if slot == 4:
            thousands, total = value, 0
        else:
            thousands, total = 0, value
        last_slot, open_chunk = (0 if value == 0 else slot), True
    if open_chunk:
        chunks.append(str(thousands + total))
    return chunks


def number_words(words: list[str]) -> str | None:
    """Digits for a run of number words (folded), or None if a word is not a number word.

    One number: "645". Several numbers read one after another (a code, a phone number): their digits
    joined ("3 8 0 1 ..." -> "3801..."; "376 0 5 0 3 ..." -> "37605030...") when they make 5 or more
    digits, else the numbers separated by spaces ("2 3").
    """
    values = []
    for w in words:
        entry = _NUMBER_WORDS.get(w)
        if entry is None:
            return None
        values.append(entry)
    chunks = _read_run(values)
    if len(chunks) == 1:
        return chunks[0]
    joined = "".join(chunks)
    return joined if len(joined) >= 5 else " ".join(chunks)


# -- emoji --------------------------------------------------------------------------------
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]|(?<![\\w:])[:;]-?[()DPp/\\\\|](?![\\w])"
)

# -- sentence breaks in unpunctuated speech --------------------------------------------------
_SENTENCE_PUNCT = re.compile(r"[.!?…]")
_QUESTION_OPENERS = {"kas", "скажите", "подскажите", "уточните"}
_OPENER_PAIRS = {("ehk", "siis"), ("ehk", "te"), ("то", "есть"), ("правильно", "ли"), ("правильно", "я"),
                 ("верно", "ли")}
_BREAK_LEADS = {"et", "aga", "ja", "ning", "no", "siis", "а", "и"}
_NO_BREAK_AFTER = {"ei", "tea", "teada", "kusida", "kusin", "kusite", "kusis", "uurida", "uurin", "vaatan",
                   "vaadata", "kontrollin", "kontrollida", "mote",
                   # "ka seda kas raha tuli": a demonstrative before it announces an embedded question (not
                   # "öelda": "... ei saa ma seda öelda Kas see on arusaadav" asks)
                   "seda", "sellest", "selles"}


@dataclass(frozen=True)
class Normalized:
    """Normalised text with a map back to the original: `starts[i]`/`ends[i]` are the original offsets
    of the piece that normalised character i came from."""

    text: str
    original: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    emoji: tuple[str, ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if not self.text or end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        start = min(start, len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]

    def quote(self, start: int, end: int) -> str:
        """The original words behind the normalised span [start, end)."""
        a, b = self.span(start, end)
        return self.original[a:b].strip()


def _emoji_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _EMOJI.finditer(text)]


@lru_cache(maxsize=20_000)
def normalize_input(text: str) -> Normalized:
    """Normalise one message (see the module doc). Deterministic and cached; offsets map back."""
    pieces: list[tuple[str, int, int]] = []  # (normalised text, original start, original end)
    emoji = _emoji_spans(text)
    drop: set[int] = set()  # token indexes to drop
    replace: dict[int, tuple[int, str]] = {}  # first token index -> (last token index, replacement)
    tokens = tokenize_cached(text)
    words = [i for i, t in enumerate(tokens) if t.is_word or t.text[:1].isdigit()]
    norms = {i: tokens[i].norm for i in words}

    # numbers in words
    if _NUMBER_HINT.search(text):
        k = 0
        while k < len(words):
            i = words[k]
            if norms[i] not in _NUMBER_WORDS:
                k += 1
                continue
            j = k
            while True:
                if j + 1 < len(words) and norms[words[j + 1]] in _NUMBER_WORDS \
                        and _adjacent(text, tokens[words[j]].end, tokens[words[j + 1]].start):
                    j += 1
                elif j + 2 < len(words) and norms[words[j + 1]] in _ALL_FILLERS \
                        and norms[words[j + 2]] in _NUMBER_WORDS \
                        and _adjacent(text, tokens[words[j]].end, tokens[words[j + 1]].start) \
                        and _adjacent(text, tokens[words[j + 1]].end, tokens[words[j + 2]].start):
                    j += 2  # a hesitation inside a code read out: "neli mhm neli üheksa null ..."
                else:
                    break
            run = [norms[words[x]] for x in range(k, j + 1) if norms[words[x]] not in _ALL_FILLERS]
            digits = number_words(run)
            nxt = tokens[words[j + 1]] if j + 1 < len(words) else None
            if digits is not None and not (nxt is not None and _is_ordinal(nxt)) \
                    and (len(run) > 1 or _NUMBER_WORDS[run[0]][0] >= 10 or _unit_follows(nxt)):
                replace[i] = (words[j], digits)
            k = j + 1
        # "812 koma 4" -> "812,4"
        for k in range(1, len(words) - 1):
            i = words[k]
            if norms[i] in _DECIMAL_WORDS:
                before = next((a for a, (b, _) in replace.items() if b == words[k - 1]), None)
                if before is not None and words[k + 1] in replace:
                    last, frac = replace.pop(words[k + 1])
                    b_last, whole = replace[before]
                    replace[before] = (last, f"{whole},{frac}")

    covered = {x for first, (last, _) in replace.items() for x in range(first, last + 1)}
    prev_word: str | None = None
    for n, i in enumerate(words):
        if i in covered:
            prev_word = None
            continue
        norm = norms[i]
        if norm in _ALL_FILLERS:
            drop.add(i)
            continue
        if n + 1 < len(words) and (norm, norms[words[n + 1]]) in _FILLER_PAIRS:
            drop.update({i, words[n + 1]})
            continue
        if prev_word is not None and norm == prev_word and not norm[:1].isdigit() \
                and all(not tokens[x].is_word and tokens[x].text in ",-" for x in range(words[n - 1] + 1, i)):
            drop.add(i)
            continue
        if i not in drop:
            prev_word = norm

    # a comma right after a dropped filler goes too ("ну, ..."); emoji inside tokens are dropped below
    for i in sorted(drop):
        if i + 1 < len(tokens) and tokens[i + 1].text == "," and i + 1 not in covered:
            drop.add(i + 1)

    breaks = _speech_breaks(text, tokens, words, norms, drop) if not _SENTENCE_PUNCT.search(text) else set()

    pos = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i in replace:
            last, digits = replace[i]
            _copy(text, pos, tok.start, emoji, pieces)
            pieces.append((digits, tok.start, tokens[last].end))
            pos = tokens[last].end
            i = last + 1
            continue
        if i in drop:
            _copy(text, pos, tok.start, emoji, pieces)
            pos = tok.end
            # swallow the space after a dropped token
            while pos < len(text) and text[pos] == " ":
                pos += 1
        elif i in breaks:
            # a full stop after the previous word, zero-width in the original
            prev_end = max((tokens[x].end for x in words if x < i and x not in drop), default=pos)
            if prev_end >= pos:
                _copy(text, pos, prev_end, emoji, pieces)
                pos = prev_end
            pieces.append(("." if pos < len(text) and text[pos] == " " else ". ", pos, pos))
        i += 1
    _copy(text, pos, len(text), emoji, pieces)

    out, starts, ends = [], [], []
    for chunk, a, b in pieces:
        if not chunk:
            continue
        out.append(chunk)
        if b - a == len(chunk):
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            starts.extend([a] * len(chunk))
            ends.extend([b] * len(chunk))
    joined = "".join(out)
    # collapse runs of spaces left by dropped words (keep the map of the first space)
    if "  " in joined:
        keep = [k for k in range(len(joined)) if not (joined[k] == " " and k and joined[k - 1] == " ")]
        joined = "".join(joined[k] for k in keep)
        starts = [starts[k] for k in keep]
        ends = [ends[k] for k in keep]
    return Normalized(joined, text, tuple(starts), tuple(ends), tuple(text[a:b] for a, b in emoji))


def _copy(text: str, a: int, b: int, emoji: list[tuple[int, int]], pieces: list) -> None:
    """Copy text[a:b] into the pieces, leaving out emoji."""
    for ea, eb in emoji:
        if eb <= a or ea >= b:
            continue
        if ea > a:
            pieces.append((text[a:ea], a, ea))
        a = max(a, eb)
    if b > a:
        pieces.append((text[a:b], a, b))


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only spaces (or a comma/dash of a read-out code) between two number words."""
    gap = text[end:start]
    return gap.strip(" ,-\u00a0") == "" and "\n" not in gap


def _is_ordinal(token) -> bool:
    from .numbers import _ordinal_word

    return token.is_word and _ordinal_word(token) is not None


_UNIT_WORDS = frozenset("eurot euro eurost euroga eur евро евр sent senti senti цент цента центов".split())


def _unit_follows(token) -> bool:
    return token is not None and token.norm in _UNIT_WORDS


def _speech_breaks(text: str, tokens, words: list[int], norms: dict[int, str], drop: set[int]) -> set[int]:
    """Token indexes before which unpunctuated speech gets a sentence break (not right after "ei tea",
    «понимаю», "küsisin": an embedded question):

    - a question opener ("kas", «скажите», «правильно ли»; "et kas ..." breaks before "et");
    - an interrogative asking the partner ("kuidas saan ...", "mida te ...", «чем могу ...», «как вы ...»);
    - a capitalised word after a lower-case one that opens sentences: an Estonian interrogative or
      discourse opener ("Mis", "Kokkuvõtteks", "Aitäh"), or any Russian word that is no name, place or
      polite pronoun («Итак», «Спасибо», «Чем»);
    - Russian «вы» starting a new statement or question after a word that does not govern it
      («Поздравляю Вы мама ребёнка», «получилось Вы получаете ...»; not «если вы», «могли бы Вы»)."""
    kept = [i for i in words if i not in drop]
    if len(kept) < 3:
        return set()
    short = len(kept) < 6  # a short message breaks only before a capitalised opener ("Да какая разница До свидания")
    out = set()
    clause = 0  # where the current sentence starts (index into kept)
    for n, i in enumerate(kept):
        if n == 0:
            continue
        last = norms[kept[n - 1]]
        if last in TAG_ENDS and n - clause >= 4 and tag_closes_question(
                [norms[k] for k in kept[clause:n]], norms[i], "ru" if "\u0400" <= last[:1] <= "\u04ff" else "et"):
            out.add(i)  # "te küsite pensioni kohta eks | ma vaatan ...": the tag closed a question
            clause = n
            continue
        if short:
            if _capital_opener(tokens[i].text, tokens[kept[n - 1]].text, n == 1):
                out.add(i)
                clause = n
            continue
        norm = norms[i]
        nxt = norms[kept[n + 1]] if n + 1 < len(kept) else None
        li = nxt in ("ли", "ль")  # «ответила ли я ...» opens a question
        prev = norms[kept[n - 1]]
        asking = norm in _ASKING and nxt in _ASKED
        if norm in _QUESTION_OPENERS or (norm, nxt) in _OPENER_PAIRS or li or asking:
            first = n - 1 if prev in _BREAK_LEADS else n
            if first == 0 or norms[kept[first - 1]] in _NO_BREAK_AFTER \
                    or (asking and first > 1 and norms[kept[first - 2]] in _NO_BREAK_AFTER):
                continue  # "vaatan kohe kus Teie kiri on": an embedded question
            out.add(kept[first])
            clause = first
        elif _capital_opener(tokens[i].text, tokens[kept[n - 1]].text, n == 1):
            out.add(i)
            clause = n
        elif nxt is not None and prev not in _NOT_BEFORE_YOU and (
                norm == "вы" or (norm in _RU_POLITE and _is_name(tokens[kept[n - 1]].text))):
            out.add(i)  # «... получилось Вы получаете ...», «меня зовут Ольга Вам нужна справка ...»
            clause = n
    return out


# interrogatives that ask the partner when an addressee or a modal follows ("kuidas saan", «чем могу»)
_ASKING = frozenset("""kuidas mis mida millega millest mille millal miks kus kuhu kust mitu milline millist
    millised чем когда где куда сколько почему зачем какой какая какое какие каким какую""".split())
_ASKED = frozenset("""te teie teil teile teid saan saaksin voin voiksin soovite saate oleks
    вы вас вам ваш ваша ваше ваши могу можем я мне у""".split())
_ET_CAPITAL_OPENERS = frozenset("""kas mis mida mille millega millest millal miks kuidas kus kuhu kust kes keda
    kellele mitu milline millist millised nii niisiis seega kokkuvotteks kokkuvottes tahendab ehk aitah tanan
    palun vabandust vabandage selge jah muidugi kahjuks kui moistan arge ma mina me meie meil meile mul minu
    see seda need nad tema ta praegu nuud tana homme""".split())
_RU_POLITE = frozenset("вы вас вам вами ваш ваша ваше ваши вашего вашей вашему вашим вашу ваших вашими".split())
# words after which «вы» continues the sentence: conjunctions, prepositions, particles, modals, verbs of
# knowing and saying
_NOT_BEFORE_YOU = frozenset("""что чтобы если когда как то и а но или ли бы же тогда где куда пока раз
    потому поэтому так также тоже уже ещё еще может можете могли могу можно нужно надо ведь вот именно
    разве неужели для у от к с о об по при до без после перед через за на в из знаю слышу
    думаю надеюсь считаю прошу сказали говорите спасибо благодарю да нет""".split())
_NO_BREAK_AFTER |= frozenset("""понимаю понимаем знаю знаем вижу слышу объясню расскажу уточню посмотрю
    проверю спросили спрашиваете интересует сказали узнать знать понять представляю""".split())


def _is_person(word: str) -> bool:
    """A first name or a Russian surname («Смирновой»): a sentence may end with it."""
    from .names import is_first_name, is_surname

    return is_first_name(word) or is_surname(word)


def _is_name(word: str) -> bool:
    from .names import is_first_name

    return word[:1].isupper() and is_first_name(word)


def _capital_opener(word: str, previous: str, first: bool = False) -> bool:
    """A capitalised word after a lower-case one (or after the message's first word, `first`: "Понимаю
    Тогда ...", or after a person's name: «... с Ириной Смирновой Вижу решение») that opens a sentence
    (see `_speech_breaks`)."""
    after = previous[:1].islower() or (previous[:1].isupper() and not previous.isupper() and (
        first or _is_person(previous)))
    if word == "Я":
        return after
    if len(word) < 2 or not word[0].isupper() or word.isupper() or not after:
        return False
    norm = fold(word)
    if "\u0400" <= norm[:1] <= "\u04ff":
        if norm in _RU_POLITE:
            return False
        from .lexicon import ru_parse

        parses = ru_parse(norm)
        return bool(parses) and parses[0].is_known and not any(
            tag in parses[0].tag for tag in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"))
    if norm in _ET_CAPITAL_OPENERS:
        return True
    # a capitalised personal verb form: "Vaatan ...", "Rääkige ...", "Saate ..." (1sg, 1pl, 2pl, imperative)
    if norm.endswith(("n", "me", "te", "ge", "ke")) and len(norm) > 3:
        from .lexicon import dictionary_lemmas, is_verb_lemma

        found = dictionary_lemmas(word.lower(), "et")
        return bool(found) and all(is_verb_lemma(lemma) for lemma in found)
    return False

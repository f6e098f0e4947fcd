"""Wide negation scope: a negator that governs a whole verb phrase or a whole subordinate clause.

`negation.py` reads a negator a few words before or after a match. Two constructions reach further:

- a **prohibition**: a negative imperative or a negated modal with its infinitive governs its object
  wherever it stands in the clause ("Palun ärge saatke siia üldisesse vestlusaknasse oma isikukoodi",
  «не пишите в этот открытый общий чат свой личный код», "ei tohi siin kasutada ... isikukoodi";
  "isikukoodi ma selles vestluses küsida ei tohi", «личный код ... указывать нельзя»). Another verb in
  between ends it ("ärge muretsege palun saatke mulle oma isikukood"): that is a new request.
- a **negated main clause** of promising, saying or knowing scopes over its et/kas/что clause: "ma ei
  saa lubada, et nõue tühistatakse", "ei oska öelda, kas toetus makstakse", «не могу обещать, что долг
  спишут», «я не гарантирую, что …». A contrastive conjunction or a sentence end closes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .figure_clause import figure_opens_clause
from .lexicon import PRONOUN_LEMMAS, dictionary_lemmas, ru_parse
from .normalize import Token, fold

__all__ = ["prohibited_object", "negated_complement", "object_case", "parenthetical_end"]

_SENTENCE_END = frozenset(".!?…")
_CLAUSE_PUNCT = frozenset(";:()[]\"«»“”")
_NEG_IMPERATIVE = {"et": frozenset("arge arme argu".split()), "ru": frozenset()}
# negated modals whose infinitive carries the negation ("ei tohi kasutada", «нельзя писать», «не можем спрашивать»)
_MODALS = {
    "et": frozenset("saa tohi pea pruugi".split()),
    "ru": frozenset("можем могу может можно нужно надо стоит следует должны должен должна".split()),
}
_NEG = {"et": frozenset({"ei", "pole"}), "ru": frozenset({"не"})}
RU_MODAL_NEG = frozenset({"нельзя", "невозможно"})  # also read by negation.py
_STOP = {
    "et": frozenset("aga kuid vaid ent sest kuna kui et kas ja ning voi".split()),
    "ru": frozenset("но а однако потому поэтому если когда что чтобы и или".split()),
}
_REACH = 8  # words back from the match

# main-clause verbs of promising, saying or knowing (folded prefixes) and the complementisers they take
_SAYING = {
    "et": ("luba", "garanteeri", "oelda", "utle", "oska", "tea", "kinnita", "usu", "kinnit", "raakida", "raagi",
           "avalda", "teata"),
    "ru": ("обеща", "гарантир", "сказа", "скаж", "знаю", "знаем", "утвержда", "уверен", "подтверд", "сообщ",
           "рассказ", "говор"),
}
_COMPLEMENTISERS = {"et": frozenset({"et", "kas"}), "ru": frozenset({"что", "когда", "будет", "ли"})}
_CONTRAST = {"et": frozenset("aga kuid ent vaid".split()), "ru": frozenset("но однако зато".split())}
_ET_ADVERBIAL_ENDINGS = ("sse", "lt", "le", "ga", "ks", "ni", "na", "ta", "st", "s", "l")
_RU_ADVERBIAL_CASES = ("loct", "ablt", "datv", "loc2")
_ET_INFINITIVE = ("da", "ta", "ma", "ha")  # kasutada, saata, kirjutama, teha
_ET_PRONOUNS = frozenset("tema teda temale temal ta talle tal nemad neid neile neil".split())
_RU_PREPOSITIONS = frozenset("в во на до за от о об по с со к ко из у для про при через после без".split())


def object_case(tokens: Sequence[Token], idx: int, last: int, lang: str) -> bool:
    """Could the match tokens[idx..last] be the object (or subject) of a verb, not an adverbial? Estonian:
    no locative or other adverbial case ending on its last word unless that word is its own dictionary
    form or an s-stem partitive ("isikukoodi", "toetust", not "toonil", "vestluses"); Russian: no
    preposition before it and no oblique case («личный код», not «в таком тоне»)."""
    word = tokens[last]
    if lang == "ru":
        if idx > 0 and tokens[idx - 1].norm in _RU_PREPOSITIONS:
            return False
        parses = ru_parse(word.text.lower())
        return not (parses and any(c in parses[0].tag for c in _RU_ADVERBIAL_CASES))
    norm = word.norm
    if not norm.endswith(_ET_ADVERBIAL_ENDINGS):
        return True
    known = {fold(x) for x in dictionary_lemmas(word.text.lower(), "et")}
    return norm in known or (norm.endswith("st") and norm[:-1] in known)


def prohibited_object(tokens: Sequence[Token], idx: int, lang: str,
                      is_verb: Callable[[str, str], bool], is_finite: Callable[[str, str], bool]) -> bool:
    """Is the match at tokens[idx] inside the verb phrase of a negative imperative or of a negated modal
    and its infinitive, found before it in the clause (or as its first word) with no other verb between?"""
    if lang not in _NEG:
        return False
    j, counted, dashed = idx, 0, False
    while j >= 0 and counted < _REACH:
        tok = tokens[j]
        if not tok.is_word:
            if tok.text in _SENTENCE_END or tok.text in _CLAUSE_PUNCT or tok.text == ",":
                return False
            dashed = dashed or tok.text in _DASHES
            j -= 1
            continue
        if j < idx and tok.norm in _STOP[lang]:
            return False
        if j == idx and (tok.norm in _NEG[lang] or tok.norm in _NEG_IMPERATIVE[lang]):
            return False  # the phrase holds its own negator ("ärge kirjutage", "ei kasuta")
        if dashed and (tok.norm in _NEG_IMPERATIVE[lang] or is_verb(tok.text, lang)) \
                and _own_finite_verb(tokens, idx, is_finite, lang):
            return False  # "Numbrit ärge öelge – telefoni teel me kontonumbrit vastu ei võta": a clause of its own
        if tok.norm in _NEG_IMPERATIVE[lang]:
            return True  # "ärge ... isikukoodi" with the verb after the object
        if tok.norm not in PRONOUN_LEMMAS.get(lang, {}) and tok.norm not in _ET_PRONOUNS and is_verb(tok.text, lang):
            neg = next((k for k in range(j, max(-1, j - 4), -1) if tokens[k].norm in ("ei", "pole")), None)
            if lang == "et" and neg is not None and figure_opens_clause(tokens, neg, idx, idx):
                return False  # "ei pea midagi tegema toetus 600 eurot makstakse ise": a statement of its own
            return _negated_verb(tokens, j, lang, is_finite)
        if j < idx and is_finite(tok.text, lang):
            return False  # "ei saa see on ...": the clause of "on" is a new one
        counted += 1
        j -= 1
    return False


_DASHES = frozenset("–—")


def _own_finite_verb(tokens: Sequence[Token], idx: int, is_finite: Callable[[str, str], bool], lang: str) -> bool:
    """Has the clause of tokens[idx], after a dash, a finite verb of its own after it (up to the next break)? Then
    a prohibition before the dash does not reach into it (new-user batch 37 moving-abroad-account-et)."""
    for tok in tokens[idx + 1:]:
        if not tok.is_word:
            if tok.text in _SENTENCE_END or tok.text in _CLAUSE_PUNCT or tok.text == "," or tok.text in _DASHES:
                return False
            continue
        if tok.norm in _NEG[lang] or is_finite(tok.text, lang):
            return True  # "ei võta": the negator marks the clause's own predicate
    return False


def _prev_word(tokens: Sequence[Token], j: int, lang: str | None = None) -> tuple[str, int]:
    """The word before tokens[j] in its clause; with `lang`, not across a colon that closes a complete clause
    (:func:`_complete_before`)."""
    k = j - 1
    while k >= 0 and not tokens[k].is_word:
        if tokens[k].text in _SENTENCE_END or tokens[k].text == ",":
            return "", -1
        if tokens[k].text == ":" and lang is not None and _complete_before(tokens, k, lang):
            return "", -1
        k -= 1
    return (tokens[k].norm, k) if k >= 0 else ("", -1)


# the words of a bare negated modal ("Pole vaja:", «Не нужно:»): a clause of these alone is not complete
_BARE_MODAL = frozenset("vaja ole on oleks".split()) | RU_MODAL_NEG


def _complete_before(tokens: Sequence[Token], colon: int, lang: str) -> bool:
    """Is the clause ending at the colon tokens[colon] complete: has it a word of its own besides the negator and
    the modal ("Seda ei ole vaja:", "Kahte eraldi taotlust pole vaja:", «Отдельное заявление не нужно:»)? Then
    what follows the colon says what to do instead („... : saate esitada Töötukassale ühe ühistaotluse“,
    «... : достаточно подтвердить предложение»), and the negated modal does not reach its infinitive; a bare
    "Pole vaja:" / «Не нужно:» still governs what the colon introduces (new-user batch 35
    disability-or-workability-chat-et)."""
    k = colon - 1
    while k >= 0 and tokens[k].text not in _SENTENCE_END and tokens[k].text not in (",", ":", ";"):
        tok = tokens[k]
        if tok.is_word and tok.norm not in _NEG.get(lang, ()) and tok.norm not in _MODALS.get(lang, ()) \
                and tok.norm not in _BARE_MODAL:
            return True
        k -= 1
    return False


def _negated_verb(tokens: Sequence[Token], j: int, lang: str,
                  is_finite: Callable[[str, str], bool] | None = None) -> bool:
    """Is the verb at tokens[j] a negative imperative («не пишите», "ärge kirjutage") or the infinitive of a
    negated modal up to two words before it ("ei tohi kasutada", "ei saa me siin kasutada", "pole vaja
    saata"; «нельзя писать», «не можем спрашивать», «Вам не нужно самому писать»)? Estonian "ei" takes its verb
    without a personal ending ("ei pea", "ei saa"): a finite verb with one between ("korraga ei pea saate
    taotleda osamakseid", "ei pea maksma – võite taotleda") is the infinitive's own, positive predicate."""
    prev, k = _prev_word(tokens, j)
    if lang == "et" and (prev in _NEG_IMPERATIVE["et"] or (prev == "ara" and _prev_word(tokens, k)[1] < 0)):
        return True
    if lang == "et" and not tokens[j].norm.endswith(_ET_INFINITIVE):
        return False  # only an infinitive carries the modal's negation
    if lang == "ru":
        parses = ru_parse(tokens[j].text.lower())
        tag = parses[0].tag if parses else None
        if prev == "не" and tag is not None and "impr" in tag:
            return True
        if tag is None or tag.POS != "INFN":
            return False
    for _ in range(3):  # the modal, with at most two words between it and the infinitive
        if k < 0:
            return False
        if lang == "ru" and prev in RU_MODAL_NEG:
            return True
        if prev in _MODALS[lang]:
            return _prev_word(tokens, k)[0] in _NEG[lang]
        if lang == "et" and prev == "vaja":
            return _prev_word(tokens, k)[0] in ("pole", "ole")
        if lang == "et" and is_finite is not None and prev not in _NEG["et"] and is_finite(tokens[k].text, lang):
            return False  # "saate", "võite": a predicate of its own, not the negated modal's connegative
        prev, k = _prev_word(tokens, k, lang)  # not back across "Seda ei ole vaja:" to its modal
    return False


def negated_complement(tokens: Sequence[Token], idx: int, lang: str) -> bool:
    """Is tokens[idx] inside an et/kas/что clause whose main clause negates a verb of promising, saying or
    knowing ("ma ei saa lubada, et …", "ei oska öelda, kas …", «не могу обещать, что …», «не гарантирую,
    что …»)?"""
    if lang not in _SAYING:
        return False
    if idx + 1 < len(tokens) and tokens[idx + 1].norm == "ли" and _clause_start(tokens, idx):
        return _negated_saying(tokens, idx, lang) or _negated_saying_after(tokens, idx, lang)
    j, counted, comma = idx - 1, 0, None
    while j >= 0 and counted < 12:
        tok = tokens[j]
        if not tok.is_word:
            if tok.text in _SENTENCE_END:
                return False
            comma = j if tok.text == "," else comma
            j -= 1
            continue
        if tok.norm in _CONTRAST[lang]:
            return False
        if tok.norm in _COMPLEMENTISERS[lang] and tok.norm not in ("будет", "ли"):
            if comma is not None and _closed_complement(tokens, j, comma, lang):
                return False  # "kui klient ei teadnud, et peab teatama, nõue tühistatakse": after the et-clause
            return _negated_saying(tokens, j, lang) or (tok.norm == "kas" and _clause_start(tokens, j)
                                                         and _negated_saying_after(tokens, idx, lang)) \
                or (tok.norm == "kas" and comma is None and _negated_saying_ahead(tokens, idx, lang))
        if tok.norm == "ли" and j > 0 and _clause_start(tokens, j - 1):
            # «сказать, поступила ли пенсия»: the clause opens with the word before «ли»
            return _negated_saying(tokens, j - 1, lang) or _negated_saying_after(tokens, idx, lang)
        if tok.norm == "ли" and comma is None and _negated_saying_ahead(tokens, idx, lang):
            return True  # «и поступила ли пенсия я сказать не могу»: typed or spoken without commas
        counted += 1
        j -= 1
    return False


#: words that open a clause inside the complement ("ei saa lubada, et kui Te vaide esitate, nõue tühistatakse"): the
#: complement goes on after its comma
_EMBEDDED_OPENERS = {"et": frozenset("kui kuigi kuna sest".split()), "ru": frozenset("если когда хотя раз".split())}


def _closed_complement(tokens: Sequence[Token], j: int, comma: int, lang: str) -> bool:
    """Did the complement clause opened at tokens[j] end at the comma tokens[comma]: it has its own finite verb
    before it and opens no clause of its own ("..., et peab teatama, nõue tühistatakse", «..., что нужно сообщить,
    долг спишут»)? Then what follows the comma is outside what the negated verb of saying or knowing covers
    (new-user batch 37 overpayment-recovery-et wrong: a promise in the main clause after a "kui"-clause)."""
    from .verb_forms import is_finite

    words = [t for t in tokens[j + 1:comma] if t.is_word]
    if not words or words[0].norm in _EMBEDDED_OPENERS.get(lang, frozenset()):
        return False
    return any(is_finite(t.text, lang) for t in words)


def _clause_start(tokens: Sequence[Token], k: int) -> bool:
    """Does tokens[k] open its clause (sentence start or right after a comma)?"""
    p = k - 1
    while p >= 0 and not tokens[p].is_word and tokens[p].text not in _SENTENCE_END and tokens[p].text != ",":
        p -= 1
    return p < 0 or tokens[p].text in _SENTENCE_END or tokens[p].text == ","


def _negated_saying_after(tokens: Sequence[Token], idx: int, lang: str) -> bool:
    """A whether-clause put first: "Kas pension on laekunud, seda ma avaldada ei saa", «Поступила ли пенсия,
    этого я сказать не могу»: the next clause negates a verb of saying or knowing."""
    k = idx + 1
    while k < len(tokens) and tokens[k].text != ",":
        if tokens[k].text in _SENTENCE_END:
            return False
        k += 1
    words = []
    for tok in tokens[k + 1:]:
        if tok.text in _SENTENCE_END or tok.text == ",":
            break
        if tok.is_word:
            words.append(tok.norm)
    return any(w.startswith(_SAYING[lang]) for w in words) and any(w in _NEG[lang] for w in words)


_AHEAD_WORDS = 8


def _words_ahead(tokens: Sequence[Token], start: int, stops: str, limit: int) -> list[str]:
    """The normalised words from tokens[start] on, at most ``limit``, up to the sentence end or a mark in ``stops``."""
    words: list[str] = []
    for tok in tokens[start:]:
        if not tok.is_word:
            if tok.text in _SENTENCE_END or tok.text in stops:
                break
            continue
        words.append(tok.norm)
        if len(words) >= limit:
            break
    return words


def _negated_saying_ahead(tokens: Sequence[Token], idx: int, lang: str) -> bool:
    """A whether-clause typed or spoken without commas, then its negated verb of saying or knowing: "ka seda kas raha
    on kontol ei saa öelda", «поступила ли пенсия я сказать не могу» (new-user batch 41 neighbour-data-et terse): a
    verb of saying within the next few words of the sentence, a negator among the three words before it or the two
    after it."""
    words = _words_ahead(tokens, idx + 1, ",;:–—", _AHEAD_WORDS)
    for v, w in enumerate(words):
        if w.startswith(_SAYING[lang]):
            return any(x in _NEG[lang] for x in words[max(0, v - 3):v] + words[v + 1:v + 3])
    return False


def _negated_saying(tokens: Sequence[Token], s: int, lang: str) -> bool:
    words: list[str] = []
    k = s - 1
    while k >= 0 and len(words) < 8:
        tok = tokens[k]
        if not tok.is_word:
            if tok.text in _SENTENCE_END or (tok.text != "," and tok.text in _CLAUSE_PUNCT):
                break
            k -= 1
            continue
        words.append(tok.norm)
        k -= 1
    # words: nearest first; the verb of saying within the first three, a negator within four before it
    # ("ei tohi ma isegi öelda, kas ..."), not across a contrast ("ma ei tea, aga võin öelda, et ...")
    for v, w in enumerate(words[:3]):
        if w in _CONTRAST[lang] or w in ("aga", "а"):
            return False  # «не сообщили, а деньги что ...»: the clause after the contrast is no complement
        if w.startswith(_SAYING[lang]):
            for x in words[v + 1:v + 5]:
                if x in _CONTRAST[lang] or x in ("aga", "но", "а"):
                    break  # «..., а деньги что ...»: no negator before the verb across a contrast; one after it may be
                if x in _NEG[lang]:
                    return True
            return _infinitive_of_saying(w, lang) and _negated_modal_after(tokens, s, lang)
    return False


# the modal of a put-first infinitive of promising ("Lubada, et nõue tühistatakse, ma ei saa", «Обещать, что долг
# спишут, я не могу», new-user batch 46 overpayment-recovery-ru good): the negated modal after the complement governs it
_MODALS_OF_SAYING = {"et": frozenset("saa saan saame vo voi voin voime tohi tohin oska oskan".split()),
                     "ru": frozenset("могу можем может можно буду будем стану станем вправе".split())}
_MODAL_REACH = 4  # words of the clause after the complement: "ma kahjuks ei saa", «я, к сожалению, не могу»


def _infinitive_of_saying(word: str, lang: str) -> bool:
    return word.endswith(("ть", "ться")) if lang == "ru" else word.endswith(("da", "ta", "ma"))


def _negated_modal_after(tokens: Sequence[Token], s: int, lang: str) -> bool:
    """Is the clause right after the complement opened at tokens[s] a negated modal ("..., ma ei saa", «..., я не
    могу», «..., нельзя»)? The complement ends at the first comma or dash; the sentence end closes all."""
    k = s + 1
    while k < len(tokens) and tokens[k].text not in (",", "–", "—"):
        if tokens[k].text in _SENTENCE_END:
            return False
        k += 1
    words = _words_ahead(tokens, k + 1, ";:", _MODAL_REACH + 1)
    if lang == "ru" and any(w in RU_MODAL_NEG for w in words[:_MODAL_REACH]):
        return True
    return any(w in _NEG[lang] and any(x in _MODALS_OF_SAYING[lang] for x in words[n + 1:n + 3])
               for n, w in enumerate(words[:_MODAL_REACH]))


# parenthetical words set off by commas ("X, kahjuks, ei ole", «X, к сожалению, нет»): not a clause of their own
_PARENTHETICAL = {
    "et": frozenset("kahjuks paraku muidugi loomulikult tegelikult onneks kahtlemata muuseas ausalt oeldes "
                    "tapsemalt teatavasti"
                    # ", ütlen ausalt," (I'll say it honestly): a comment on the saying, no clause of its own
                    " utlen"
                    # ", nagu varem (oli)," (as before): a comparison, no clause of its own
                    " nagu varem enne oli tavaliselt"
                    # ", palun," / «, пожалуйста,»: the request's politeness word set off by commas
                    " palun".split()),
    "ru": frozenset("к сожалению увы конечно разумеется естественно безусловно к счастью впрочем кстати пожалуйста "
                    "по сути в принципе правда видимо честно говоря"
                    # «, честно скажу,», «, признаюсь,», «, откровенно говоря,», «, по правде сказать,»: a comment on
                    # the saying, no clause of its own (new-user batch 55 overpayment-recovery-ru good)
                    " скажу признаюсь признаться откровенно сказать"
                    # «, как (было) раньше,» (as before): a comparison, no clause of its own
                    " как было раньше прежде обычно".split()),
}


def parenthetical_end(tokens: Sequence[Token], j: int, lang: str) -> int | None:
    """If tokens[j] is a comma opening a parenthetical of at most three such words closed by another comma
    ("Riiklikku matusetoetust, kahjuks, ei ole", «Пособия на похороны, к сожалению, нет»), the index of the
    closing comma; else None."""
    words = _PARENTHETICAL.get(lang)
    if not words or tokens[j].text != ",":
        return None
    k, n = j + 1, 0
    while k < len(tokens) and n <= 3:
        tok = tokens[k]
        if tok.is_word:
            if tok.norm not in words:
                return None
            n += 1
        elif tok.text == ",":
            return k if n else None
        elif not tok.text.isspace():
            return None
        k += 1
    return None

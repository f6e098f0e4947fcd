"""Negation constructions: set phrasings around a match that the clause window of negation.py misreads — a
short retraction after the clause ("..., see ei kehti enam"), a rule told as past, a relative clause whose
head is denied, a denial limited to "at once", two times side by side in speech, "you're welcome"
before a parting wish, and an infinitive coordinated under a negated modal. Read by negation.py (`negated_token`)."""

from __future__ import annotations

from collections.abc import Sequence

from .figure_clause import figure_opens_clause
from .negation_words import (
    BOUNDARY_PUNCT,
    BOUNDARY_WORDS,
    FILLERS,
    NEG_AFTER,
    NEG_BEFORE,
    TIME_UNIT,
    is_boundary,
    is_negator,
    negation_lang,
)
from .normalize import Token
from .verb_forms import is_finite, is_infinitive, past_verb

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


def _words_until_boundary(tokens: Sequence[Token], j: int, lang: str) -> tuple[list[str], int]:
    words = []
    while j < len(tokens) and not (not tokens[j].is_word and tokens[j].text in BOUNDARY_PUNCT):
        if tokens[j].is_word:
            words.append(tokens[j].norm)
        j += 1
    return words, j


def retracted(tokens: Sequence[Token], last: int, lang: str) -> bool:
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
    if words[0] in _RETRACTION_LEAD or words[0] in NEG_BEFORE[lang]:
        for k, w in enumerate(words):
            if w in NEG_AFTER[lang] or w == "mitte":
                rest = [x for x in words[k + 1:k + 4] if x not in _RETRACTION_SKIP]
                if (rest and rest[0] in _RETRACTION_WORDS[lang]) or (not rest and k > 0 and words[-1] == "enam"):
                    return True  # "see ei kehti enam", «это уже не так», "seda pole enam"
    old, rule = _OLD_RULE[lang]
    return any(w in old for w in words) and any(w in rule for w in words) and words[0] in _RETRACTION_LEAD


# "at once": a denial of the manner, not of the act («сразу всё платить не нужно», "kõike korraga maksma ei pea",
# new-user batch 46 overpayment-recovery-ru terse): "you need not pay it all at once" still has the client pay
_AT_ONCE = {"et": frozenset("korraga uhekorraga".split()), "ru": frozenset("сразу единовременно разом".split())}
_AT_ONCE_PAIRS = {"et": frozenset({("uhe", "korraga"), ("uhe", "maksega")}),
                  "ru": frozenset({("одним", "платежом"), ("за", "раз"), ("одним", "разом")})}
_AT_ONCE_AFTER = 2  # words after the match: "maksma ei pea korraga"


def limited_denial(tokens: Sequence[Token], idx: int, end: int, lang: str) -> bool:
    """Does a phrase that says its own negator ("maksma ei pea", «платить не нужно») stand in a clause that limits the
    denial to "at once" ("kõike korraga", «сразу всё», «одним платежом»)? Then it denies the manner, not the act, and
    says nothing of not paying at all."""
    lang = negation_lang(lang)
    if not any(t.is_word and is_negator(t.norm, lang) for t in tokens[idx:end + 1]):
        return False
    words: list[str] = []
    j = idx - 1
    while j >= 0 and not is_boundary(tokens[j], lang):
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
        if is_boundary(tok, lang) or after >= _AT_ONCE_AFTER:
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


def in_denied_relative(tokens: Sequence[Token], idx: int, end: int, lang: str) -> bool:
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


def other_time_denied(tokens: Sequence[Token], end: int, lang: str) -> bool:
    """Estonian speech without punctuation: a match that ends in a time ("järgmise kahe tööpäeva jooksul",
    "esmaspäeval") right followed by another time before a negator ("... jooksul reedel enam ei maksta",
    "... esmaspäeval mitte reedel"): two times side by side belong to two clauses, and the negator denies the second
    (the old rule told as gone), not the first. One time alone before the negator stays denied ("kahe tööpäeva
    jooksul ei maksta")."""
    if negation_lang(lang) != "et" or not tokens[end].is_word:
        return False
    for _ in range(2):  # "kahe" or "järgmise kahe tööpäeva" matched: the time unit and "jooksul" after it go with it
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        if nxt is None or not nxt.is_word or not (nxt.norm in ("jooksul", "parast") or (
                TIME_UNIT.search(nxt.norm) and nxt.norm not in _ET_TIME_ADVERBIALS)):
            break
        end += 1
    if tokens[end].norm not in _ET_TIME_ENDS | {"parast"}:
        return False
    words = [t for t in tokens[end + 1:end + 6] if t.is_word and t.norm not in FILLERS["et"]]
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


def after_welcome(tokens: Sequence[Token], idx: int, lang: str) -> bool:
    """Does a parting wish at tokens[idx] follow right after a "you're welcome" formula with a negator in it?"""
    lang = negation_lang(lang)
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
    return end + 1 < len(tokens) and not tokens[end + 1].is_word and tokens[end + 1].text.strip() in BOUNDARY_PUNCT


# a rule told as past: a time before now ("varem", "kuni 2024", «раньше», «до 2025 года») with a past verb in
# the same clause ("see reedel maksmise reegel kehtis kuni 2024. aasta lõpuni", «раньше платили в пятницу»)
_PAST_MARKERS = {"et": frozenset("varem vanasti kunagi".split()), "ru": frozenset("раньше прежде ранее когда-то".split())}
_UNTIL = {"et": frozenset("kuni enne".split()), "ru": frozenset("до".split())}
_PAST_WINDOW = 5


def told_as_past(tokens: Sequence[Token], idx: int, end: int, lang: str) -> bool:
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

    past = any(tokens[k].is_word and past_verb(tokens[k].text, lang) for k in (idx, end))
    marker = False
    # before the match: up to a present or future verb of its own («раньше платили …, теперь платят <match>»)
    k, counted = idx - 1, 0
    while k >= 0 and counted < _PAST_WINDOW and not is_boundary(tokens[k], lang):
        if tokens[k].is_word or tokens[k].text[:1].isdigit():
            if tokens[k].is_word and past_verb(tokens[k].text, lang):
                past = True
            elif tokens[k].is_word and is_finite(tokens[k].text, lang):
                break
            marker = marker or is_marker(k)
            counted += 1
        k -= 1
    # after the match: a marker counts only after a past verb ("reegel kehtis kuni 2024"); a marker first opens
    # a clause of its own ("… двух рабочих дней раньше платили в пятницу")
    k, counted, seen_past = end + 1, 0, past
    while k < len(tokens) and counted < _PAST_WINDOW and not is_boundary(tokens[k], lang):
        if tokens[k].is_word or tokens[k].text[:1].isdigit():
            if tokens[k].is_word and past_verb(tokens[k].text, lang):
                seen_past = past = True
            elif is_marker(k):
                if not seen_past:
                    break
                marker = True
            counted += 1
        k += 1
    return marker and past


# A negated modal governs every infinitive coordinated with its own: «не может выплатить её вместо России или
# возместить пропущенные месяцы», "ei saa pensioni maksta või vahele jäänud kuude raha hüvitada" (new-user batch 49).
_MODALS = {"et": frozenset("saa tohi".split()), "ru": frozenset("могу можем может можете могут можно".split())}
_NEGATING_MODALS = {"et": frozenset(), "ru": frozenset("нельзя невозможно".split())}
_COORDINATORS = {"et": frozenset("voi ja ning ega".split()), "ru": frozenset("или и либо ни".split())}
# a predicative after the coordinator starts a predicate of its own: «... и должны выплатить», "ja Te peate"
_PREDICATIVES = {"et": frozenset("peab peame peate peavad tuleb saab saame saate voib voime voite".split()),
                 "ru": frozenset("должен должна должно должны надо нужно обязан обязана обязаны можно".split())}
_COORDINATED_REACH = 12


def coordinated_under_modal(tokens: Sequence[Token], idx: int, end: int, lang: str) -> bool:
    """Is the match (tokens[idx] through tokens[end]) an infinitive phrase coordinated with an earlier infinitive of a
    negated modal in the same clause? A comma, a contrast or a new predicate after the coordinator ends the reach:
    «не можем выплатить, но возместим», «не можем ждать и должны выплатить» are not denied."""
    lang = negation_lang(lang)
    if lang not in _MODALS:
        return False
    for k in range(idx, end + 1):  # the match up to its infinitive: no predicate of its own ("... ja toetuse saate esitada")
        if tokens[k].is_word and is_infinitive(tokens[k], lang):
            break
        if tokens[k].is_word and (tokens[k].norm in _PREDICATIVES[lang] or is_finite(tokens[k].text, lang)):
            return False
    else:
        return False
    coordinated = governed = False
    for j in range(idx - 1, max(-1, idx - 1 - _COORDINATED_REACH), -1):
        tok = tokens[j]
        if not tok.is_word:
            if tok.text in BOUNDARY_PUNCT:
                return False
            continue
        if tok.norm in BOUNDARY_WORDS[lang]:
            return False
        if not coordinated:
            if tok.norm in _COORDINATORS[lang]:
                coordinated = True
            elif tok.norm in _PREDICATIVES[lang] or is_finite(tok.text, lang) or is_infinitive(tok, lang):
                return False  # «... и должны выплатить», "ja Te peate vaatama": a predicate of its own
            continue
        if tok.norm in _NEGATING_MODALS[lang]:
            return governed
        if tok.norm in _MODALS[lang]:
            return governed and j > 0 and is_negator(tokens[j - 1].norm, lang)
        if is_infinitive(tok, lang):
            governed = True
        elif is_finite(tok.text, lang):
            return False
    return False


# the Estonian negated predicate: "ei" right before its verb ("ei maksta", "ei tule"), or "pole"
_ET_PREDICATE_NEG = frozenset(("ei", "pole"))
# what may stand in the clause between such a predicate and the match: objects and adverbials, counted without fillers
# ("ei maksta pensioni enam nädalavahetusele eelneval reedel"); a condition or a relative clause starts a new one
_PREDICATE_REACH = 6
_NEW_CLAUSE = frozenset("kui et kas mis kes mida millal kus ning ja voi siis".split())  # "kui pole nõus, siis vaie"
# not knowing is no denial: „ma ei tea täpselt, vist eelneval reedel“ guesses the Friday
_KNOWING = frozenset("tea teadnud oska osanud maleta malestanud usu arva utle oelnud".split())


def in_negated_predicate(tokens: Sequence[Token], idx: int, end: int, lang: str, is_verb) -> bool:
    """Estonian: is the match (no verb of its own) an object or adverbial of the predicate negated earlier in its clause,
    beyond the short look-back of negation.py? „Alates 2025. aastast ei maksta pensioni enam nädalavahetusele eelneval
    reedel.“ denies the Friday (new-user batch 52 indexation-day-et gaming: the rule no longer in force was read as
    told). Estonian "ei" always stands right before its verb; a finite verb of another clause („kui viies ei ole
    tööpäev makstakse pension eelneval reedel“), a clause word („kui“, „et“, „ja“) or punctuation stops the reach."""
    if lang != "et" or any(tokens[k].is_word and (is_verb(tokens[k].text, lang) or is_finite(tokens[k].text, lang))
                           for k in range(idx, end + 1)):
        return False  # a verb of its own, short ones too: „ei muudeta, see on ju lihtne“
    fillers = FILLERS["et"]
    counted = 0
    j = idx - 1
    while j >= 0 and counted <= _PREDICATE_REACH:
        tok = tokens[j]
        if is_boundary(tok, "et"):
            return False
        if tok.is_word:
            if tok.norm in _ET_PREDICATE_NEG:
                if figure_opens_clause(tokens, j, idx, end):
                    return False  # "ei pea maksuvaba tulu 776 eurot arvestatakse ise": a statement of its own
                # its verb: the next word but a particle („ei ka“, „ei enam“); "ei" always has one („ei tule“,
                # which the lexicon may not know as a verb)
                verb = next((tokens[k] for k in range(j + 1, idx) if tokens[k].is_word and tokens[k].norm not in fillers
                             and tokens[k].norm not in ("mitte", "ainult")), None)
                return tok.norm == "pole" or (verb is not None and verb.norm not in _KNOWING)
            if tok.norm in _NEW_CLAUSE:
                return False
            if is_finite(tok.text, "et") and not (j > 0 and tokens[j - 1].norm in _ET_PREDICATE_NEG):
                return False
            if tok.norm not in fillers:
                counted += 1
        j -= 1
    return False

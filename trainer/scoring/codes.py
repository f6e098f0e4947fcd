"""Personal codes a caller reads out in ways the plain digit run misses (see `TranscriptAnalysis._code_ends`).

- the last digit joined by "and": "... nelikümmend neli ja null", «... двадцать восемь и восемь» (the input
  normalisation reads a lone digit word after "ja"/«и» as a word, not a number);
- digits repeated while reading ("... neli null, neli null, mitte neli üks"): the run is longer than a code, and
  the code is the one the agent reads back from inside it;
- a digit said twice across a hesitation ("... seitse null ee null neli ...", «... ноль э ноль ...»): the run is
  one digit longer than a code, and saying the digit once gives the code (`code_stammered`);
- the agent reading the code back digit by digit, the digit words joined by hyphens ("kolm-neli-üheksa-...",
  «три-четыре-девять-...»), also when the caller's reading in groups slipped by one digit ("... двадцать, ноль
  девять ..." gives a 0 too many): a read-back the caller then confirms (`code_checked_back`).
Every code returned passes the checksum.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.text.spoken import FILLERS, normalize_input, number_words

#: anything but a digit (compiled once: the code readings strip a text to its digits again and again)
NON_DIGIT = re.compile(r"\D")
_NON_DIGIT = NON_DIGIT

# digits, then "ja"/«и» and one more digit (a digit or a number word) closing the read-out
_LAST_JOINED = re.compile(r"(\d[\d\s,-]*?)\s*,?\s+(?:ja|и)\s+(\d|[^\W\d_]+)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=16_384)  # a pure function of the text: the same replies recur across turns and calls
def code_joined_by_and(text: str) -> str:
    """The valid code whose last digit (or digits) follow "ja"/«и» after the rest ("" if none)."""
    for m in _LAST_JOINED.finditer(text):
        last = m.group(2) if m.group(2).isdigit() else number_words([tx.fold(m.group(2))])
        if not last:
            continue
        code = _NON_DIGIT.sub("", m.group(1)) + last
        if len(code) == 11 and tx.isikukood_is_valid(code):
            return code
    return ""


# digit words (or digits) joined by hyphens, one digit each: a code spelt out ("три-пять-два-...")
_SPELT = re.compile(r"(?<![\w-])[^\W_]+(?:-[^\W_]+){8,}(?![\w-])")


def spelt_codes(text: str) -> list[str]:
    """The digit strings of the runs of nine or more single digits joined by hyphens in `text`, whether said in
    words ("kolm-neli-üheksa-null-...", «три-четыре-девять-ноль-...») or written as digits ("3-4-9-0-...")."""
    out = []
    for m in _SPELT.finditer(text):
        digits = []
        for part in m.group().split("-"):
            digit = part if part.isdigit() else number_words([tx.fold(part)])
            if not digit or len(digit) != 1:
                break
            digits.append(digit)
        else:
            out.append("".join(digits))
    return out


def _read_codes(agent_text: str) -> list[str]:
    """The valid codes the agent's text says, as digits or spelt out with hyphens."""
    codes = [_NON_DIGIT.sub("", m.quote) for m in tx.find_personal_codes(agent_text)] + spelt_codes(agent_text)
    return [code for code in codes if len(code) == 11 and tx.isikukood_is_valid(code)]


def _one_apart(a: str, b: str) -> bool:
    """Do two digit strings differ by at most one digit inserted, dropped or changed?"""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def code_checked_back(client_text: str, agent_text: str) -> str:
    """The valid code the agent's reply reads back ("" if none) when the caller's digits (10 to 12 of them, no
    valid code as said) are one digit away from it: a group read with a slip ("двадцать, ноль девять" for "20 9"),
    which the agent's read-back puts right. It identifies the caller only once they confirm it (the caller's
    next reply: see `TranscriptAnalysis._read_back`)."""
    said = _NON_DIGIT.sub("", client_text)
    if not 10 <= len(said) <= 12:
        return ""
    return next((code for code in _read_codes(agent_text) if _one_apart(code, said)), "")


def code_read_back(client_text: str, agent_text: str) -> str:
    """The valid code the agent's reply reads back that is a run of the digits the caller said ("" if none): a
    caller who repeats or corrects digits while reading gives a run longer than a code, and the agent confirms
    which code it was. A code the caller never said (looked up by name) is no read-back."""
    said = _NON_DIGIT.sub("", client_text)
    if len(said) < 11:
        return ""
    return next((code for code in _read_codes(agent_text) if code in said), "")


def code_corrected_back(given: str, corrections: list[str], agent_text: str) -> str:
    """The valid code the agent's reply reads back ("" if none) after the caller corrected the end of the code
    they had given («последняя не шесть, последняя пять ... ноль два семь пять», "ei, lõpus on viis"): the code
    given (its last 11 digits) with as many last digits replaced by the last digits of one of the correction's
    digit runs. The caller's words alone leave open how many digits they replace; the read-back settles it."""
    code = given[-11:]
    if len(code) != 11:
        return ""
    for back in _read_codes(agent_text):
        if any(back == code[:-k] + run[-k:] for run in corrections for k in range(1, min(len(run), 11) + 1)):
            return back
    return ""


def code_reread_after_correction(head: str, runs: list[str], agent_text: str) -> str:
    """The valid code the agent's reply reads back ("" if none) after the caller took back the end of the digits
    they had just read (`head`, 9 to 12 of them) in one breath, with a digit dropped or added before the
    correction ("... kaks null kaks kuus ei vabandust null kaks seitse kuus"): a read-back that ends with one of
    the correction's digit runs (`runs`, two to five digits) and starts with at least six of the digits read before
    it. How many digits the correction replaces is left open; the read-back settles it, once the caller confirms
    it (see `TranscriptAnalysis._corrects_code`)."""
    if not 9 <= len(head) <= 12:
        return ""
    for back in _read_codes(agent_text):
        if any(2 <= len(run) <= 5 and back.endswith(run) and len(back) - len(run) >= 6
               and head.startswith(back[:-len(run)]) for run in runs):
            return back
    return ""


def code_echoed(client_text: str, agent_text: str) -> str:
    """The digits (10 to 12, no valid code among them) the caller read that the agent's reply reads back as said
    ("" if not): the agent took the code as heard (a digit lost in the reading or the transcript). It identifies
    the caller only with the name the agent then asks for and the caller gives (see
    `TranscriptAnalysis._read_back`)."""
    said = _NON_DIGIT.sub("", client_text)
    if not 10 <= len(said) <= 12 or tx.isikukood_is_valid(said[-11:]):
        return ""
    runs = [_NON_DIGIT.sub("", m.group()) for m in re.finditer(r"\d[\d\s-]*\d", agent_text)]
    return said if said in runs or said in spelt_codes(agent_text) else ""


_ANY_FILLER = FILLERS["et"] | FILLERS["ru"]


@lru_cache(maxsize=4_096)  # a pure function of the text
def code_stammered(original: str, language: str) -> str:
    """The valid code ("" if none, or if more than one) a caller meant who said one digit twice across a
    hesitation ("... seitse null ee null neli ...", «... два ноль э ноль пять ...»): the reading gives 12 digits
    with no valid code among them, and the digit said once (the hesitation and its first saying dropped) gives
    11 digits that pass the checksum. One digit said once, a hesitation between two different digits or a
    pair reading with a doubled zero (`code_zero_slip`) are no such repeat."""
    digits = _NON_DIGIT.sub("", normalize_input(original, language).text)
    if len(digits) != 12 or tx.isikukood_is_valid(digits[:11]) or tx.isikukood_is_valid(digits[1:]):
        return ""
    words = [t for t in tx.tokenize_cached(original) if t.is_word or t.text.isdigit()]
    found = set()
    for a, filler, b in zip(words, words[1:], words[2:], strict=False):
        if filler.norm not in _ANY_FILLER or a.norm != b.norm or not _one_digit(a):
            continue
        said_once = original[:a.start] + original[b.start:]
        code = _NON_DIGIT.sub("", normalize_input(said_once, language).text)
        if len(code) == 11 and tx.isikukood_is_valid(code):
            found.add(code)
    return found.pop() if len(found) == 1 else ""


def _one_digit(token) -> bool:
    """Is the token one digit, as a numeral or a digit word ("null", «ноль»)?"""
    if token.text.isdigit():
        return len(token.text) == 1
    said = number_words([token.norm])
    return said is not None and len(said) == 1


def code_stammered_back(original: str, language: str, agent_text: str) -> str:
    """The code the caller meant saying one digit twice (`code_stammered`) when the agent's reply reads exactly it
    back ("" if not). It identifies the caller only once they confirm it or give the name the agent asks for
    (see `TranscriptAnalysis._read_back`)."""
    code = code_stammered(original, language)
    return code if code and code in _read_codes(agent_text) else ""


# a tens word right before a zero ("viiskümmend null kolm", «пятьдесят, ноль три»): a caller reading the code in
# pairs says the pair's zero twice ("50" + "03" for "5 0 3")
_TENS_THEN_ZERO = re.compile(r"(?:\w+kümmend|\w+kummend|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|"
                             r"восемьдесят|девяносто)\s*,?\s+(?:null|ноль|нуль)(?!\w)", re.IGNORECASE)


def code_zero_slip(original: str, digits: str) -> str:
    """The valid code ("" if none, or if more than one) the caller meant when reading it in pairs gave one zero
    too many (`_TENS_THEN_ZERO`): 12 digits with a doubled zero, one of them dropped."""
    if len(digits) != 12 or not _TENS_THEN_ZERO.search(original):
        return ""
    found = {digits[:k] + digits[k + 1:] for k in range(11) if digits[k] == digits[k + 1] == "0"}
    valid = [code for code in found if tx.isikukood_is_valid(code)]
    return valid[0] if len(valid) == 1 else ""

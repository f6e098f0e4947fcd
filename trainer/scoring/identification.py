"""When the caller was identified: the identification readings of a transcript (:class:`IdentificationReadings`,
mixed into `analysis.TranscriptAnalysis`), with the patterns they read (personal codes read in parts, corrected,
slipped or read back, a name check the caller confirms; the self-service login stated: `verified`)."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.codes import NON_DIGIT as _NON_DIGIT
from trainer.scoring.codes import (
    code_checked_back,
    code_corrected_back,
    code_echoed,
    code_joined_by_and,
    code_read_back,
    code_reread_after_correction,
    code_stammered_back,
    code_zero_slip,
    spelt_codes,
)
from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.namecheck import affirms, checks_name
from trainer.scoring.verified import LOGGED_IN
from trainer.scoring.volunteered import volunteered_code


class IdentificationReadings:
    """The identification readings of :class:`~trainer.scoring.analysis.TranscriptAnalysis` (a mixin: it reads
    the host's turns, sentences, matches and context)."""

    def _said(self, i: int) -> str:
        """The original words of unit `i`, its messages joined by newlines."""
        return "\n".join(p[2].original for p in self.turns[i].parts)

    def identification(self) -> dict:
        """When the agent asked for the code, when the client gave one, when identification completed."""
        if self._identification is not None:
            return self._identification
        # a request inside stuffed cues or the call model read out ("etapp tuvastamine palun öelge isikukood",
        # «этап идентификация назовите личный код") asked all the same when the client's next reply gives a valid code
        asked = next((i for i in self.agent_indexes if self.matches(i, ["identification_request"], any_language=True)
                      and (not all(self.is_stuffed(i, a, b) for a, b, _ in self.sentences(i)
                                   if any(a <= m.start < b for m in self.matches(i, ["identification_request"], any_language=True)))
                           or self._answered_with_code(i))),
                     None)
        given = None
        if asked is not None and not self.context.no_identifiers:  # a code typed in an open chat identifies nobody
            given = next((i for i in range(asked + 1, len(self.turns))
                          if self.turns[i].role == "client" and (self._code_ends(i) or self._corrects_code(i)
                                                                 or self._read_back(i))), None)
        complete = given
        # a code the caller gave before any request, taken by the agent (identification in passing)
        volunteered = volunteered_code(self, asked)
        if volunteered is not None and (complete is None or volunteered[0] < complete):
            complete = volunteered[0]
        # no code given to a request: a code the caller gave anyway, then the name it found read back and confirmed
        checked = None if complete is not None or self.context.no_identifiers else self._name_checked()
        if checked is not None:
            complete = checked[2]
        if self.policy == "code_and_item" and complete is not None:
            item = next((i for i in self.agent_indexes if self.matches(i, ["verification_item"])), None)
            answered = None if item is None else next(
                (i for i in range(item + 1, len(self.turns)) if self.turns[i].role == "client"), None)
            complete = None if answered is None else max(complete, answered)
        logged_in = None
        if self.transcript.channel == "chat" and not self.context.no_identifiers and not self.context.scenario_id:
            logged_in = self._verified_turn(LOGGED_IN)
            if logged_in is not None and (complete is None or logged_in < complete):
                complete = logged_in
        self._identification = {"asked": asked, "given": given, "complete": complete, "logged_in": logged_in,
                                "checked": None if checked is None else checked[:2], "volunteered": volunteered}
        return self._identification

    def _answered_with_code(self, i: int) -> bool:
        """Does the client's unit right after agent unit `i` give a valid personal code (whole, or as the end of
        one read out in parts)? A partial or mistyped code answers no request."""
        k = i + 1
        return k < len(self.turns) and self.turns[k].role == "client" and bool(self._code_ends(k))

    def _name_checked(self) -> tuple[int, str, int] | None:
        """(agent unit, sentence, confirming client unit) of a name check (`namecheck.checks_name`: "aitäh mari
        tamm õige", «Я говорю с Оксаной Коваленко?») right after a client unit giving a valid code, which the
        caller's next reply confirms (`namecheck.affirms`), or None."""
        own = frozenset(tx.fold(t.text) for t in tx.tokenize_cached(self.turns[self.agent_indexes[0]].text)
                        if t.is_word) if self.agent_indexes else frozenset()
        for g, turn in enumerate(self.turns[:-2]):
            if turn.role != "client" or not (self._valid_code(turn.text) or self._code_ends(g)):
                continue
            k = g + 1
            if self.turns[k].role != "agent" or self.turns[k + 1].role != "client" \
                    or not affirms(self.turns[k + 1].text):
                continue
            said = next((s.strip() for _, _, s in self.sentences(k) if checks_name(s, self.language, own)), None)
            if said is not None:
                return k, said, k + 1
        return None

    def _code_ends(self, i: int) -> str:
        """The valid personal code the client's unit `i` gives, whole or as its last part ("" if none): a code
        is often read out in parts, the agent asking for the rest or repeating the last digits back in between
        ("... null kaks" / "null kaks ja edasi?" / "seitse kolm"); the trailing digits of up to two earlier
        client units and the leading digits of this one, joined, must pass the checksum."""
        whole = self._valid_code(self.turns[i].text) or code_joined_by_and(self.turns[i].text) or self._slipped(i)
        if whole:
            return whole
        head = _DIGIT_HEAD.match(self.turns[i].text.strip())
        if head is None:
            return ""
        joined = _NON_DIGIT.sub("", head.group())
        earlier = [j for j in range(i - 1, -1, -1) if self.turns[j].role == "client"][:2]
        for j in earlier:
            tail = _DIGIT_TAIL.search(self.turns[j].text.strip())
            if tail is None:
                return ""
            joined = _NON_DIGIT.sub("", tail.group()) + joined
            if len(joined) >= 11:
                return joined if len(joined) == 11 and tx.isikukood_is_valid(joined) else ""
        return ""

    def _slipped(self, i: int) -> str:
        """The code the client's unit `i` gives with one zero too many read in pairs (`code_zero_slip`), when the
        agent's next unit goes on without asking for the code again or reading one back (a read-back the caller
        must confirm: `_read_back`) ("" if not)."""
        unit = self.turns[i]
        code = code_zero_slip(self._said(i), _NON_DIGIT.sub("", unit.text))
        k = i + 1
        if not code or k >= len(self.turns) or self.turns[k].role != "agent" \
                or self.matches(k, ["identification_request"], any_language=True) \
                or len(_NON_DIGIT.sub("", self.turns[k].text)) >= 9 or spelt_codes(self.turns[k].text):
            return ""
        return code

    def _corrects_code(self, i: int) -> str:
        """The code the client's unit `i` gives by correcting the end of the code just given ("" if none) ("ei, mitte kaheksa vaid seitse,
        null kaks seitse üheksa lõpus", «нет, я перепутала: пять, семь, один, пять»): a correction word and a
        run of digits that, put in place of as many last digits of the code of the last two client units
        before it, gives a code that passes the checksum."""
        text = self.turns[i].text
        correction = _CORRECTION.search(tx.fold(text))
        if not correction:
            return ""
        runs = [d for d in (_NON_DIGIT.sub("", m.group()) for m in _DIGIT_RUN.finditer(text)) if 2 <= len(d) < 11]
        earlier = [j for j in range(i - 1, -1, -1) if self.turns[j].role == "client"][:2]
        given = "".join(_NON_DIGIT.sub("", self.turns[j].text) for j in reversed(earlier))
        code = given[-11:] if runs and len(given) >= 11 else ""
        found = next((code[:-len(d)] + d for d in runs if tx.isikukood_is_valid(code[:-len(d)] + d)), "") if code else ""
        if found:
            return found
        # the correction's digits replace how many of the code's last ones? The agent's read-back of the code it
        # makes tells ("... последняя пять ... ноль два семь пять" → «... ноль два семь пять» read back)
        if i + 1 < len(self.turns) and self.turns[i + 1].role == "agent":
            found = code_corrected_back(given, runs, self.turns[i + 1].text)
            if found:
                return found
        # the code and its correction in one breath ("... seitse kaheksa üks ei vabandust üks kaheksa lõpus",
        # «... ноль один ой нет ноль четыре один один»): the digits after the correction word replace as many last
        # digits of the code read before it
        head = _NON_DIGIT.sub("", text[:correction.start()])
        after = [d for d in (_NON_DIGIT.sub("", m.group()) for m in _DIGIT_RUN.finditer(text, correction.end()))
                 if 1 <= len(d) < 11]
        if not after:
            return ""
        if len(head) == 11:
            found = next((head[:-len(d)] + d for d in after if tx.isikukood_is_valid(head[:-len(d)] + d)), "")
            if found:
                return found
        # a digit dropped or added before the correction: the agent's read-back, confirmed, tells the code
        if self._confirmed(i + 1):
            return code_reread_after_correction(head, after, self.turns[i + 1].text)
        return ""

    def _confirmed(self, k: int) -> bool:
        """Is unit `k` an agent unit the caller's next unit confirms (`namecheck.affirms`)?"""
        return k + 1 < len(self.turns) and self.turns[k].role == "agent" and self.turns[k + 1].role == "client" \
            and affirms(self.turns[k + 1].text)

    def _read_back(self, i: int) -> str:
        """The code the agent's next unit reads back from the digits of the client's unit `i` ("" if none; see
        `code_read_back`), or puts right by one digit when the caller then confirms it (`code_checked_back`)."""
        k = i + 1
        if k >= len(self.turns) or self.turns[k].role != "agent":
            return ""
        code = code_read_back(self.turns[i].text, self.turns[k].text)
        if code or k + 1 >= len(self.turns) or self.turns[k + 1].role != "client":
            return code
        if affirms(self.turns[k + 1].text):
            return code_checked_back(self.turns[i].text, self.turns[k].text)
        # the digits as heard read back, or the code meant with a digit said twice ("... null ee null ...") read
        # back as meant, with the name asked in the same unit and given in the caller's next one
        echoed = code_echoed(self.turns[i].text, self.turns[k].text) \
            or code_stammered_back(self._said(i), self.language, self.turns[k].text)
        if echoed and find_identifier_requests(self.turns[k].text, self.language) \
                and _gives_name(self.turns[k + 1].text):
            return echoed
        return ""

    @staticmethod
    @lru_cache(maxsize=16_384)  # a pure function of the text
    def _valid_code(text: str) -> str:
        """A personal code that passes the checksum ("" if none): a mistyped code identifies nobody. Written as
        digits, or spoken digit by digit joined by hyphens ("kolm-seitse-null-...", «три-семь-ноль-...»: the
        number-word reading leaves such a run whole, `codes.spelt_codes`)."""
        codes = [_NON_DIGIT.sub("", m.quote) for m in tx.find_personal_codes(text)] + spelt_codes(text)
        return next((code for code in codes if len(code) == 11 and tx.isikukood_is_valid(code)), "")


def _gives_name(reply: str) -> bool:
    """Is the caller's reply a short one naming a person (a first name among its first four words)?"""
    words = [tx.fold(t.text) for t in tx.tokenize_cached(reply) if t.is_word]
    return 0 < len(words) <= 6 and any(tx.is_first_name(w) for w in words[:4])


# digits that open or close a client's unit, a part of a code read out in parts (see `_code_ends`)
_DIGIT_HEAD = re.compile(r"(?:[^\W\d]+,?\s+)?\d[\d\s-]*(?!\S)")


_DIGIT_TAIL = re.compile(r"(?<!\S)\d[\d\s-]*\d?[.!?]?$")


_DIGIT_RUN = re.compile(r"\d[\d\s-]*\d")


# a caller taking back a part of the code they read out (see `_corrects_code`; folded text)
_CORRECTION = re.compile(r"(?<!\w)(?:ei|mitte|vabandust|vabandage|vale|valesti|eksisin|parandan|tegelikult|нет|не|"
                         r"перепутал\w*|ошиб\w*|извините|простите|точнее|неправильно)(?!\w)")

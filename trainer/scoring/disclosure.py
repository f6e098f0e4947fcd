"""What an agent disclosed and when the caller was identified: the identification and disclosure readings of a
transcript (:class:`DisclosureReadings`, mixed into `analysis.TranscriptAnalysis`), with the patterns they read
(personal codes read in parts or corrected, authorisations on file, the self-service login, whose code a request
asks for)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.codes import NON_DIGIT as _NON_DIGIT
from trainer.scoring.codes import (
    code_checked_back,
    code_corrected_back,
    code_echoed,
    code_joined_by_and,
    code_read_back,
    code_reread_after_correction,
    code_stammered,
    code_stammered_back,
    code_zero_slip,
    spelt_codes,
)
from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.memo import per_analysis
from trainer.scoring.namecheck import affirms, checks_name
from trainer.scoring.statements import Statement, find_status_statements, states_own_record, winks_by_face
from trainer.scoring.volunteered import volunteered_code

if TYPE_CHECKING:
    from trainer.scoring.analysis import TranscriptAnalysis


class DisclosureReadings:
    """The identification and disclosure readings of :class:`~trainer.scoring.analysis.TranscriptAnalysis` (a
    mixin: it reads the host's turns, sentences, matches and context)."""

    def disclosures(self) -> list[tuple[int, tx.Match]]:
        """Agent units stating one of the context's private facts, in order (not the client's own statement of
        it asked or set as a condition: see `_echoes_fact`)."""
        return [(i, m) for i, m, _ in self._disclosed_facts()]

    def _disclosed_facts(self) -> list[tuple[int, tx.Match, str]]:
        """`disclosures` with the private fact each one states."""
        found = []
        for i in self.agent_indexes:
            for fact in self.context.private_facts:
                m = _find_fact(self.turns[i].text, fact, self.language)
                if m is not None and not self._echoes_fact(i, m, fact):
                    found.append((i, m, fact))
        return sorted(found, key=lambda item: (item[0], item[1].start))

    def _echoes_fact(self, i: int, m: tx.Match, fact: str) -> bool:
        """Does agent unit `i` only take up a fact the client stated earlier, in a question or a condition ("kas
        dokumendid on enne 15. oktoobrit?", "kui otsus jõudis hiljem kui 15. oktoobril", «если решение от 15
        октября ...»)? It tells the client nothing. Said as a statement it still confirms the data, and a fact
        the client only asked about ("kas mu pension on 712?") was never theirs to state. A statement that says
        it works from the client's own figures («По Вашим цифрам ... как раз 9,24», "Teie nimetatud summa järgi
        ...") reads nothing from the record either."""
        if self._reads_code_back(i, fact):
            return True
        a, b = self._span_of(i, m.start)
        sentence = self.turns[i].text[a:b]
        if not (tx.is_question(sentence, self.language)
                or _CONDITION.search(tx.fold(self.turns[i].text[a:m.start]))
                or _ATTRIBUTED.search(tx.fold(sentence))):
            return False
        for j in range(i):
            if self.turns[j].role != "client":
                continue
            said = _find_fact(self.turns[j].text, fact, self.language)
            if said is not None and not any(p <= said.start < q and tx.is_question(s, self.language)
                                            for p, q, s in self.sentences(j)):
                return True
        return False

    def _reads_code_back(self, i: int, fact: str) -> bool:
        """Is the private fact a personal code that the client's unit right before agent unit `i` said (its
        digits), so that the agent only reads back what the caller has just read («39507164215 aitäh», a ward's
        code read back before the agent looks it up)? It tells the caller nothing."""
        digits = _NON_DIGIT.sub("", fact)
        if len(digits) != 11 or len(fact.strip()) != 11 or i == 0 or self.turns[i - 1].role != "client":
            return False
        # ... or the code they meant saying one digit twice ("... null ee null ..."): the digit said once adds nothing
        return digits in _NON_DIGIT.sub("", self.turns[i - 1].text) \
            or digits == code_stammered(self._said(i - 1), self.language)

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
            logged_in = self._verified_turn(_LOGGED_IN)
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

    def handed_over(self) -> int | None:
        """In a transcript of a real call with a third-party caller: the client unit, after the caller gave their
        own code (`own_identification`), where the caller hands the phone to someone else ("annan toru naisele",
        «я жене трубку дам»), or None. Who speaks after it was not identified; the caller was, before it."""
        own = self.own_identification()
        if own is None:
            return None
        return next((k for k in range(own[0] + 1, len(self.turns))
                     if self.turns[k].role == "client" and _HANDOVER.search(tx.fold(self.turns[k].text))), None)

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

    def _verified_turn(self, pattern: re.Pattern, after: int = -1) -> int | None:
        """The first agent turn after `after` with a sentence stating what the agent verified (the client
        logged in, an authorisation on file), not denied, not a condition and not asked."""
        found = self._verified_at(pattern, after)
        return None if found is None else found[0]

    def _verified_at(self, pattern: re.Pattern, after: int = -1) -> tuple[int, int] | None:
        """(turn, sentence start) of that statement (see `_verified_turn`)."""
        for i in self.agent_indexes:
            if i <= after:
                continue
            for a, _, sentence in self.sentences(i):
                if _states(pattern, sentence, self.language):
                    return i, a
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

    def authorised(self) -> tuple[int, int] | None:
        """In a transcript of a real call with a third-party caller: (turn, sentence start) of the first agent
        statement after identification that the caller's authorisation is on file (from there on the caller
        may hear the data; a fact said before it in the same turn was said before)."""
        complete = self.identification()["complete"]
        if self.context.third_party and complete is not None and not self.context.scenario_id:
            return self._verified_at(_ON_FILE, after=complete - 1)
        return None

    def own_identification(self) -> tuple[int, str] | None:
        """In a transcript of a real call with a third-party caller: (client unit, code) where the caller gave
        their own valid code in answer to a request for it ("palun öelge oma isikukood", «назовите Ваш личный
        код»), not to one naming someone else ("ema isikukood", «код мамы») or no one; in a real chat, else, (agent
        unit, "") where the agent said the client logged into the self-service: a login identifies the writer
        only, never the person they ask about."""
        found = self._code_for_request("own")
        if found is None and self.context.third_party:
            login = self.identification()["logged_in"]
            found = None if login is None else (login, "")
        return found

    def _code_for_request(self, owner: str) -> tuple[int, str] | None:
        """In a transcript of a real call with a third-party caller: (client unit, code) of the first code given
        (whole, corrected or read back) after a code request whose every request sentence asks for `owner`'s code
        ("own": the caller's, "third": another person's; see `_code_owner`), or None."""
        if not self.context.third_party or self.context.no_identifiers or self.context.scenario_id:
            return None
        wanted = False
        for i, turn in enumerate(self.turns):
            if turn.role == "agent":
                hits = self.matches(i, ["identification_request"], any_language=True)
                asked = [s for a, b, s in self.sentences(i) if any(a <= m.start < b for m in hits)]
                if asked:
                    wanted = all(_code_owner(i, self, hits, a, b) == owner for a, b, _ in self._asked(i, hits))
            elif wanted:
                code = self._code_ends(i) or self._corrects_code(i) or self._read_back(i)
                if code:
                    return i, code
        return None

    def _asked(self, i: int, hits) -> list[tuple[int, int, str]]:
        """The sentences of agent unit `i` holding one of the request matches `hits`."""
        return [(a, b, s) for a, b, s in self.sentences(i) if any(a <= m.start < b for m in hits)]

    def _callers_own(self, i: int, m: tx.Match, code: str) -> bool:
        """After the caller's own identification (`own_identification`), is the private fact `m` of agent unit
        `i` the caller's own: their code read back, or said of the caller ("teile makstakse ... 160 eurot",
        «у Вас пенсия 738 евро»: the nearest person before it in its sentence is "you", not he, she or a
        relative: "teie ema pension on ...", «Вашей маме назначено ...» stay the other person's; a reply opening
        with a sentence naming no one, the person the agent named last since the identification)?"""
        if code and _NON_DIGIT.sub("", m.quote) == code:
            return True
        sentence = next(((a, s) for a, b, s in self.sentences(i) if a <= m.start < b), None)
        if sentence is None:
            return False
        before = tx.fold(self.turns[i].text[sentence[0]:m.start])
        persons = [p for p in _PERSON.finditer(before)]
        if not persons and sentence[0] > 0:
            # a sentence naming no one goes on about the person the reply named last ("Alustame Teie toetustest.
            # Otsus tehti 18.11, summa 320 eurot", «Начнём с Ваших пособий. Решение принято ...»)
            persons = list(_PERSON.finditer(tx.fold(self.turns[i].text[:sentence[0]])))
        if not persons and sentence[0] == 0:
            # a reply opening with a sentence naming no one ("summa on 903 eurot", «сумма 903 евро») answers the
            # caller's question about what the agent told since the identification, about the person it named
            # last ("teie pension on määratud ..."); a later sentence may be a general rule
            own = self.own_identification()
            for j in reversed([j for j in self.agent_indexes if own is not None and own[0] < j < i]):
                persons = list(_PERSON.finditer(tx.fold(self.turns[j].text)))
                if persons:
                    break
        return bool(persons) and persons[-1].lastgroup == "you"

    def early_status(self) -> tuple[int, Statement] | None:
        """For a third-party caller whose data-subject's status is private (context.private_status): the first
        agent sentence stating that status (an application arrived, a decision's outcome) before the agent
        said the caller's authorisation is on file."""
        if not self.context.private_status:
            return None
        authorised = self.authorised()
        own = self.own_identification()
        for i in self.agent_indexes:
            found = list(find_status_statements(self.turns[i].text, self.language))
            # a winking face the normalised text dropped ("... смысл есть 😉"): read on the original words
            spans = self.sentences(i)
            found += [Statement(a, b, s.strip(), "status") for k, (a, b, s) in enumerate(spans)
                      if winks_by_face(self.turns[i].original_text(
                          a, spans[k + 1][0] if k + 1 < len(spans) else len(self.turns[i].text)), s, self.language)]
            for st in sorted(found, key=lambda st: st.start):
                # the caller's own status, told as theirs after their own identification, is no one else's: the
                # person named last before its first private fact, or its end, decides («Ваше заявление», not
                # «заявление мужа»; «пособие 80 евро назначено с рождения дочки» is still the caller's)
                if own is not None and i > own[0] and self._callers_own(i, self._status_anchor(i, st), own[1]):
                    continue
                if authorised is None or (i, st.start) < authorised:
                    return i, st
        return None

    def _status_anchor(self, i: int, st: Statement) -> tx.Match:
        """The place in status statement `st` of agent unit `i` whose nearest person says whose status it is: its
        first private fact, else its last character."""
        span = self.turns[i].text[st.start:st.end]
        found = [m.start for m in (_find_fact(span, f, self.language) for f in self.context.private_facts) if m]
        at = st.start + min(found) if found else max(st.start, st.end - 1)
        return tx.Match(at, at, "", "")

    @per_analysis  # identification and data protection both ask
    def early_own_status(self) -> tuple[int, Statement] | None:
        """In a transcript of a real call or chat about the caller's own data (identification required, no third
        person): the first agent sentence telling the state of their record (`states_own_record`: "näen, et
        teie pensioni maksmine on peatatud", «Ваше заявление поступило») before identification was complete or,
        when the code was asked, before the caller answered it with digits, or None."""
        ctx = self.context
        if not ctx.identification_required or ctx.third_party or ctx.no_identifiers or ctx.scenario_id:
            return None
        state = self.identification()
        bound = [state["complete"]] if state["complete"] is not None else []
        if state["asked"] is not None:
            bound += [i for i in range(state["asked"] + 1, len(self.turns)) if self.turns[i].role == "client"
                      and len(_NON_DIGIT.sub("", self.turns[i].text)) >= 9][:1]
        end = min(bound, default=len(self.turns))
        for i in self.agent_indexes:
            if i >= end:
                break
            for a, b, sentence in self.sentences(i):
                if states_own_record(sentence, self.language):
                    return i, Statement(a, b, sentence.strip(), "status")
        return None

    def third_lookup(self) -> int | None:
        """In a transcript of a real call or chat with a third-party caller: the client unit giving the other
        person's valid code in answer to a request naming that person ("palun ema isikukood ka", «напишите личный
        код сына»): from there the agent reads that person's record, which the caller may hear only as their
        representative on file (`authorised`)."""
        found = self._code_for_request("third")
        return None if found is None else found[0]

    def early_record(self) -> tuple[int, str] | None:
        """After the other person's code was given (`third_lookup`) and before the agent said the caller's
        authorisation is on file: (unit, sentence) of the first agent statement of that person's record, a
        status (`find_status_statements`) or a dated fact ("tähtaeg lõppes 31. oktoobril", «срок закончился 31
        октября»), not a question, condition or rule ("kuni 1. märtsini", «до 1 марта»)."""
        lookup = self.third_lookup()
        if lookup is None:
            return None
        authorised = self.authorised()
        for i in self.agent_indexes:
            if i <= lookup:
                continue
            for a, _, sentence in self.sentences(i):
                if authorised is not None and (i, a) >= authorised:
                    return None
                if _states_record(sentence, self.language):
                    return i, sentence.strip()
        return None

    @per_analysis  # identification and data protection both ask
    def early_disclosure(self) -> tuple[int, tx.Match] | None:
        """The first private fact an agent stated before identification was complete (or at all, for a
        third-party caller, who is entitled to it only as a representative on file: in a transcript of a
        real call, the agent saying so after identifying the caller; in a scenario, never; or, having given
        their own code, to the caller's own data, told as theirs once and then repeated)."""
        complete = self.identification()["complete"]
        authorised = self.authorised()
        own = self.own_identification()
        told_own: set[str] = set()  # facts already told to the identified caller as their own
        for i, m, fact in self._disclosed_facts():
            if self.context.third_party and (authorised is None or (i, m.start) < authorised):
                # after the caller's own identification, a fact told as theirs ("Teie ... kehtib kuni 31.01")
                # may be said again without the "you" ("... enne 31. jaanuari"): it tells them nothing new
                if own is not None and i > own[0] and (fact in told_own or self._callers_own(i, m, own[1])):
                    told_own.add(fact)
                    continue
                return i, m
            if complete is None or i < complete:
                return i, m
        return None


def _gives_name(reply: str) -> bool:
    """Is the caller's reply a short one naming a person (a first name among its first four words)?"""
    words = [tx.fold(t.text) for t in tx.tokenize_cached(reply) if t.is_word]
    return 0 < len(words) <= 6 and any(tx.is_first_name(w) for w in words[:4])


@lru_cache(maxsize=20_000)
def _find_fact(text: str, fact: str, language: str) -> tx.Match | None:
    return tx.find_fact(text, fact, language)


def _states_record(sentence: str, language: str) -> bool:
    """Does an agent sentence state a fact of someone's record: a status, or a date (day and month) asserted, not
    asked, set as a condition or a deadline (see `TranscriptAnalysis.early_record`)?"""
    if tx.is_question(sentence, language):
        return False
    if find_status_statements(sentence, language):
        return True
    folded = tx.fold(sentence)
    for n in tx.find_numbers(sentence):
        if n.kind == "date" and not _CONDITION.search(folded[:n.start]) \
                and not _DEADLINE.search(folded[max(0, n.start - 12):n.start]):
            return True
    return False


# a date as a deadline or a rule ("kuni 1. märtsini", "enne 15. oktoobrit", «до 1 марта», «не позднее 5 мая»)
_DEADLINE = re.compile(r"(?<!\w)(?:kuni|enne|hiljemalt|до|позднее|позже)\s*$")


# the caller handing the phone to someone else (folded text): "annan toru naisele", "ulatan telefoni pojale", «я жене
# трубку дам», «передаю трубку сыну», «сейчас дочь возьмёт трубку»
_HANDOVER = re.compile(
    r"(?<!\w)(?:(?:annan|ulatan|andsin)\s+(?:\w+\s+){0,2}?(?:toru|telefoni)(?!\w)"
    r"|(?:toru|telefoni)\s+(?:\w+\s+)?(?:annan|ulatan)(?!\w)"
    r"|(?:дам|даю|передам|передаю|передала|передал)\s+(?:\w+\s+){0,2}?трубк\w*"
    r"|трубк\w*\s+(?:\w+\s+)?(?:дам|даю|передам|передаю|возьм[её]т)(?!\w))")

# digits that open or close a client's unit, a part of a code read out in parts (see `_code_ends`)
_DIGIT_HEAD = re.compile(r"(?:[^\W\d]+,?\s+)?\d[\d\s-]*(?!\S)")


_DIGIT_TAIL = re.compile(r"(?<!\S)\d[\d\s-]*\d?[.!?]?$")


# whose code a request asks for in a third-party call (folded text): the caller's own ("oma", "Teie", «Ваш», «свой»)
# or a third person's (he, she, a relative, the pensioner; see `own_identification`)
_OWN_CODE = re.compile(r"(?<!\w)(?:oma|teie|enda|ваш\w*|сво(?:й|его|ю|ем|ём))(?!\w)")


_THIRD = (r"ta|tema|tal|temal|talle|temale|teda|nende|ema\w*|isa\w{0,3}|tutar|tutre\w*|poeg|poja\w*|"
          r"abikaasa\w*|vanaem\w*|vanaisa\w*|vend|venna\w*|ode|oe|oel|oele|naaber|naabri\w*|mehe\w*|naise\w*|"
          r"sugula\w*|pensionari\w*|"
          r"он|она|его|ее|ей|ему|им|их|нее|него|нему|ней|мам\w*|мать|матер\w*|отец|отц\w*|пап\w*|сын\w*|доч\w*|"
          r"муж\w*|жен[аеуы]\w*|брат\w*|сестр\w*|бабушк\w*|дедушк\w*|сосед\w*|пенсионер\w*|родствен\w*|супруг\w*")


_THIRD_PERSON = re.compile(rf"(?<!\w)(?:{_THIRD})(?!\w)")


def _code_owner(i: int, an: TranscriptAnalysis, hits, a: int, b: int) -> str:
    """Whose code the request sentence [a, b) of agent unit `i` asks for: "own" (the caller's) or "third" (another
    person's) or "". The person word next to the request word decides ("palun öelge oma isikukood", "poja
    isikukood", «личный код сына»: the three words before it, else the two after it for a third person), so a
    reason clause ("kuna küsite poja andmeid, pean teid tuvastama, palun öelge oma isikukood") does not; with none
    next to it, the whole sentence as before (its own word and no third person, or a third person)."""
    text = an.turns[i].text
    owners = []
    for m in hits:
        if not a <= m.start < b:
            continue
        before = [w.strip(",.;:!?") for w in tx.fold(text[a:m.start]).split()[-3:]]
        after = [w.strip(",.;:!?") for w in tx.fold(text[m.end:b]).split()[:2]]
        near = next((w for w in reversed(before) if _OWN_CODE.fullmatch(w) or _THIRD_PERSON.fullmatch(w)), None)
        if near is None:
            near = next((w for w in after if _THIRD_PERSON.fullmatch(w)), None)
        owners.append("" if near is None else "own" if _OWN_CODE.fullmatch(near) else "third")
    if owners and all(owners) and len(set(owners)) == 1:
        return owners[0]
    folded = tx.fold(text[a:b])
    if _THIRD_PERSON.search(folded):
        return "third"
    return "own" if _OWN_CODE.search(folded) else ""


# the nearest person before a private fact (see `_callers_own`): "you" or a third person
_PERSON = re.compile(rf"(?<!\w)(?:(?P<you>te|teie|teile|teid|teil|teilt|teiega|teieni|вы|вам|вас|ваш\w*|вами)|"
                     rf"(?P<third>{_THIRD}))(?!\w)")


_DIGIT_RUN = re.compile(r"\d[\d\s-]*\d")


# a caller taking back a part of the code they read out (see `_corrects_code`; folded text)
_CORRECTION = re.compile(r"(?<!\w)(?:ei|mitte|vabandust|vabandage|vale|valesti|eksisin|parandan|tegelikult|нет|не|"
                         r"перепутал\w*|ошиб\w*|извините|простите|точнее|неправильно)(?!\w)")


# what an agent verified, said in a transcript of a real call or chat (no scenario decides it):
# the client came into the chat through the self-service login ...
# the self-service and the e-identities that log into it (folded text)
_SELF_SERVICE_LOGIN = r"(?:iseteenindus\w*|smart-?id\w*|id-?kaar\w*|mobiil-?id\w*|самообслуживани\w*|id-?карт\w*)"


_LOGGED_IN = re.compile(
    r"(?:sisenesite|sisse\s+loginud|sisse\s+logisite|logisite|olete\s+tuvastatud|olete\s+sisse\s+logitud|"
    r"tuvastasite\s+end|вошли|вошла|вошёл|вошел|зашли|зашла|авторизова\w*|идентифицирова\w*)"
    rf"[^.?!]{{0,60}}{_SELF_SERVICE_LOGIN}|{_SELF_SERVICE_LOGIN}[^.?!]{{0,40}}"
    r"(?:sisenesite|sisse\s+loginud|вошли|вошла|зашли|авторизова\w*|идентифицирова\w*)"
    # the channel between the verb and its participle ("olete iseteeninduses tuvastatud", "olete Smart-ID-ga sisse
    # logitud"): the second person's "olete" states the session, a bare participle may describe anyone
    rf"|(?<!\w)olete\s+(?:[\w-]+\s+){{0,2}}{_SELF_SERVICE_LOGIN}[\w-]*(?:\s+[\w-]+){{0,2}}\s+"
    r"(?:tuvastatud|sisse\s+logitud|sisse\s+loginud|autenditud)(?!\w)"
    # writing from inside it ("Te kirjutate iseteenindusest", «Вы пишете из самообслуживания»)
    r"|(?:kirjutate|kirjutasite|pöördute|pöördusite|poordute|poordusite)\s+(?:\w+\s+){0,2}"
    r"iseteenindus(?:est|es|e\s+kaudu)(?!\w)"
    r"|(?:пишете|написали|обращаетесь|обратились)\s+(?:\w+\s+){0,2}(?:из|через|в)\s+(?:\w+\s+)?самообслуживани\w*")


# ... or the caller's authorisation (power of attorney, guardianship ruling) is on file
_ON_FILE = re.compile(
    r"(?:volikiri|volikirja|volitus\w*|eestkoste\w*|kohtumäärus\w*|kohtumaarus\w*|(?<!\w)maarus\w*|"
    r"доверенност\w*|опек\w*|(?:определени|решени|постановлени)\w*\s+суда)[^.?!]{0,60}"
    r"(?:on\s+(?:meil\s+)?(?:olemas|registreeritud|esitatud|kehtiv)|kehtib|у\s+нас\s+есть|есть\s+у\s+нас|"
    r"имеется|действует|действительн\w*|зарегистрирова\w*)"
    r"|(?:näen|naen|вижу|у\s+нас\s+есть|имеется)[^.?!]{0,40}(?:volikiri|volikirja|eestkoste\w*|kohtumäärus\w*|"
    r"kohtumaarus\w*|доверенност\w*|опек\w*|определени\w*\s+суда)"
    # the agent has it in front of them ("mul on siin volikiri", «у меня здесь доверенность»), not what is needed
    r"|(?<!\w)(?:mul|meil)\s+on\s+(?:(?:siin|nuud|ees|olemas|teie|tema)\s+){0,2}(?:volikiri|eestkosteotsus|"
    r"kohtumaarus)(?!\w)(?!\s+(?:vaja|tarvis))"
    r"|(?<!\w)у\s+меня\s+(?:(?:здесь|тут|есть|ваша|её|ее|его)\s+){0,3}(?:доверенность|решение\s+об\s+опеке)"
    r"(?!\w)(?!\s+(?:нужна|должна))")


_DENIAL = re.compile(r"(?<!\w)(?:ei|pole|ega|mitte|не|нет|нету)(?!\w)")


_CONDITION = re.compile(r"(?<!\w)(?:kui|juhul|если|когда)(?!\w)")  # "kui volikiri on olemas, ...": not verified


@lru_cache(maxsize=16_384)  # a pure function of the sentence: every reply of every chat is read for it
def _states(pattern: re.Pattern, sentence: str, language: str) -> bool:
    """Does the sentence state what `pattern` finds (the client logged in, an authorisation on file): not
    denied, not a condition and not asked (`DisclosureReadings._verified_at`)?"""
    folded = tx.fold(sentence)
    m = pattern.search(folded)
    return bool(m) and not _DENIAL.search(folded[:m.end()]) and not _CONDITION.search(folded[:m.start()]) \
        and not tx.is_question(sentence, language)


# a sentence working from the figures the client gave (folded text): «по Вашим цифрам», «как Вы написали», "Teie
# nimetatud summa järgi", "nagu Te ütlesite" (not «по Вашим данным», which may be the record's)
_ATTRIBUTED = re.compile(
    r"(?<!\w)(?:по\s+(?:вашим|названным\s+вами|приведенным\s+вами)\s+(?:же\s+)?(?:цифрам|словам|расчетам|подсчетам)|"
    r"(?:как|что)\s+вы\s+(?:сами\s+|уже\s+)?(?:сказали|написали|назвали|говорите|пишете|указали)|"
    r"(?:названн|указанн)\w*\s+вами|"
    r"teie\s+(?:enda\s+|poolt\s+)?(?:nimetatud|oeldud|kirjutatud|toodud|antud)\s+(?:\w+\s+)?(?:jargi|pohjal)|"
    r"teie\s+(?:enda\s+)?(?:numbrite|arvude|sonade)\s+(?:jargi|pohjal)|teie\s+sonul|"
    r"nagu\s+te\s+(?:ise\s+|juba\s+)?(?:utlesite|kirjutasite|mainisite|nimetasite))(?!\w)")

"""What an agent disclosed, and when: the disclosure readings of a transcript (:class:`DisclosureReadings`, mixed
into `analysis.TranscriptAnalysis`): the private facts, statuses and records an agent stated (not the client's own
facts only taken up), and the first of them said before identification or before the caller's authorisation on
file."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.codes import NON_DIGIT as _NON_DIGIT
from trainer.scoring.codes import code_stammered
from trainer.scoring.memo import per_analysis
from trainer.scoring.statements import Statement, find_status_statements, states_own_record, winks_by_face
from trainer.scoring.verified import CONDITION


class DisclosureReadings:
    """The disclosure readings of :class:`~trainer.scoring.analysis.TranscriptAnalysis` (a mixin: it reads the
    host's turns, sentences, matches and context, and its identification and third-party readings)."""

    def disclosures(self) -> list[tuple[int, tx.Match]]:
        """Agent units stating one of the context's private facts, in order (not the client's own statement of
        it asked or set as a condition: see `_echoes_fact`)."""
        return [(i, m) for i, m, _ in self._disclosed_facts()]

    def _disclosed_facts(self) -> list[tuple[int, tx.Match, str]]:
        """`disclosures` with the private fact each one states."""
        found = []
        for i in self.agent_indexes:
            for fact in self.context.private_facts:
                m = find_fact(self.turns[i].text, fact, self.language)
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
                or CONDITION.search(tx.fold(self.turns[i].text[a:m.start]))
                or _ATTRIBUTED.search(tx.fold(sentence))):
            return False
        for j in range(i):
            if self.turns[j].role != "client":
                continue
            said = find_fact(self.turns[j].text, fact, self.language)
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
        found = [m.start for m in (find_fact(span, f, self.language) for f in self.context.private_facts) if m]
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


@lru_cache(maxsize=20_000)
def find_fact(text: str, fact: str, language: str) -> tx.Match | None:
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
        if n.kind == "date" and not CONDITION.search(folded[:n.start]) \
                and not _DEADLINE.search(folded[max(0, n.start - 12):n.start]):
            return True
    return False


# a date as a deadline or a rule ("kuni 1. märtsini", "enne 15. oktoobrit", «до 1 марта», «не позднее 5 мая»)
_DEADLINE = re.compile(r"(?<!\w)(?:kuni|enne|hiljemalt|до|позднее|позже)\s*$")


# a sentence working from the figures the client gave (folded text): «по Вашим цифрам», «как Вы написали», "Teie
# nimetatud summa järgi", "nagu Te ütlesite" (not «по Вашим данным», which may be the record's)
_ATTRIBUTED = re.compile(
    r"(?<!\w)(?:по\s+(?:вашим|названным\s+вами|приведенным\s+вами)\s+(?:же\s+)?(?:цифрам|словам|расчетам|подсчетам)|"
    r"(?:как|что)\s+вы\s+(?:сами\s+|уже\s+)?(?:сказали|написали|назвали|говорите|пишете|указали)|"
    r"(?:названн|указанн)\w*\s+вами|"
    r"teie\s+(?:enda\s+|poolt\s+)?(?:nimetatud|oeldud|kirjutatud|toodud|antud)\s+(?:\w+\s+)?(?:jargi|pohjal)|"
    r"teie\s+(?:enda\s+)?(?:numbrite|arvude|sonade)\s+(?:jargi|pohjal)|teie\s+sonul|"
    r"nagu\s+te\s+(?:ise\s+|juba\s+)?(?:utlesite|kirjutasite|mainisite|nimetasite))(?!\w)")

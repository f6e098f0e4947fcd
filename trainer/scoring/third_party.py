"""A caller asking about someone else: the third-party readings of a transcript (:class:`ThirdPartyReadings`,
mixed into `analysis.TranscriptAnalysis`): whose code a request asks for and where it was given, the caller's
authorisation on file, the phone handed over, and whether a fact the agent states is the caller's own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer import text as tx
from trainer.scoring.codes import NON_DIGIT as _NON_DIGIT
from trainer.scoring.verified import ON_FILE

if TYPE_CHECKING:
    from trainer.scoring.analysis import TranscriptAnalysis


class ThirdPartyReadings:
    """The third-party readings of :class:`~trainer.scoring.analysis.TranscriptAnalysis` (a mixin: it reads the
    host's turns, sentences, matches and context, and its identification readings)."""

    def handed_over(self) -> int | None:
        """In a transcript of a real call with a third-party caller: the client unit, after the caller gave their
        own code (`own_identification`), where the caller hands the phone to someone else ("annan toru naisele",
        «я жене трубку дам»), or None. Who speaks after it was not identified; the caller was, before it."""
        own = self.own_identification()
        if own is None:
            return None
        return next((k for k in range(own[0] + 1, len(self.turns))
                     if self.turns[k].role == "client" and _HANDOVER.search(tx.fold(self.turns[k].text))), None)

    def authorised(self) -> tuple[int, int] | None:
        """In a transcript of a real call with a third-party caller: (turn, sentence start) of the first agent
        statement after identification that the caller's authorisation is on file (from there on the caller
        may hear the data; a fact said before it in the same turn was said before)."""
        complete = self.identification()["complete"]
        if self.context.third_party and complete is not None and not self.context.scenario_id:
            return self._verified_at(ON_FILE, after=complete - 1)
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

    def third_lookup(self) -> int | None:
        """In a transcript of a real call or chat with a third-party caller: the client unit giving the other
        person's valid code in answer to a request naming that person ("palun ema isikukood ka", «напишите личный
        код сына»): from there the agent reads that person's record, which the caller may hear only as their
        representative on file (`authorised`)."""
        found = self._code_for_request("third")
        return None if found is None else found[0]


# the caller handing the phone to someone else (folded text): "annan toru naisele", "ulatan telefoni pojale", «я жене
# трубку дам», «передаю трубку сыну», «сейчас дочь возьмёт трубку»
_HANDOVER = re.compile(
    r"(?<!\w)(?:(?:annan|ulatan|andsin)\s+(?:\w+\s+){0,2}?(?:toru|telefoni)(?!\w)"
    r"|(?:toru|telefoni)\s+(?:\w+\s+)?(?:annan|ulatan)(?!\w)"
    r"|(?:дам|даю|передам|передаю|передала|передал)\s+(?:\w+\s+){0,2}?трубк\w*"
    r"|трубк\w*\s+(?:\w+\s+)?(?:дам|даю|передам|передаю|возьм[её]т)(?!\w))")


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

"""What an agent says it verified, in a transcript of a real call or chat (no scenario decides it): the client
logged in through the self-service, the caller's authorisation on file; stated, not denied, set as a condition or
asked (:class:`VerifiedReadings`, mixed into `analysis.TranscriptAnalysis`, and the patterns it reads)."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx


class VerifiedReadings:
    """The verification readings of :class:`~trainer.scoring.analysis.TranscriptAnalysis` (a mixin: it reads
    the host's agent turns and sentences)."""

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


# what an agent verified, said in a transcript of a real call or chat (no scenario decides it):
# the client came into the chat through the self-service login ...
# the self-service and the e-identities that log into it (folded text)
SELF_SERVICE_LOGIN = r"(?:iseteenindus\w*|smart-?id\w*|id-?kaar\w*|mobiil-?id\w*|самообслуживани\w*|id-?карт\w*)"


LOGGED_IN = re.compile(
    r"(?:sisenesite|sisse\s+loginud|sisse\s+logisite|logisite|olete\s+tuvastatud|olete\s+sisse\s+logitud|"
    r"tuvastasite\s+end|вошли|вошла|вошёл|вошел|зашли|зашла|авторизова\w*|идентифицирова\w*)"
    rf"[^.?!]{{0,60}}{SELF_SERVICE_LOGIN}|{SELF_SERVICE_LOGIN}[^.?!]{{0,40}}"
    r"(?:sisenesite|sisse\s+loginud|вошли|вошла|зашли|авторизова\w*|идентифицирова\w*)"
    # the channel between the verb and its participle ("olete iseteeninduses tuvastatud", "olete Smart-ID-ga sisse
    # logitud"): the second person's "olete" states the session, a bare participle may describe anyone
    rf"|(?<!\w)olete\s+(?:[\w-]+\s+){{0,2}}{SELF_SERVICE_LOGIN}[\w-]*(?:\s+[\w-]+){{0,2}}\s+"
    r"(?:tuvastatud|sisse\s+logitud|sisse\s+loginud|autenditud)(?!\w)"
    # writing from inside it ("Te kirjutate iseteenindusest", «Вы пишете из самообслуживания»)
    r"|(?:kirjutate|kirjutasite|pöördute|pöördusite|poordute|poordusite)\s+(?:\w+\s+){0,2}"
    r"iseteenindus(?:est|es|e\s+kaudu)(?!\w)"
    r"|(?:пишете|написали|обращаетесь|обратились)\s+(?:\w+\s+){0,2}(?:из|через|в)\s+(?:\w+\s+)?самообслуживани\w*")


# ... or the caller's authorisation (power of attorney, guardianship ruling) is on file
ON_FILE = re.compile(
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


CONDITION = re.compile(r"(?<!\w)(?:kui|juhul|если|когда)(?!\w)")  # "kui volikiri on olemas, ...": not verified


@lru_cache(maxsize=16_384)  # a pure function of the sentence: every reply of every chat is read for it
def _states(pattern: re.Pattern, sentence: str, language: str) -> bool:
    """Does the sentence state what `pattern` finds (the client logged in, an authorisation on file): not
    denied, not a condition and not asked (`VerifiedReadings._verified_at`)?"""
    folded = tx.fold(sentence)
    m = pattern.search(folded)
    return bool(m) and not _DENIAL.search(folded[:m.end()]) and not CONDITION.search(folded[:m.start()]) \
        and not tx.is_question(sentence, language)

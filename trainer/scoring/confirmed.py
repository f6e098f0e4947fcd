"""Confirmed checks: a spoken agent statement that the client's yes or no (or an elliptical take-up) shows was a
question about the client's situation (:class:`ConfirmedCheckReadings`, mixed into `analysis.TranscriptAnalysis`),
with the tails of unpunctuated sentences that hold the check."""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.asking import about_client, asks_question, bare_frame, is_spoken
from trainer.scoring.content_words import STOP
from trainer.scoring.formulas import FORMULA_TAIL
from trainer.scoring.promises import names_feeling
from trainer.scoring.units import END_MARK, part_of

_REPLY_LEADS = frozenset("так ой а ага nii no noh aa ahaa oi".split())


_THANKS_WORDS = frozenset("спасибо благодарю aitah tanan tanud".split())


# a client's reply that asks back what the agent's word means: "mis mõttes keskmine", «в смысле средний»
_ASKS_BACK = re.compile(r"(?i)\W*(?:(?:no|aga|а|ну)\s+)?(?:mis\s+m[oõ]ttes|kuidas\s+nii|в\s+смысле|что\s+значит)\b")


_OPENING_WORDS = frozenset("tere tervist teenindab kuuleb здравствуйте обслуживает слушает зовут".split())


_CHECK_OPENERS = frozenset("""вы вас вам ваш ваша ваше ваши вашей вашего вашу это речь
    te teie teil teile teid see""".split())


class ConfirmedCheckReadings:
    """The confirmed-check readings of :class:`~trainer.scoring.analysis.TranscriptAnalysis` (a mixin: it reads
    the host's units and sentences, and asks its inform readings whether a sentence reflects a feeling)."""

    def confirmed_check(self, i: int, start: int, end: int, sentence: str) -> bool:
        """A spoken agent statement that the client's reply shows was a yes/no question: an unpunctuated
        check of the client's situation (`tx.is_check_statement`: "Вы живёте в Германии", «Речь о
        пенсии по старости») answered by a confirmation or denial (да, нет, jah, ei ...)."""
        unit = self.turns[i]
        if unit.role != "agent" or i + 1 >= len(self.turns) or not is_spoken(unit.text):
            return False
        if self._written_statement(i, start, end):
            return False  # a sentence written with a full stop ("Vaadake kodulehelt.") states; it asks nothing
        how = self._confirms(i + 1, sentence)
        if not how:
            return False
        words = [t for t in tx.tokenize_cached(sentence) if t.is_word]
        opening = [k for k, t in enumerate(words) if t.norm in _OPENING_WORDS]
        if opening:
            # "Чат Департамента ... Вас обслуживает Мария" introduces the agent (the client's «да» greets back);
            # a check may follow the name: "... обслуживает Мария Речь о досрочной пенсии"
            k = opening[-1] + 2
            if k + 3 > len(words):
                return False
            start, sentence = start + words[k].start, sentence[words[k].start:]
        tail = _check_tail(sentence, self.language)
        if self._reflects_feeling(i, start, end, sentence) and (tail is None or names_feeling(tail, self.language)):
            contrast = _contrast_tail(sentence)
            if contrast and self._confirms(i + 1, contrast):
                return True  # «понимаю вас это тяжело а сейчас пенсия приходит» - «Сейчас вроде приходит ...»
            # «сочувствую это действительно неприятно», "saan aru et see on ärritav": empathy, not a check;
            # «Понимаю Вы хотите подать жалобу», "Palju õnne Te küsite siis ...": a check after the cue
            return False
        if how == "ellipsis" and tail is not None and not tx.is_check_statement(sentence, self.language) \
                and not self._confirms(i + 1, tail):
            # the reply takes up a word said before the check at the end of the run-on ("hea et arstiga räägite ...
            # see on puudega inimestele ..." - "siis ma räägin arstiga"): it answers no check (new-user batch 59)
            tail = None
        later = [s for a, _, s in self.sentences(i) if a > start]
        if len(later) == 1 and bare_frame(later[0]) and about_client(sentence, self.language):
            return True  # "te saatsite taotluse posti teel ... kas ma sain õigesti aru": the frame closes the check
        if any(asks_question(unit.text, s, self.language) for s in later):
            return False  # the reply answers the later question
        # a check at the end of a statement that informs with a number needs a yes or no: a reply that only
        # takes up a word of it ("täna no aga miks ...") reacts to the inform ("... 734 eurot on makstud ...")
        return tx.is_check_statement(sentence, self.language) or (
            tail is not None and (how == "yes" or not tx.find_numbers(sentence))) or (
            how == "ellipsis" and _alternative_taken(sentence, self.sentences(i + 1)[0][2])) or (
            how == "yes" and self._checks_named_person(i, sentence))

    def _checks_named_person(self, i: int, sentence: str) -> bool:
        """Is the sentence of agent unit i a check of the situation of the person the client rang about («а мама уже в
        пенсионном возрасте» - «да да ей семьдесят восемь», `about_named_person`), the reply a yes or no that is no
        thanks («да спасибо» takes a statement, it confirms no check; blind round 28)?"""
        from trainer.text.person_checks import about_named_person

        reply = [t.norm for t in tx.tokenize_cached(self.turns[i + 1].text) if t.is_word][:4]
        if any(w in _THANKS_WORDS for w in reply):
            return False
        said = {t.norm for j in range(i) if self.turns[j].role == "client"
                for t in tx.tokenize_cached(self.turns[j].text) if t.is_word}
        return about_named_person(sentence, self.language, said)

    def _written_statement(self, i: int, start: int, end: int) -> bool:
        """Did the writer end the sentence at [start, end) of unit i with a full stop of their own (not one
        put in at a speech break or between two messages)?"""
        unit = self.turns[i]
        k = part_of(unit, start)
        original = unit.parts[k][2].original
        if not END_MARK.search(original):
            return False  # unpunctuated: any full stop was put in by the speech breaks
        _, quote, a = unit.locate(start, end)
        return bool(quote) and (quote.rstrip().endswith((".", "…"))
                                or original[a + len(quote):].lstrip().startswith((".", "…")))

    def _confirms(self, j: int, check: str) -> str:
        """Does client unit j confirm or deny a check: a sentence of it opens with yes or no («Оперировал
        ортопед ... Да для себя»), or its first sentence takes the check up elliptically (the check «Это Ваш
        третий ребёнок» answered "Третий мальчик": a content word of the check among its first words)."""
        sentences = self.sentences(j)
        for _, _, s in sentences:
            reply = [t.norm for t in tx.tokenize_cached(s) if t.is_word]
            while len(reply) > 1 and reply[0] in _REPLY_LEADS:
                reply = reply[1:]  # «так да одна», "nii jah"
            if reply and reply[0] in tx.CONFIRMATIONS:
                return "yes"
        if not sentences:
            return ""
        if tx.is_question(sentences[0][2], self.language) or _ASKS_BACK.match(sentences[0][2]):
            return ""  # "mis mõttes keskmine", «в смысле средняя»: the client asks back about the word
        first = [t.norm for t in tx.tokenize_cached(sentences[0][2]) if t.is_word][:3]
        # a function word ("siis", «если») or the thanks formula's word ("aitäh helistamast") takes nothing up: "Aa,
        # siis ma helistan arstile." to a run-on with "siis" and "aitäh helistamast" in it (new-user batch 59)
        asked = {t.norm[:5] for t in tx.tokenize_cached(FORMULA_TAIL.sub(" ", check)) if t.is_word
                 and len(t.norm) >= 4 and t.norm not in _OPENING_WORDS and t.norm not in STOP}
        return "ellipsis" if any(len(w) >= 4 and w[:5] in asked for w in first) else ""


EITHER_OR = frozenset("или либо või voi".split())


_NEED_WORDS = frozenset("""vaja tarvis tuleb tuleks peab peate voib voite нужно надо можно должны должен должна
    необходимо следует нужна нужен""".split())


def _alternative_taken(sentence: str, reply: str) -> bool:
    """Is the spoken sentence an either-or that ends in its second alternative («а мама получает пенсию на
    эстонский счёт или на российский», "ema saab pensioni eesti kontole või vene kontole"), and does the
    client's reply open with a word of one of the alternatives («на эстонский ...», "eesti kontole")? The
    client chose: it was a question. A rule that lists who or where ("tõendi annab kas perearst või eriarst
    või ...", «нужно подать в бюро или по почте»): more than one alternative word, a word of need, or more
    than 16 words, states."""
    words = [t.norm for t in tx.tokenize_cached(sentence) if t.is_word]
    ors = [n for n, w in enumerate(words) if w in EITHER_OR]
    if len(ors) != 1 or len(words) > 16 or any(w in _NEED_WORDS for w in words):
        return False
    k = ors[0]
    if k < 2 or not 1 <= len(words) - k - 1 <= 4:
        return False
    stems = {w[:5] for w in words[max(0, k - 4):k] + words[k + 1:] if len(w) >= 4}
    first = [t.norm for t in tx.tokenize_cached(reply) if t.is_word][:3]
    return any(len(w) >= 4 and w[:5] in stems for w in first)


def _check_tail(sentence: str, language: str) -> str | None:
    """The check that ends an unpunctuated sentence which the speech breaks did not cut off from what came
    before it («Давайте разберёмся по порядку Ваша мама получала у нас пенсию», "Понимаю Вы хотите подать
    жалобу"): the words from the last «вы»/"te"-form or «это»/"see" that can open a check on, when they are
    one (`tx.is_check_statement`). Only asked when the client's yes or no showed a question was asked."""
    tokens = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    if any(t.norm in _OPENING_WORDS for t in tokens):
        return None  # "tere ... teid teenindab Triin" introduces the agent
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k].norm in _CHECK_OPENERS and tx.is_check_statement(sentence[tokens[k].start:], language):
            return sentence[tokens[k].start:]
    return None


def _contrast_tail(sentence: str) -> str | None:
    """The clause after the last contrastive «а»/"aga" of an unpunctuated sentence that opens with an empathy cue
    («понимаю вас это тяжело а сейчас пенсия приходит», "saan aru see on raske aga praegu raha tuleb"): at least
    two words after it and three before it. It is a check only when the client's reply takes it up (new-user
    batch 25, russian-pension-ru: «Сейчас вроде приходит, раз в три месяца ...»)."""
    tokens = [t for t in tx.tokenize_cached(sentence) if t.is_word]
    for k in range(len(tokens) - 2, 2, -1):
        if tokens[k].norm in ("а", "aga"):
            return sentence[tokens[k + 1].start:]
    return None

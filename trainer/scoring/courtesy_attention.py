"""Blame of the client's attention: their reading, understanding or overlooking put as the cause."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.courtesy_excused import offers_alternatives
from trainer.scoring.verdict import Evidence

# blaming the client's reading or attention, in any wording (folded text): «Вы, видимо, прочитали его невнимательно»,
# «Вы не обратили внимания», «Вы были невнимательны», "Te lugesite seda tähelepanematult", "Te ei pannud tähele",
# "lugesite pealiskaudselt", "Te olite hooletu". The client must be the one who read: a «вы» or "te" form
# (an agent's own "lugesin tähelepanematult", «я невнимательно прочитала», «мы невнимательно проверили то, что Вы
# прислали» blame nobody), and a conditional ("если Вы не обратили внимания", "kui Te ei pannud tähele") or an
# advice to read carefully ("lugege hoolikalt läbi", «прочитайте внимательно») is polite.
_INATTENTIVE_RU = r"(?:невнимательн\w*|небрежн\w*|поверхностн\w*|наискосок|бегло|(?:не\s+)?до\s+конца\s+не|не\s+до\s+конца)"
_READ_RU = r"(?:про|пере|вы|до)?чит\w*|прочл\w*|прочест\w*|(?:про|вы|по)?слуша\w*|(?:про|по)?смотре\w*"
# (round 30: keeping track of it, «Вы должны были сами за этим следить»)
_DUTY_RU = (r"(?:сообщ\w*|уведом\w*|подать|подавать|проверить|прочитать|предупредить|известить|заявить|следить|"
            r"отслеживать|проследить)")
_ATTENTION_BLAME = {
    "ru": re.compile(
        r"\bвы\b(?:\s+\w+){0,6}?\s+(?:(?:был[иа]?\s+)?невнимательн\w*|небрежн\w*|"
        r"не\s+(?:обратил\w*\s+(?:\w+\s+)?внимани\w*|вчитал\w*|вникл\w*|дочитал\w*|дослушал\w*)|"
        r"пропустил\w*\s+мимо\s+(?:ушей|глаз))\b|"
        # the client's understanding ("Вы, видимо, неправильно поняли правила"), a past duty put on the client
        # ("сообщить должны были Вы"; «Вы должны были получить письмо» puts no duty)
        r"\bвы\b(?:\s+\w+){0,3}?\s+(?:неправильно|неверно|не\s+так)\s+(?:понял\w*|прочитал\w*|истолковал\w*)\b|"
        r"\b(?:вы\b(?:\s+\w+){0,2}?\s+должны\s+были\s+(?:\w+\s+){0,4}?" + _DUTY_RU + r"|" + _DUTY_RU
        + r"(?:\s+\w+){0,3}?\s+должны\s+были\s+вы)\b|"
        r"\bвы\b(?:\s+\w+){0,4}?\s+(?:" + _INATTENTIVE_RU + r"\s+(?:\w+\s+)?(?:" + _READ_RU + r")|(?:"
        + _READ_RU + r")(?:\s+\w+){0,3}?\s+" + _INATTENTIVE_RU + r")\b"),
    "et": re.compile(
        r"\b(?:te|teie)\s+(?:\w+\s+){0,4}?(?:olite|olete|oli)\s+(?:\w+\s+){0,3}?(?:tahelepanematu|hooletu|lohakas)\b|"
        r"\b(?:lugesite|loete|kuulasite|kuulate|vaatasite|vaatate|taitsite|taidate)\b(?:\s+\w+){0,4}?\s+"
        r"(?:tahelepanematult|hooletult|pealiskaudselt|lohakalt|poolikult)\b|"
        r"\b(?:tahelepanematult|hooletult|pealiskaudselt|lohakalt|poolikult)\s+(?:\w+\s+){0,2}?"
        r"(?:lugesite|loete|kuulasite|kuulate|vaatasite|vaatate|taitsite|taidate)\b|"
        # a past duty put on the client ("Te pidite ise jälgima", "teatama pidite Teie"; "Te pidite ootama" is ours)
        r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?pidite\s+(?:\w+\s+){0,3}?(?:teatama|teavitama|jalgima|kontrollima)\b|"
        r"\b(?:teatama|teavitama|jalgima|kontrollima)\s+pidite\s+(?:ise\s+)?(?:te|teie)\b|"
        r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?(?:saite|olete)\s+(?:\w+\s+){0,2}?valesti\s+aru\b|"
        r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?moistsite\s+(?:\w+\s+){0,2}?valesti\b|"
        r"\b(?:te|teie)\s+(?:\w+\s+){0,3}?(?:ei|pole)\s+(?:\w+\s+){0,3}?(?:pannud\s+(?:\w+\s+){0,3}?tahele|"
        r"tahele\s+pannud|suvenenud|lugenud\s+(?:\w+\s+)?(?:hoolikalt|tahelepanelikult|korralikult|lopuni))\b"),
}
_CONDITIONAL = re.compile(r"\b(?:если|kui|juhul)\b")
_FIRST_PERSON = {"ru": re.compile(r"\b(?:я|мы)\b"), "et": re.compile(r"\b(?:ma|mina|me|meie)\b")}


# the client's overlooking as the cause, however politely put: "eks see jäi Teil lihtsalt tähelepanuta", "Teil läks
# see tähelepanuta", "Te jätsite selle tähelepanuta", «Вы упустили это из виду», «у вас это прошло мимо внимания».
# The client must be the one who overlooked ("teil", «вы»): "teade võib kergesti tähelepanuta jääda" excuses; an
# "if" just before ("kui see jäi Teil tähelepanuta, ...") asks.
_OVERLOOKED = {
    "et": re.compile(r"\b(?:jai|laks|jaanud|lainud)\s+(?:\w+\s+){0,3}?teil\s+(?:\w+\s+){0,3}?tahelepanuta\b|"
                     r"\bteil\s+(?:\w+\s+){0,3}?(?:jai|laks|on\s+jaanud|on\s+lainud)\s+(?:\w+\s+){0,3}?tahelepanuta\b|"
                     r"\b(?:te|teie)\s+(?:\w+\s+){0,2}?(?:jatsite|jatate)\s+(?:\w+\s+){0,3}?tahelepanuta\b"),
    "ru": re.compile(r"\bвы\s+(?:\w+\s+){0,3}?упустил\w*\s+(?:\w+\s+){0,2}?из\s+виду\b|"
                     r"\bу\s+вас\s+(?:\w+\s+){0,3}?прош\w*\s+мимо\s+(?:вашего\s+)?(?:внимания|глаз)\b"),
}
_IF_NEAR = re.compile(r"\b(?:если|kui|juhul)\b(?:\s+\w+){0,2}\s*$")


def _blaming(an: TranscriptAnalysis, pattern: re.Pattern | None, keep) -> list[Evidence]:
    """Agent sentences whose folded words match ``pattern`` and pass ``keep(words, match)``, not in a question
    offering alternatives («Вы не согласны или Вы не так поняли, ...?»)."""
    if pattern is None:
        return []
    out = []
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            words = _norm_words(sentence)
            m = pattern.search(words)
            if m and keep(words, m) and not offers_alternatives(sentence, an.language):
                out.append(an.evidence(i, sentence.strip()))
    return out


@lru_cache(maxsize=16_384)  # a pure function of the text
def _norm_words(sentence: str) -> str:
    return " ".join(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)


def overlooked(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent sentences that put the client's overlooking as the cause (`_OVERLOOKED`), with no "if" just before."""
    return _blaming(an, _OVERLOOKED.get(an.language), lambda words, m: not _IF_NEAR.search(words[:m.start()]))


def attention_blame(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent sentences that blame the client's reading or attention (`_ATTENTION_BLAME`), with no conditional
    before it and no first person ("я", "мы", "ma") in the sentence: the agent's own reading is no blame."""
    return _blaming(an, _ATTENTION_BLAME.get(an.language),
                    lambda words, m: not _CONDITIONAL.search(words[:m.start()])
                    and not _FIRST_PERSON[an.language].search(words))

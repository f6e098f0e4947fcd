"""Courtesy, blind round 28: the fault put on the client, and "nobody has to watch over you".

Used by `trainer.scoring.courtesy.rude`, in et and ru, on the folded words of agent statements (questions ask):

- :func:`your_fault`: the client's fault or omission stated as what it was («Это было Ваше упущение», «это
  недосмотр с Вашей стороны», «по Вашей же вине», "See oli Teie enda tegematajätmine", "see on Teie süü", "Teie
  süül"): blame, however factual the rest. A negation ("see ei olnud Teie viga", «это не Ваша вина»), an "if"
  before it («если это было Ваше упущение») and the agency's own fault («это наша ошибка») blame nobody.
- :func:`nobody_watches`: somebody "does not have to watch over you" («школа не обязана за Вас следить», «никто не
  должен Вам напоминать», "keegi ei pea Teie järel valvama", "kool ei pea Teid jälgima"): the client is told she
  should have minded it herself. The client as the one with no duty («Вы не обязаны за этим следить, мы напомним»,
  "Te ei pea selle järele valvama") and a rule without the client as its object («школа не обязана сообщать нам»)
  are explanations.
"""

from __future__ import annotations

import re

from trainer import text as tx
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.verdict import Evidence

# -- the fault was the client's --------------------------------------------------------------------------------------

_FAULT_RU = (r"(?:упущени\w*|ошибк\w*|вин[аеуыо]\w*|недосмотр\w*|оплошност\w*|недоработк\w*|промах\w*|халатност\w*|"
             r"небрежност\w*|просчет\w*|недогляд\w*)")
_OWN_RU = r"(?:(?:собственн\w*|же|личн\w*|именно)\s+)?"
_FAULT_ET = (r"(?:viga|vea|suu|suud|hooletus\w*|tegematajatmi\w*|tegemata\s+jatmi\w*|moodalaskmi\w*|apsaka\w*|"
             r"eksimus\w*|lohakus\w*|tahelepanematus\w*|unustamine)")
_OWN_ET = r"(?:(?:enda|oma|ju|endi)\s+)?"
_YOUR_FAULT = {
    "ru": re.compile(
        # «это (было) Ваше упущение», «это ошибка с Вашей стороны»
        r"\b(?:это|тут|здесь)\s+(?:(?:было|был|была|были|уже|всё|все|же|и|именно|целиком|полностью|исключительно|"
        r"только|ну)\s+){0,3}(?:ваш\w*\s+" + _OWN_RU + _FAULT_RU + r"|" + _FAULT_RU + r"\s+(?:\w+\s+)?с\s+вашей\s+"
        r"(?:же\s+)?стороны)\b|"
        # «по Вашей (же) вине», «по Вашему недосмотру»
        r"\bпо\s+ваш\w*\s+" + _OWN_RU + r"(?:вине|недосмотру|оплошности|небрежности|халатности|упущению)\b|"
        # «Ваше упущение в том, что ...», «Ваша ошибка, что ...»
        r"\bваш\w*\s+" + _OWN_RU + _FAULT_RU + r"\s+(?:в\s+том|что|здесь|тут|очевидн\w*|налицо)\b"),
    "et": re.compile(
        # "see oli Teie enda tegematajätmine", "see on Teie süü", "tegemist on Teie veaga"
        r"\b(?:see|tegemist)\s+(?:(?:oli|on|ongi|oligi|ju|siis|ikka|kull|lihtsalt|puhtalt|ainult)\s+){1,3}"
        r"(?:teie|teiepoolne|teiepoolse)\s+" + _OWN_ET + r"(?:poolne\s+)?" + _FAULT_ET + r"\w*\b|"
        # "Teie (enda) süül", "Teie enda hooletusest"
        r"\bteie\s+" + _OWN_ET + r"(?:suul|hooletusest|hooletuse\s+tottu|tegematajatmise\s+tottu|vea\s+tottu)\b|"
        # "Teie viga oli see, et ...", "Teie enda süü on see"
        r"\bteie\s+" + _OWN_ET + _FAULT_ET + r"\s+(?:oli|on)\s+(?:see|selles|ju)\b"),
}
_NOT_BEFORE = {"ru": re.compile(r"\b(?:не|нет|ни|если|никакой|никакого)\s+(?:\w+\s+){0,1}$"),
               "et": re.compile(r"\b(?:ei|pole|mitte|kui|polnud)\s+(?:\w+\s+){0,2}$")}
# a negation inside the match ("see ei olnud Teie viga" is no match; «это было не Ваше упущение» is)
_NEGATED = re.compile(r"\b(?:не|ни|ei|pole|mitte)\b")


def _statements(an: TranscriptAnalysis):
    """(agent unit, sentence, folded words joined by spaces) of every agent statement."""
    for i in an.agent_indexes:
        for _, _, sentence in an.sentences(i):
            if tx.is_question(sentence, an.language):
                continue
            words = " ".join(t.norm for t in tx.tokenize_cached(sentence) if t.is_word)
            if words:
                yield i, sentence, words


def your_fault(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements that the fault or omission was the client's (module docstring)."""
    pattern, before = _YOUR_FAULT.get(an.language), _NOT_BEFORE.get(an.language)
    if pattern is None:
        return []
    out = []
    for i, sentence, words in _statements(an):
        m = pattern.search(words)
        if m and not _NEGATED.search(m.group(0)) and not before.search(words[:m.start()]):
            out.append(an.evidence(i, sentence.strip()))
    return out


# -- "nobody has to watch over you" -----------------------------------------------------------------------------------

# a duty denied to someone other than the client: «не обязан(а/ы)», «не должен/должна/должны», «никто не обязан»;
# "ei pea", "pole kohustatud", "ei ole kohustatud"
_NO_DUTY = {"ru": re.compile(r"\bне\s+(?:обязан\w*|должн\w*|должен)\b"),
            "et": re.compile(r"\b(?:ei\s+pea|pole\s+kohustatud|ei\s+ole\s+kohustatud|ei\s+pea\s+ju)\b")}
# watching over the client, said of the client as its object
_WATCH = {
    "ru": re.compile(r"\bза\s+ва(?:с|ми)\s+(?:\w+\s+){0,2}?(?:следить|присматривать|смотреть|бегать|ходить|"
                     r"проверять|контролировать|отслеживать|думать|помнить)\b|"
                     r"\b(?:следить|присматривать|бегать|ходить|смотреть)\s+(?:\w+\s+){0,2}?за\s+ва(?:с|ми)\b|"
                     r"\bвам\s+(?:\w+\s+){0,2}?напоминать\b|\bнапоминать\s+(?:\w+\s+){0,1}?вам\b|"
                     r"\b(?:контролировать|проверять|опекать|нянчить)\s+(?:\w+\s+){0,1}?вас\b"),
    "et": re.compile(r"\bteie\s+jarele?\s+(?:\w+\s+){0,2}?(?:valvama|kaima|vaatama|passima|jooksma|jalgima)\b|"
                     r"\b(?:valvama|kaima|vaatama|passima|jooksma)\s+(?:\w+\s+){0,1}?teie\s+jarele?\b|"
                     r"\bteid\s+(?:\w+\s+){0,2}?(?:jalgima|valvama|kontrollima|meelde\s+tuletama|taga\s+ajama)\b|"
                     r"\bteile\s+(?:\w+\s+){0,2}?meelde\s+tuletama\b|"
                     r"\bteie\s+eest\s+(?:\w+\s+){0,2}?(?:jalgima|valvama|motlema|muretsema|meeles\s+pidama)\b"),
}
_CLIENT_SUBJECT = {"ru": re.compile(r"\bвы\s+(?:\w+\s+){0,1}$"), "et": re.compile(r"\b(?:te|teie)\s+(?:\w+\s+){0,1}$")}
_WATCH_WINDOW = 6  # words after the denied duty to the end of the watching (and two before it: «Вам никто не должен ...»)


def nobody_watches(an: TranscriptAnalysis) -> list[Evidence]:
    """Agent statements that someone need not watch over the client (module docstring)."""
    duty, watch, subject = _NO_DUTY.get(an.language), _WATCH.get(an.language), _CLIENT_SUBJECT.get(an.language)
    if duty is None:
        return []
    out = []
    for i, sentence, words in _statements(an):
        for m in duty.finditer(words):
            if subject.search(words[:m.start()]):
                continue  # «Вы не обязаны ...», "Te ei pea ...": the client has no duty
            window = " ".join(words[:m.start()].split()[-2:] + words[m.end():].split()[:_WATCH_WINDOW])
            if watch.search(window):
                out.append(an.evidence(i, sentence.strip()))
                break
    return out


def blames(an: TranscriptAnalysis) -> list[Evidence]:
    """Every blame reading of this module."""
    return your_fault(an) or nobody_watches(an)

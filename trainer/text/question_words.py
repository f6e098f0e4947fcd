"""Word lists shared by question detection (questions.py) and the statements that ask (statements.py):
interrogative words and the polite second person."""

from __future__ import annotations

_ET_INTERROGATIVES = frozenset(
    """kas kas't mis mida mille millele millel millelt millest milles millesse millega milleks
    millena milleni mil miks millal kuidas kus kust kuhu kes kelle keda kellele kellel kellelt kellest
    kelles kellesse kellega kelleks mitu mitme mitmes mitmendal mitmendaks kumb kumba kumma kummal
    kuipalju kuis milline mitmes""".split()
)
_RU_INTERROGATIVES = frozenset(
    """что чего чему чем чём когда как где куда откуда почему зачем отчего кто кого кому кем ком
    сколько скольких чей чья чьё чье чьи каков какова каково каковы разве неужели""".split()
)
_YOU = frozenset("вы вас вам вами ваш ваша ваше ваши вашей вашего вашему вашим вашими вашем ваших вашу".split())
_ET_YOU = frozenset("te teie teil teile teid teiega teilt teist".split())

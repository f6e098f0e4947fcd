"""Word lists shared by question detection (questions.py, interrogative.py, question_clauses.py, question_tags.py) and
the statements that ask (statements.py): interrogative words, the polite second person, verbs of asking and knowing,
Russian prepositions."""

from __future__ import annotations

ET_INTERROGATIVES = frozenset(
    """kas kas't mis mida mille millele millel millelt millest milles millesse millega milleks
    millena milleni mil miks millal kuidas kus kust kuhu kes kelle keda kellele kellel kellelt kellest
    kelles kellesse kellega kelleks mitu mitme mitmes mitmendal mitmendaks kumb kumba kumma kummal
    kuipalju kuis milline mitmes""".split()
)
RU_INTERROGATIVES = frozenset(
    """что чего чему чем чём когда как где куда откуда почему зачем отчего кто кого кому кем ком
    сколько скольких чей чья чьё чье чьи каков какова каково каковы разве неужели""".split()
)
YOU = frozenset("вы вас вам вами ваш ваша ваше ваши вашей вашего вашему вашим вашими вашем ваших вашу".split())
ET_YOU = frozenset("te teie teil teile teid teiega teilt teist".split())
RU_ASK_VERBS = frozenset("скажите подскажите уточните расскажите".split())
RU_PREPOSITIONS = frozenset("в во на до за от о об по с со к ко из у для про при через после".split())
# question words that ask wherever they stand in a client's spoken line (not "mis"/«что», which also join
# clauses), and the verbs of knowing or seeing that make them an embedded question ("vaatan, millal tuleb")
CLIENT_ANYWHERE = frozenset("""millal miks kus kust kuhu kellele kelle poole mitu kuidas
    когда куда откуда почему зачем где кому сколько""".split()) - {"poole"}
CLIENT_KNOW = frozenset("""tea tean teame teada teadnud vaatan vaatame vaadata aru moista uurin uurime uurida
    motlen naen proovin kirjutan""".split())
# interrogatives that ask wherever they stand in a short spoken sentence (not что/как/когда/где, which
# also join clauses), unless a verb of knowing precedes them («я не знаю, сколько ...»)
RU_ANYWHERE = frozenset("сколько почему зачем куда какие какой какая какое какую".split())
RU_KNOW = frozenset("""знаю знаем понимаю понимаем вижу посмотрю проверю уточню узнаю объясню расскажу
    скажу подскажу неизвестно""".split())

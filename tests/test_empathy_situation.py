"""Empathy that names the client's situation as hard ("Kolm ja pool nädalat ootamist, kui lapsel on abi vaja, on
tõesti raske", «ждать столько, когда ребёнку нужна помощь, действительно тяжело») responds to the distress
(blind round 10, t2-et-chat-04). Must-nots: a severe disability ("raske puue"), the task said to be easy, the
same words negated."""

import pytest
from scoring_support import verdicts

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Kaia kuuleb. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Ольга. Чем могу помочь?"}
UPSET = {"et": "Poja puude taotlus on juba kuu aega teil ja mitte midagi ei kuule, ma olen nii väsinud sellest ootamisest!",
         "ru": "Заявление на инвалидность сына у вас уже месяц, и ничего не слышно, я так устала ждать!"}
FACT = {"et": "Otsus tehakse 30 päeva jooksul, taotluse seisu näete iseteeninduses.",
        "ru": "Решение принимают в течение 30 дней, статус заявления видно в самообслуживании."}


def _empathy(lang, reply):
    turns = [("agent", OPEN[lang]), ("client", UPSET[lang]), ("agent", f"{reply} {FACT[lang]}"),
             ("client", "Aitäh." if lang == "et" else "Спасибо.")]
    return verdicts(lang, turns, channel="chat", client_upset=True)["empathy"]


@pytest.mark.parametrize("lang, reply", [
    ("et", "Kuu aega ootamist, kui lapsel on abi vaja, on tõesti raske."),
    ("et", "nii pikk ootamine on ju kurnav kui laps vajab teraapiat"),
    ("ru", "Ждать месяц, когда ребёнку нужна помощь, действительно тяжело."),
    ("ru", "столько ждать очень изматывающе когда сыну нужна терапия"),
])
def test_the_situation_named_as_hard_is_empathy(lang, reply):
    assert _empathy(lang, reply) == "pass"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Kui pojal on raske puue, on ka toetus suurem."),
    ("et", "Taotluse täitmine ei ole väga raske."),
    ("ru", "Подать заявление не очень трудно."),
    ("ru", "Если у сына тяжёлая инвалидность, пособие больше."),
])
def test_no_empathy_without_it(lang, reply):
    assert _empathy(lang, reply) == "fail"

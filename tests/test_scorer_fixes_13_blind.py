"""Scorer fixes after the held-out first replay of blind batch 13 (tests/newuser/live13/), in general form.

The sentences are written for this test in Estonian and Russian (not copied from the runs), with
must-not cases for each rule.
"""

import pytest
from scoring_support import verdicts as _call_model_verdicts

from trainer.scoring.promises import is_promise
from trainer.text import PhraseSet


def _verdicts(lang, turns, agent_name=None):
    return _call_model_verdicts(lang, turns, **({"agent_name": agent_name} if agent_name else {}))


# -- 1. a decision tied to a holiday or the turn of the year, or a duration restated as such a date ----------

@pytest.mark.parametrize("lang, sentence, promise", [
    ("et", "Otsuse saate kätte enne jõule.", True),
    ("et", "otsus tuleb enne joule", True),
    ("et", "Vastuse saate kolme nädala jooksul, st enne aastavahetust.", True),
    ("et", "Kui taotlete täna, tehakse otsus 15 tööpäeva jooksul ehk juba enne jaanipäeva.", True),
    ("ru", "Ответ получите к концу месяца.", True),
    ("ru", "Решение примут в течение 15 рабочих дней, то есть ещё до Нового года.", True),
    ("ru", "решение будет до рождества", True),
    # must not: a rule counted from an event, a deadline, advice, a question, a refusal, a recurring payment day
    ("et", "Otsus tehakse 15 tööpäeva jooksul pärast pensioniõiguse tekkimist, ehk mais.", False),
    ("et", "Taotluse võib esitada juba enne jõule, otsuse teeb amet pärast pensioniea täitumist.", False),
    ("et", "Kas otsus tuleb enne jõule?", False),
    ("et", "Enne jõule ma otsust lubada ei saa.", False),
    ("et", "Toetus makstakse iga kuu 8. kuupäeval, ehk detsembris 8. detsembril.", False),
    ("ru", "Подайте заявление до конца месяца.", False),
    ("ru", "Срок подачи возражения – до конца месяца.", False),
    ("ru", "Решение примут в течение 15 рабочих дней после возникновения права, то есть в мае.", False),
])
def test_a_decision_before_a_holiday_is_a_promise(lang, sentence, promise):
    assert is_promise(sentence, lang) is promise


# -- 2. the vaie sent to the court with the verb first, or to the court in the allative ("kohtule") ------------

@pytest.mark.parametrize("lang, reply, expected", [
    ("et", "Kui otsusega ei nõustu, võite 30 päeva jooksul esitada vaide otse halduskohtule.", "fail"),
    ("et", "saatke oma vaie kohtule", "fail"),
    ("et", "Vaide saate esitada halduskohtule.", "fail"),
    # must not: the vaie to the Board, the court after the decision on it, a complaint (kaebus) to the court
    ("et", "Vaide saate esitada meile, mitte kohtule.", "pass"),
    ("et", "Esitage vaie ametile; pärast vaideotsust võite pöörduda halduskohtusse.", "pass"),
    ("et", "Kaebuse saate esitada halduskohtule.", "pass"),
])
def test_an_objection_to_the_court_in_any_order(lang, reply, expected):
    verdicts = _verdicts(lang, [("agent", "Tere, Sotsiaalkindlustusamet, Mari kuuleb."),
                                ("client", "Kuidas ma otsuse vaidlustan?"), ("agent", reply)])
    assert verdicts["right_authority"] == expected


# -- 3. the institution in the agent's own introduction is not the authority of a service -------------------------

@pytest.mark.parametrize("lang, opening, expected", [
    ("ru", "здравствуйте департамент соцстрахования трийн вам нужна оценка трудоспособности или степень инвалидности",
     "pass"),
    ("et", "tere sotsiaalkindlustusamet kati kas vajate töövõime hindamist või puude raskusastet", "pass"),
    # must not: the Board said to assess work ability, at the start of a later reply
    ("ru", "Департамент социального страхования проводит оценку трудоспособности.", "fail"),
    ("et", "Sotsiaalkindlustusamet teeb ka töövõime hindamise.", "fail"),
])
def test_the_introduction_names_no_authority(lang, opening, expected):
    client = "Tere. Mul oli insult." if lang == "et" else "Здравствуйте. У меня был инсульт."
    greet = "Tere, Sotsiaalkindlustusamet, Kati kuuleb." if lang == "et" else "Здравствуйте, Департамент, Трийн."
    turns = [("agent", opening), ("client", client), ("agent", "Aitäh." if lang == "et" else "Спасибо.")] \
        if expected == "pass" else [("agent", greet), ("client", client), ("agent", opening)]
    verdicts = _verdicts(lang, turns, agent_name="Kati" if lang == "et" else "Трийн")
    assert verdicts["right_authority"] == expected


# -- 4. a later negation with a verb of its own does not take back a performative verb ----------------------------

@pytest.mark.parametrize("lang, phrase, sentence, negated", [
    ("ru", "соболезную", "соболезную вам сообщать не нужно данные приходят из регистра", False),
    ("ru", "соболезную", "соболезную вам", False),
    # must not: the verb's own negation, a noun taken back by a later negated need
    ("ru", "соболезновать", "соболезновать не буду", True),
    ("ru", "подавать", "заявление подавать не нужно", True),
    ("ru", "заявление", "заявление подавать не нужно", True),
])
def test_a_later_negator_with_its_own_verb(lang, phrase, sentence, negated):
    (match,) = PhraseSet([phrase], lang).find_all(sentence)
    assert match.negated is negated


# -- 5. the self-service entered through the bank: a login verb, then the bank, in any wording -------------------

@pytest.mark.parametrize("lang, reply, expected", [
    ("ru", "Решение Вы увидите в среде самообслуживания. Войти туда можно и через свой банк, например SEB.", "fail"),
    ("ru", "Решение есть в среде самообслуживания. Если ID-карта не работает, войти можно через Ваш банк.", "fail"),
    ("et", "Otsust näete iseteeninduses. Sisse saab logida ka oma panga kaudu.", "fail"),
    # must not: the bank denied, the bank as the account, the login by ID-card
    ("ru", "Решение Вы увидите в среде самообслуживания. Войти можно только с ID-картой или Smart-ID, через банк нельзя.",
     "pass"),
    ("ru", "Решение есть в среде самообслуживания. Пособие переводится на Ваш счёт в банке.", "pass"),
    ("et", "Otsust näete iseteeninduses. Sisse saab logida ainult ID-kaardi, mobiil-ID või Smart-ID-ga, mitte panga kaudu.",
     "pass"),
])
def test_a_bank_login_is_a_wrong_claim(lang, reply, expected):
    client = "Kus ma otsust näen?" if lang == "et" else "Где я увижу решение?"
    greet = "Tere, Sotsiaalkindlustusamet, Mari kuuleb." if lang == "et" else \
        "Здравствуйте, Департамент социального страхования, Мария."
    verdicts = _verdicts(lang, [("agent", greet), ("client", client), ("agent", reply)])
    assert verdicts["knowledge_values"] == expected

"""What blind batch 12 (tests/newuser/live12) showed, in general form, on own et/ru sentences (issue #10).

1. The state pension and its calculation belong to the Board: sending it to Pensionikeskus (second pillar
   only) is a wrong authority and fails the call model's `right_authority` gate.
2. A future outcome of the client's case said as certain, without a condition or a hedge ("руководитель сам
   пересчитает Вам пенсию, и разница будет выплачена") is a promise, with or without a certainty word.
3. A narrated plan or report of the call model's steps ("esiteks tuvastan Teid, teiseks kontrollin
   kontrollnumbrit ... vastan Teie küsimusele", "tuvastasin, kontrollisin, vastasin küsimusele") performs none
   of them: it is an instruction read aloud, not an answer.
4. "isikukoodi palun siia ära kirjutage" (ära = don't, typed without diacritics too) asks for no identifier.
"""

import pytest
from scoring_support import RUBRIC, SETTINGS, verdicts

from trainer.scoring.acts import find_non_answers
from trainer.scoring.identifier_requests import find_identifier_requests
from trainer.scoring.promises import is_promise
from trainer.scoring.transcript import Context, Transcript, Turn

CONCEPTS = {**RUBRIC.concepts, "institution": {k: list(v) for k, v in SETTINGS.institution_names.items()}}

GREET = {"et": "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
         "ru": "Здравствуйте! Департамент социального страхования, меня зовут Ольга. Чем могу помочь?"}
ASK = {"et": "Tere. Mu pension on ikka veel arvutamata, kes sellega tegeleb?",
       "ru": "Здравствуйте. Мне до сих пор не пересчитали пенсию, кто этим занимается?"}
BYE = {"et": "Aitäh, et helistasite, head päeva!", "ru": "Спасибо за звонок, всего доброго!"}


def _authority(lang, reply):
    turns = [("agent", GREET[lang]), ("client", ASK[lang]), ("agent", reply),
             ("client", "Selge." if lang == "et" else "Понятно."), ("agent", BYE[lang])]
    return verdicts(lang, turns)["right_authority"]


# -- 1. the state pension: the Board, not Pensionikeskus ------------------------------------------------

@pytest.mark.parametrize("lang, reply", [
    ("et", "Riikliku pensioni arvutamise seisu kohta saate teada Pensionikeskusest, võtke nendega ühendust."),
    ("et", "vanaduspensioni arvutab pensionikeskus, helistage neile"),
    ("et", "Teie pensioni ümberarvutamisega tegeleb Pensionikeskus."),
    ("ru", "Перерасчётом пенсии занимается Пенсионный центр, позвоните туда."),
    ("ru", "пенсию по старости вам рассчитает пенсионный центр"),
    ("ru", "Государственную пенсию назначает Pensionikeskus."),
])
def test_the_state_pension_sent_to_pensionikeskus_fails_the_gate(lang, reply):
    assert _authority(lang, reply) == "fail"


@pytest.mark.parametrize("lang, reply", [
    ("et", "Riikliku pensioni arvutab Sotsiaalkindlustusamet, II samba kohta küsige Pensionikeskusest."),
    ("et", "Teise samba pensioni arvutab Pensionikeskus, meie maksame riiklikku pensioni."),
    ("et", "Vanaduspension laekub Teie pangakontole viiendal kuupäeval."),
    ("et", "Riikliku pensioni arvutamisega Pensionikeskus ei tegele, see on meie töö."),
    ("et", "Kogumispensioni väljamakse avalduse esitate Pensionikeskusele."),
    ("ru", "Государственную пенсию рассчитывает Департамент, а второй столп – Пенсионный центр и банк."),
    ("ru", "Пенсия по старости приходит на Ваш счёт в банке пятого числа."),
    ("ru", "Пенсионный центр перерасчётом пенсии не занимается, это делаем мы."),
])
def test_the_state_pension_at_the_board_a_bank_account_or_a_denial_passes(lang, reply):
    assert _authority(lang, reply) == "pass"


# -- 2. a future outcome said as certain --------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Не волнуйтесь: руководитель группы, когда перезвонит, сам сразу пересчитает Вам пенсию, и разница "
           "будет выплачена, так что больше никуда обращаться не нужно."),
    ("ru", "Руководитель пересчитает вам пенсию и доплатит разницу."),
    ("ru", "разница будет вам выплачена в следующем месяце"),
    ("ru", "Ваше пособие будет восстановлено, а долг спишут."),
    ("et", "Meeskonnajuht arvutab Teie pensioni ümber ja vahe makstakse Teile välja."),
    ("et", "meeskonnajuht arvutab teile pensioni ise umber ja maksab vahe valja"),
    ("et", "Puuduv summa makstakse Teile tagasi."),
    ("et", "Ekspert määrab Teile puude uuesti."),
])
def test_a_certain_future_outcome_is_a_promise(lang, sentence):
    assert is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    # a condition (the rule), a hedge, a negation, the agent's own or a colleague's act, a rule, a question, advice
    ("ru", "Если стаж подтвердится, пенсию Вам пересчитают."),
    ("ru", "Руководитель группы перезвонит Вам в течение двух рабочих дней."),
    ("ru", "Пересчитают ли пенсию, решает специалист, обещать я не могу."),
    ("ru", "Мы не можем пересчитать Вам пенсию по телефону."),
    ("ru", "Пенсию выплачивают пятого числа каждого месяца."),
    ("ru", "Пересчитают ли Вам пенсию?"),
    ("ru", "Разницу Вам не выплатят, пока нет решения."),
    ("ru", "Вы подали заявление вовремя, поэтому пенсия будет выплачена со дня, когда у Вас возникло право."),
    ("ru", "пенсия вам будет выплачена за все время с возникновения права"),
    ("et", "Esitasite taotluse õigel ajal, nii et pension makstakse Teile välja alates õiguse tekkimise päevast."),
    ("et", "Kui staaž leiab kinnitust, arvutatakse pension ümber."),
    ("et", "Meeskonnajuht helistab Teile tagasi kahe tööpäeva jooksul."),
    ("et", "Pension makstakse välja iga kuu 5. kuupäeval."),
    ("et", "Kas Teile on pension juba ümber arvutatud?"),
    ("et", "Kas pension arvutatakse ümber, otsustab spetsialist, tulemust ma lubada ei saa."),
    ("et", "Vahet Teile välja ei maksta, kuni otsust pole."),
])
def test_a_condition_hedge_negation_rule_or_act_is_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)


# -- 3. a narrated plan or report of the call model's steps -------------------------------------------

def _kinds(lang, reply):
    transcript = Transcript(language=lang, channel="phone", context=Context(),
                            turns=[Turn(role="agent", text=GREET[lang]), Turn(role="client", text=ASK[lang]),
                                   Turn(role="agent", text=reply)])
    return [f.kind for f in find_non_answers(transcript, CONCEPTS, lang).findings]


@pytest.mark.parametrize("lang, reply", [
    ("et", "Selle kõne käigus teen järgmist: esiteks tuvastan Teid isikukoodi järgi, teiseks kontrollin "
           "kontrollnumbrit ja kolmandaks vastan Teie küsimusele."),
    ("et", "Pärast õiget koodi vastan küsimusele pensioni suuruse kohta ja suunan Teid iseteenindusse. "
           "Seejärel teen kokkuvõtte ja lõpetan kõne viisakalt."),
    ("et", "kokkuvotteks tuvastasin teid kontrollisin kontrollnumbrit ja vastasin kusimusele"),
    ("ru", "Сначала я установлю Вашу личность, затем проверю контрольную цифру и отвечу на Ваш вопрос."),
    ("ru", "Итак: я установил личность, ответил на вопрос и подвёл итог."),
])
def test_a_narrated_plan_of_the_call_model_is_no_answer(lang, reply):
    assert "agent_instruction" in _kinds(lang, reply)


@pytest.mark.parametrize("lang, reply", [
    ("et", "Kõigepealt tuvastan Teid: palun öelge oma isikukood."),
    ("et", "Kõigepealt tuvastan Teid ja siis vastan Teie küsimusele. Palun öelge isikukood."),
    ("et", "Kas vastasin Teie küsimusele ja kas kokkuvõte oli selge?"),
    ("et", "Teie pension on 812 eurot kuus, tõendi saate iseteenindusest, kuhu suunan Teid kohe."),
    ("et", "Kontrollin kontrollnumbrit: see ei klapi, kas saaksite koodi uuesti öelda?"),
    ("ru", "Сейчас я уточню и отвечу на Ваш вопрос, подождите минутку."),
    ("ru", "Ответил ли я на Ваш вопрос? Спасибо за звонок!"),
    ("ru", "Я проверю данные: ваша пенсия 612 евро, её выплачивают пятого числа."),
])
def test_one_announced_step_a_check_question_or_real_content_is_an_answer(lang, reply):
    assert "agent_instruction" not in _kinds(lang, reply)


# -- 4. "ära kirjutage" asks for nothing --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "tere, sander sotsiaalkindlustusametist. kas isa elab uksi? isikukoodi palun siia ara kirjutage",
    "Isikukoodi palun siia ära kirjutage, see vestlus pole turvaline.",
    "palun ara saatke siia oma isikukoodi",
])
def test_ara_kirjutage_is_no_identifier_request(sentence):
    assert find_identifier_requests(sentence, "et") == ()


@pytest.mark.parametrize("sentence", [
    "Palun kirjutage siia oma isikukood, ära unustage kontrollnumbrit.",
    "palun kirjutage oma isikukood ara",
])
def test_a_request_beside_another_prohibitive_is_still_a_request(sentence):
    assert find_identifier_requests(sentence, "et")

"""False alarms on right answers of the blind batches 79 and 80 (issue #10), with the near misses that must still fail.

1. Rehabilitation named as a time ("pärast taastusravi", «после восстановительного лечения») before "turn to us again
   about social rehabilitation" is no claim that the Board arranges the rehabilitation (live79 assistive-device-rehab-et
   good).
2. Documents sent by a proper channel "will certainly be received" is office procedure, not an outcome of the case
   promised (live79 complaint-registration-et good).
3. A spoken closing without punctuation, a yes or a particle before the thanks and the goodbye, is a social act, not a
   bare keyword (live80 data-request-journalist-ru terse).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scoring_support import scenario_reply_result, verdicts
from trainer.scoring.promises import is_promise
from trainer.simulation.library import Library

LIB = Library.load(Path(__file__).parent.parent)


def _criterion(result: dict, cid: str) -> str:
    return next(c["result"] for c in result["criteria"] if c["id"] == cid)


# --- 1. rehabilitation as a time, not as the Board's service -------------------------------------------------------

REHAB_RIGHT = {
    "assistive-device-rehab-et": [
        "Taastusravile suunab arst ja selle eest tasub Tervisekassa. Kui pärast taastusravi on kodus ikka raske toime "
        "tulla, võtke meiega uuesti ühendust ja arutame sotsiaalset rehabilitatsiooni.",
        "Taastusravi saatekirja annab perearst, see on Tervisekassa teenus. Peale taastusravi, kui abi on veel vaja, "
        "helistage meile ja vaatame, kas sotsiaalne rehabilitatsioon sobib.",
        "Taastusravi on tervishoiuteenus, saatekirja annab arst. Taastusravi järel võite vajadusel meie poole pöörduda.",
    ],
    "assistive-device-rehab-ru": [
        "На восстановительное лечение направляет врач, оплачивает Касса здоровья. Если после восстановительного "
        "лечения Вам всё ещё будет трудно справляться дома, можете снова обратиться к нам насчёт социальной "
        "реабилитации.",
        "Направление на восстановительное лечение даёт врач, это услуга Кассы здоровья. По окончании "
        "восстановительного лечения, если помощь ещё нужна, звоните нам.",
    ],
}

REHAB_WRONG = {
    "assistive-device-rehab-et": [
        "Taastusravi korraldame meie, esitage taotlus meile.",
        "Pärast operatsiooni on taastusravi meie teenus, taotluse saate esitada meile.",
        "Sotsiaalkindlustusamet korraldab ka Teie taastusravi.",
    ],
    "assistive-device-rehab-ru": [
        "Восстановительное лечение организуем мы, подайте заявление к нам.",
        "После операции восстановительное лечение оплачивает наш Департамент.",
    ],
}


@pytest.mark.parametrize("scenario, reply", [(s, r) for s, rs in REHAB_RIGHT.items() for r in rs])
def test_rehab_after_is_no_wrong_authority(scenario, reply):
    result = scenario_reply_result(LIB, scenario, reply)
    assert _criterion(result, "rehab_distinguished") == "pass"
    assert not [m for m in result.get("misinformation", []) if m["id"] == "agency_hands_out"]


@pytest.mark.parametrize("scenario, reply", [(s, r) for s, rs in REHAB_WRONG.items() for r in rs])
def test_board_does_rehab_still_fails(scenario, reply):
    assert _criterion(scenario_reply_result(LIB, scenario, reply), "rehab_distinguished") == "fail"


# --- 2. documents received by a proper channel ---------------------------------------------------------------------

RECEIVED = [
    ("et", "Dokumendid võite saata e-postiga digiallkirjaga või tuua büroosse, seal võetakse need kindlasti vastu."),
    ("et", "Kui saadate tõendi iseteeninduse kaudu, võetakse see kindlasti vastu."),
    ("et", "Taotluse võtame posti teel kindlasti vastu, kui see on allkirjastatud."),
    ("ru", "Документы можете прислать через самообслуживание или по почте – там их обязательно примут."),
    ("ru", "Справку в бюро обслуживания у Вас точно примут, если она подписана."),
]

STILL_PROMISES = [
    ("et", "Teie kaebus rahuldatakse kindlasti."),
    ("et", "Paberid võetakse vastu ja toetus taastatakse kindlasti."),
    ("et", "Saatke paberid, otsus võetakse kindlasti vastu teie kasuks."),
    ("et", "Dokumendid võetakse vastu ja vastuse saate kindlasti homme."),
    ("ru", "Документы примут, и пенсию Вам точно вернут."),
    ("ru", "Справку примут, и решение будет точно в пятницу."),
    ("ru", "Возражение у Вас примут и инвалидность обязательно восстановят."),
]


@pytest.mark.parametrize("lang, sentence", RECEIVED)
def test_documents_received_is_no_promise(lang, sentence):
    assert not is_promise(sentence, lang)


@pytest.mark.parametrize("lang, sentence", STILL_PROMISES)
def test_outcome_promises_still_found(lang, sentence):
    assert is_promise(sentence, lang)


def test_complaint_scenario_documents_received():
    reply = ("Tõendi ja taotluse saate saata iseteeninduses või digiallkirjaga e-postiga, siis võetakse need kindlasti "
             "vastu. Otsusega mittenõustumiseks esitate vaide 30 päeva jooksul.")
    result = scenario_reply_result(LIB, "complaint-registration-et", reply)
    assert _criterion(result, "no_outcome_promise") == "pass"
    wrong = "Tõendi võtame vastu ja Teie puudetoetus taastatakse kindlasti."
    assert _criterion(scenario_reply_result(LIB, "complaint-registration-et", wrong), "no_outcome_promise") == "fail"


# --- 3. a spoken closing: a yes or a particle, thanks and goodbye ---------------------------------------------------

OPENING = {"et": "Tere, Sotsiaalkindlustusamet, Piret kuuleb. Kuidas saan aidata?",
           "ru": "Здравствуйте, Департамент социального страхования, Наталья. Чем могу помочь?"}
QUESTION = {"et": "Tere. Kuhu ma pean avalduse saatma?", "ru": "Здравствуйте. Куда мне отправить заявление?"}
ANSWER = {"et": "Avalduse saate saata iseteeninduse kaudu või digiallkirjaga e-postiga. Kas see on arusaadav?",
          "ru": "Заявление можно отправить через самообслуживание или по электронной почте с цифровой подписью. "
                "Это понятно?"}
THANKS = {"et": "Selge, saadan iseteeninduses. Aitäh.", "ru": "Понятно, отправлю через самообслуживание. Спасибо."}


def _closing_verdicts(lang: str, closing: str) -> dict[str, str]:
    return verdicts(lang, [("agent", OPENING[lang]), ("client", QUESTION[lang]), ("agent", ANSWER[lang]),
                           ("client", THANKS[lang]), ("agent", closing)])


@pytest.mark.parametrize("lang, closing", [
    ("ru", "да так спасибо за звонок всего доброго"),
    ("ru", "да хорошо спасибо что позвонили всего доброго"),
    ("ru", "ну да спасибо за звонок до свидания"),
    ("et", "jah siis aitäh kõne eest kõike head"),
    ("et", "jaa aitäh helistamast head päeva"),
    # the thanks returned with "also" (new-user batch 74 early-or-later-retirement-et terse)
    ("et", "aitäh teile ka ilusat päeva"),
    ("ru", "спасибо и вам тоже всего доброго"),
    ("ru", "да верно спасибо за звонок всего доброго"),
    ("et", "aitäh ja sünnikoht"),
])
def test_spoken_closing_is_a_social_act(lang, closing):
    got = _closing_verdicts(lang, closing)
    assert got["real_answers"] == "pass"
    assert got["closing"] == "pass"


# a yes before the word («да пенсия ...») reads as a confirmation, as in «да верно спасибо ...» (batches 22, 38, 46)
@pytest.mark.parametrize("lang, closing", [
    ("ru", "так самообслуживание спасибо за звонок всего доброго"),
    ("et", "siis pension aitäh helistamast head päeva"),
])
def test_keyword_beside_closing_still_fails(lang, closing):
    assert _closing_verdicts(lang, closing)["real_answers"] == "fail"

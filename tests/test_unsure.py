"""The client left unsure, cut off or her question passed by (issue 10, unsure): `scoring.left_unsure`.

- A check of understanding and the goodbye in the same reply ("Kas see aitas? Aitäh, kõike head!"), answered by
  the client's shrug ("ma ei tea... küll ma kuidagi proovin"), ends the call on the agent's side: closing fails
  with reason ``left_unsure``, a gate failure.
- A client's question whose value the reply passes by (a number on another topic to "when?"), then her shrug
  and goodbye («Ну... как-нибудь, наверное, разберусь. До свидания.»): an answer after her goodbye counts for
  nothing; closing fails as above.
- Must-nots: the same one-breath reply answered with thanks ("Selge, aitäh!"), a shrug after real answers
  ("Küllap ma kuidagi saan hakkama. Aitäh."), and a late question answered before the goodbye keep passing.
"""

from __future__ import annotations

import pytest
from scoring_support import RUBRIC, SETTINGS

from trainer.scoring.left_unsure import shrugs
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn


def _score(lang: str, channel: str, turns: list[tuple[str, str]]) -> dict:
    transcript = Transcript(language=lang, channel=channel, turns=[Turn(role=r, text=t) for r, t in turns])
    return score_transcript(transcript, RUBRIC, SETTINGS)


def _closing(result: dict) -> dict:
    return next(c for c in result["criteria"] if c["id"] == "closing")


_ONE_BREATH_ET = ("Tere! Siin Kadri Sotsiaalkindlustusametist. Saan aru, et see on ebameeldiv. Toetuse taotluse saate "
                  "esitada iseteeninduses või tuua klienditeenindusse, otsus tehakse 30 päeva jooksul. Kas see aitas? "
                  "Aitäh ja kõike head!")


def test_check_and_goodbye_in_one_breath_with_a_shrug_fails_the_attempt():
    result = _score("et", "chat", [
        ("client", "mul on toetus ära öeldud, see on ju ülekohus! kuidas ma uuesti taotlen?"),
        ("agent", _ONE_BREATH_ET),
        ("client", "noh, kuhu saata, see on selge. ma ei tea... küll ma kuidagi proovin"),
    ])
    assert _closing(result)["reason"] == "left_unsure"
    assert "closing" in result["gate_failures"] and not result["passed"]


def test_one_breath_answer_the_client_thanks_for_keeps_its_verdict():
    result = _score("et", "chat", [
        ("client", "mul on toetus ära öeldud, see on ju ülekohus! kuidas ma uuesti taotlen?"),
        ("agent", _ONE_BREATH_ET),
        ("client", "Selge, aitäh, nüüd ma tean, mida teha!"),
    ])
    assert _closing(result).get("reason") != "left_unsure"
    assert "closing" not in result["gate_failures"]


_OPEN_RU = "Здравствуйте! Департамент социального страхования, Ольга слушает."


def _skipped_ru(late: str, after_question: str) -> list[tuple[str, str]]:
    return [
        ("agent", _OPEN_RU),
        ("client", "Здравствуйте! Когда мне придёт пособие по уходу за ребёнком?"),
        ("agent", "Пособие выплачивается в течение месяца после назначения, обычно в двадцатых числах."),
        ("client", "А если двадцатое – суббота, когда тогда? Не поняла я."),
        ("agent", after_question),
        ("client", late),
        ("agent", "Извините, в субботу придёт в следующий рабочий день, в понедельник. Спасибо за звонок, всего доброго!"),
    ]


def test_question_passed_by_then_shrug_and_goodbye_fails_despite_a_late_answer():
    result = _score("ru", "phone", _skipped_ru(
        "Ну... как-нибудь, наверное, разберусь. До свидания.",
        "Размер пособия 12 процентов от вашей зарплаты, у каждого свой. Назовите, пожалуйста, личный код."))
    assert _closing(result)["reason"] == "left_unsure"
    assert not result["passed"]


def test_question_answered_before_the_shrug_keeps_the_closing():
    result = _score("ru", "phone", _skipped_ru(
        "Ну... как-нибудь, наверное, разберусь. До свидания.",
        "Если двадцатое выпадает на субботу, деньги придут в следующий рабочий день, в понедельник."))
    assert _closing(result).get("reason") != "left_unsure"
    assert "closing" not in result["gate_failures"]


@pytest.mark.parametrize("text, expected", [
    ("ma ei tea... proovin kuidagi", True),
    ("Noh, kunagi vist tuleb. Head aega.", True),
    ("Ну... когда-нибудь, наверное, придут. До свидания.", True),
    ("не знаю... как-нибудь попробую", True),
    # must-nots: a question, thanks for a clear answer, a plan of one's own
    ("Aga kuidas ma seda teen, kas kuidagi internetis?", False),
    ("Selge, aitäh, saan hakkama.", False),
    ("Понятно, спасибо, завтра подам заявление.", False),
])
def test_shrugs(text, expected):
    assert shrugs(text) is expected

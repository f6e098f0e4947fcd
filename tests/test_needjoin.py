"""A need check joined to the code request in one sentence (issue #10, branch needjoin), on own et/ru sentences.

A competent agent often asks for the personal code and checks the client's need in one sentence ("Palun öelge oma
isikukood ja kas ma saan õigesti aru, et ...?", «Назовите личный код, и правильно ли я понимаю, что ...?»). The
criterion "needs" leaves identification requests out; the clause that checks the need still counts, quoted alone,
never the code request itself: "Palun öelge oma isikukood, et ma saaksin Teid aidata?" and «Назовите, пожалуйста,
личный код, чтобы я могла проверить?» check no need.
"""

import pytest
from scoring_support import RUBRIC, SETTINGS

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Liina kuuleb.",
        "ru": "Здравствуйте! Департамент социального страхования, Ольга."}
CLIENT = {"et": "Tere. Mu ema suri eelmisel nädalal. Kas ma pean teile kuidagi teatama, et tema pension lõpetataks?",
          "ru": "Здравствуйте. У меня отец умер на прошлой неделе. Надо ли вам сообщать, чтобы пенсию остановили?"}
REPLY = {"et": "Jah, just seda.", "ru": "Да, именно это."}
ANSWER = {"et": "Teatama ei pea, amet saab surma andmed rahvastikuregistrist ja lõpetab pensioni ise.",
          "ru": "Сообщать не нужно, Департамент получает данные о смерти из регистра народонаселения."}


def needs(lang: str, agent: str) -> dict:
    """The needs criterion of a call whose second agent reply is ``agent``, the client confirming before the answer."""
    turns = [("agent", OPEN[lang]), ("client", CLIENT[lang]), ("agent", agent), ("client", REPLY[lang]),
             ("agent", ANSWER[lang])]
    transcript = Transcript(language=lang, channel="phone", context=Context(),
                            turns=[Turn(role=r, text=t) for r, t in turns])
    return next(c for c in score_transcript(transcript, RUBRIC, SETTINGS)["criteria"] if c["id"] == "needs")


JOINED = [
    ("et", "Palun öelge kõigepealt oma isikukood ja kas ma saan õigesti aru, et soovite teada, kas ema pensioni "
           "lõpetamiseks peab midagi tegema?", "kas ma saan õigesti aru"),
    ("et", "Öelge palun oma isikukood, ning kas soovite teada, mida tuleb pärast ema surma pensioniga teha?",
     "kas soovite teada"),
    ("et", "Kas ma saan õigesti aru, et küsite, kas ema pensioni pärast surma edasi makstakse, ja palun öelge ka "
           "oma isikukood?", "Kas ma saan õigesti aru"),
    ("ru", "Продиктуйте, пожалуйста, свой личный код, и правильно ли я понимаю, что вы хотите узнать, что делать "
           "с пенсией отца?", "правильно ли я понимаю"),
    ("ru", "Назовите ваш личный код, а вы хотите узнать, нужно ли сообщать о смерти отца?", "вы хотите узнать"),
    ("ru", "Правильно ли я понимаю, что вы спрашиваете, нужно ли сообщать о смерти отца, и назовите, пожалуйста, "
           "ваш личный код?", "Правильно ли я понимаю"),
]


@pytest.mark.parametrize("lang, agent, frame", JOINED)
def test_need_check_joined_to_code_request_counts(lang, agent, frame):
    result = needs(lang, agent)
    assert result["result"] == "pass", result
    quotes = [e["quote"] for e in result["evidence"]]
    assert any(q.startswith(frame) for q in quotes), quotes
    # the clause that checks the need, never the code request
    assert not any("isikukood" in q.lower() or "код" in q.lower() for q in quotes), quotes


@pytest.mark.parametrize("lang, agent", [
    ("et", "Palun öelge oma isikukood, et ma saaksin Teid aidata?"),
    ("et", "Kas ütleksite oma isikukoodi, et saaksin vaadata, kas pension on lõpetatud?"),
    ("et", "Kas ma saan õigesti aru, et Teie isikukood on 48001010000?"),
    ("et", "Palun öelge isikukood ja kas see on arusaadav?"),
    ("ru", "Назовите, пожалуйста, личный код, чтобы я могла проверить?"),
    ("ru", "Назовите личный код, чтобы я могла проверить, правильно ли я понимаю ваш вопрос?"),
    ("ru", "Правильно ли я понимаю, что ваш личный код 38001010000?"),
    ("ru", "Скажите ваш личный код, и вам всё понятно?"),
])
def test_code_request_alone_checks_no_need(lang, agent):
    assert needs(lang, agent)["result"] == "fail"


@pytest.mark.parametrize("lang, agent", [
    ("et", "Palun öelge oma isikukood. Kas ma saan õigesti aru, et soovite teada, mida ema pensioniga teha?"),
    ("et", "Kas ma saan õigesti aru, et soovite teada, kas ema pensioni lõpetamiseks peab midagi tegema?"),
    ("ru", "Назовите ваш личный код. Правильно ли я понимаю, что вы хотите узнать, что делать с пенсией отца?"),
])
def test_separate_need_check_still_counts(lang, agent):
    assert needs(lang, agent)["result"] == "pass"

"""A client's second matter never taken up leaves the closing open (leftopen.untaken_question), on own et/ru
sentences: a client line that names a second matter ("ja teine asi", «и ещё вопрос») or announces two ("mul on
kaks küsimust", «у меня два вопроса»), whose later question's new topic words come up in no later reply, fails
the closing even when the client forgets it and the agent says a kind goodbye. Must-nots: the second matter
answered in other inflections, taken up with a question back or a code request, a single question per line, and
two plain questions in a line without such a marker (often answered together in other words) keep the closing.
"""

import pytest
from scoring_support import verdicts

GREET = {"et": "tere sotsiaalkindlustusamet siin kuuleb maarja kuidas saan aidata",
         "ru": "Здравствуйте, Департамент социального страхования, меня зовут Алина. Чем могу помочь?"}


def _et(second_reply: str, two: str = "ja teine asi") -> list[tuple[str, str]]:
    return [("agent", GREET["et"]),
            ("client", "tere mul on küsimus vanemahüvitise kohta millal see esimest korda makstakse"),
            ("agent", "kas te küsite enda vanemahüvitise kohta mis on juba määratud"),
            ("client", "jah minu oma"),
            ("agent", "vanemahüvitis makstakse järgmise kuu kaheksandal kuupäeval otsuse järel"),
            ("client", f"selge aitäh {two} kas mu abikaasa saab isapuhkuse ajal ka hüvitist samal ajal"),
            ("agent", second_reply),
            ("client", "ee ei rohkem polegi"),
            ("agent", "aitäh et helistasite ilusat päeva teile")]


def _ru(second_reply: str, intro: str = "У меня два вопроса.") -> list[tuple[str, str]]:
    return [("agent", GREET["ru"]),
            ("client", "Здравствуйте, мне не пришло пособие на ребёнка в этом месяце."),
            ("agent", "Подскажите, пожалуйста, речь о пособии на ребёнка за декабрь?"),
            ("client", "Да."),
            ("agent", "Пособие на ребёнка выплачивается восьмого числа, в этом месяце оно ушло по графику."),
            ("client", f"{intro} Когда именно деньги будут на счёте? И положена ли нам компенсация "
                       "за детский садик?"),
            ("agent", second_reply),
            ("client", "Ладно."),
            ("agent", "Спасибо за обращение, всего доброго!")]


@pytest.mark.parametrize("reply", [
    "raha jõuab kontole tavaliselt samal päeval kui see välja makstakse",
    "palun vaadake iseteenindusest makse kuupäeva see on seal kirjas",
])
def test_et_second_matter_left_untaken_fails_the_closing(reply):
    assert verdicts("et", _et(reply))["closing"] == "fail"


@pytest.mark.parametrize("reply", [
    "jah isapuhkuse ajal saab abikaasa isahüvitist samal ajal teie vanemahüvitisega",
    "kas abikaasa on isapuhkuse juba taotlenud",  # taken up with a question back
])
def test_et_second_matter_taken_up_keeps_the_closing(reply):
    assert verdicts("et", _et(reply))["closing"] == "pass"


def test_et_without_a_marker_is_not_judged_here():
    # "ja" alone: one more question in the same line, not an announced second matter
    assert verdicts("et", _et("raha jõuab kontole samal päeval", two="ja"))["closing"] == "pass"


@pytest.mark.parametrize("reply", [
    "Деньги обычно поступают на счёт в тот же день.",
    "Всю информацию о выплатах Вы найдёте на сайте.",
])
def test_ru_announced_second_question_left_untaken_fails_the_closing(reply):
    assert verdicts("ru", _ru(reply), channel="chat")["closing"] == "fail"


@pytest.mark.parametrize("reply", [
    "Деньги поступают в тот же день. Компенсацию за место в детском саду назначает местное самоуправление.",
    "Деньги поступают в тот же день. Назовите, пожалуйста, Ваш личный код, чтобы я проверила данные.",
])
def test_ru_second_question_taken_up_keeps_the_closing(reply):
    assert verdicts("ru", _ru(reply), channel="chat")["closing"] == "pass"


def test_ru_two_questions_without_an_announcement_are_not_judged_here():
    assert verdicts("ru", _ru("Деньги обычно поступают в тот же день.", intro=""), channel="chat")["closing"] == "pass"

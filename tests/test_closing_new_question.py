"""A client who takes the answer and asks something new in the same turn ("Понятно. А на похороны что-то
дают?") leaves that question open when the agent only recaps and says goodbye (blind round 10,
blind-n2-ru-phone-06). Must-nots: the new question answered, or only the answer taken, closes politely."""

import pytest
from scoring_support import verdicts

RU = [("agent", "Добрый день! Департамент социального страхования, меня зовут Ирина. Чем могу помочь?"),
      ("client", "Здравствуйте. С отцовского счёта вернули пенсию за ноябрь, почему?"),
      ("agent", "Пенсия за месяц смерти остаётся, а пенсию за следующий месяц банк возвращает нам."),
      ("client", "То есть за ноябрь ему уже не положено?"),
      ("agent", "Да, за ноябрь пенсия не положена, её вернули правильно.")]
ET = [("agent", "Tere! Sotsiaalkindlustusamet, Kati kuuleb. Kuidas saan aidata?"),
      ("client", "Tere. Isa kontolt võeti novembri pension tagasi, miks?"),
      ("agent", "Surmakuu pension jääb alles, järgmise kuu pension tagastatakse pangast meile."),
      ("client", "Et novembri eest ei olnudki talle enam ette nähtud?"),
      ("agent", "Jah, novembri pension tagastati õigesti.")]


@pytest.mark.parametrize("lang, turns, expected", [
    ("ru", RU + [("client", "Понятно. А на похороны тогда вообще что-то дают?"),
                 ("agent", "Итак, ноябрьская пенсия возвращена правильно. Спасибо за звонок, до свидания.")], "fail"),
    ("et", ET + [("client", "Selge. Aga kas matusteks mingit toetust ka makstakse?"),
                 ("agent", "Nii et kokkuvõttes, novembri pension tagastati õigesti. Aitäh, head päeva!")], "fail"),
    # must-nots
    ("ru", RU + [("client", "Понятно. А на похороны тогда вообще что-то дают?"),
                 ("agent", "Пособие на похороны платит местное самоуправление, обратитесь туда. Спасибо за звонок, до свидания.")],
     "pass"),
    ("ru", RU + [("client", "Понятно, спасибо."),
                 ("agent", "Итак, ноябрьская пенсия возвращена правильно. Всего доброго!")], "pass"),
    ("et", ET + [("client", "Selge. Aga kas matusteks mingit toetust ka makstakse?"),
                 ("agent", "Matusetoetust maksab kohalik omavalitsus, pöörduge sinna. Aitäh, head päeva!")], "pass"),
])
def test_a_new_question_after_taking_the_answer(lang, turns, expected):
    assert verdicts(lang, turns)["closing"] == expected

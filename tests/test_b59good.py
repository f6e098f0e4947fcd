"""New-user batch 59 (live59): three competent runs failed by content gates, fixed in general, on sentences written
for these tests.

1. The Board's duty to answer said with certainty ("Jah, vastuse saate kindlasti.", «Ответ Вы обязательно
   получите.») is no promise: a complaint or a request must be answered by law, and a sentence that only says THAT
   an answer comes, with no date, no time and no outcome, states that duty (`promise_deadline.duty_to_answer_only`,
   read by the scorer's promise check and the client's ``promised`` signal alike). An answer tomorrow or within two
   days, a favourable answer, an answer saying what happens, a decision, money, "luban" / «обещаю» / "garanteerin"
   and a call-back stay promises.
2. assistive-device-rehab-et/-ru device_path: the contracted company said with a relative clause ("ettevõttesse,
   kellel on Sotsiaalkindlustusametiga abivahendite leping", «в магазин, с которым у Департамента договор») or as the
   Board's contract partner ("meie lepingupartner", «наш партнёр») is the path; the Board sending the walker, "come
   to our office" and a question are not.
3. pension-indexation-tax-et rise_not_equal: "everyone by one and the same percentage, but in euros it depends on the
   own pension" is right (as in indexation-day-et, a sentence that says the rise depends on the own pension is no
   "same for everyone"); "kõigil tõusis sama palju", "kõigil ühe ja sama summa võrra" stay wrong.
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import play_to_end
from scoring_support import scenario_criterion

from trainer.scoring.promise_deadline import binding_promises
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. the duty to answer -------------------------------------------------------------------------------------------

DUTY = [
    ("et", "Jah, vastuse saate kindlasti."),
    ("et", "Teie kaebusele tuleb kindlasti vastus."),
    ("et", "Kindlasti saate meilt kirjaliku vastuse."),
    ("et", "Vastus tuleb Teile kindlasti, kirjalikult e-postiga."),
    ("et", "Võite kindel olla, et vastuse saate."),
    ("et", "Kaebus vaadatakse läbi ja vastuse saate kindlasti."),
    ("ru", "Ответ на жалобу Вы обязательно получите."),
    ("ru", "Да, письменный ответ Вам точно придёт."),
    ("ru", "Ответ непременно будет, письменно."),
]

STILL_PROMISES = [
    ("et", "Vastuse saate kindlasti homme."),
    ("et", "Kindlasti saate vastuse kahe päeva jooksul."),
    ("et", "Vastus tuleb kindlasti nädala pärast."),
    ("et", "Vastuse saate kindlasti varsti."),
    ("et", "Saate kindlasti positiivse vastuse."),
    ("et", "Kindlasti saate hea vastuse."),
    ("et", "Kindlasti saate vastuse, et toetus taastatakse."),
    ("et", "Otsuse saate kindlasti."),
    ("et", "Luban, et saate vastuse."),
    ("et", "Garanteerin, et vastus tuleb."),
    ("et", "Teile helistatakse kindlasti tagasi."),
    ("et", "Saate kindlasti vastuse ja raha tagasi."),
    ("et", "Vastuse saate kindlasti ja teenindaja saab noomituse."),
    ("et", "Vastuse saate kindlasti 30 päeva jooksul."),   # a duration with certainty: not this exemption's
    ("ru", "Ответ Вы точно получите завтра."),
    ("ru", "Ответ придёт обязательно в течение двух дней."),
    ("ru", "Ответ обязательно придёт в ближайшие дни."),
    ("ru", "Обещаю, ответ придёт."),
    ("ru", "Вы обязательно получите положительный ответ."),
    ("ru", "Вы точно получите ответ, что пособие восстановят."),
    ("ru", "Решение Вы точно получите."),
    ("ru", "Вам обязательно перезвонят."),
    ("ru", "Ответ точно придёт, и деньги Вам вернут."),
    ("ru", "Ответ Вы обязательно получите, а сотрудника накажут."),
]


@pytest.mark.parametrize("lang,sentence", DUTY)
def test_duty_to_answer_is_no_promise(lang, sentence):
    assert binding_promises(sentence, lang, (), [sentence]) == ()


@pytest.mark.parametrize("lang,sentence", STILL_PROMISES)
def test_answer_with_a_time_an_outcome_or_a_vow_stays_a_promise(lang, sentence):
    assert binding_promises(sentence, lang, (), [sentence])


def test_a_question_about_the_answer_is_no_promise():
    assert binding_promises("Kas ma saan kindlasti vastuse?", "et", (), []) == ()


@pytest.mark.parametrize("scenario,reply,result", [
    ("complaint-registration-et", "Registreerin kaebuse ise. Jah, vastuse saate kindlasti, juht vaatab selle üle.", "pass"),
    ("complaint-registration-et", "Registreerin kaebuse ise. Vastuse saate kindlasti homme.", "fail"),
    ("complaint-registration-et", "Registreerin kaebuse ise. Kindlasti saate vastuse, et teenindajat karistatakse.", "fail"),
    ("complaint-registration-ru", "Я сама зарегистрирую жалобу. Ответ Вы обязательно получите, её рассмотрит руководитель.",
     "pass"),
    ("complaint-registration-ru", "Я сама зарегистрирую жалобу. Ответ Вы обязательно получите завтра.", "fail"),
])
def test_no_outcome_promise_reads_the_duty(library, scenario, reply, result):
    assert scenario_criterion(library, scenario, "no_outcome_promise", reply)["result"] == result
    assert scenario_criterion(library, scenario, "no_promise", reply)["result"] == result


TODAY = date(2026, 12, 7)
GREETING = {"et": "Tere, Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?",
            "ru": "Здравствуйте, Департамент социального страхования, Ольга. Чем могу помочь?"}


@pytest.mark.parametrize("scenario,reply,promised", [
    ("complaint-registration-et", "Mul on kahju. Jah, vastuse saate kindlasti.", False),
    ("complaint-registration-et", "Mul on kahju. Vastuse saate kindlasti homme.", True),
    ("complaint-registration-ru", "Мне жаль. Да, ответ Вам точно придёт.", False),
    ("complaint-registration-ru", "Мне жаль. Обещаю, ответ придёт.", True),
])
def test_the_client_hears_the_duty_as_the_scorer(library, scenario, reply, promised):
    conv = play_to_end(library, scenario, [GREETING[scenario[-2:]], reply], TODAY)
    assert bool(conv.state["ever"].get("promised")) is promised


# -- 2. the contracted company in a relative clause or as the Board's partner ----------------------------------------

ET_DOC = "Perearst vormistab tõendi abivahendi vajaduse kohta. "
RU_DOC = "Семейный врач оформит справку о потребности во вспомогательном средстве. "


@pytest.mark.parametrize("path", [
    "Sellega minge firmasse, millel on Sotsiaalkindlustusametiga leping.",
    "Tõendiga pöördute abivahendikeskusesse, kellel on ametiga sõlmitud abivahendite leping.",
    "Tõendiga lähete poodi, kellel on meiega leping.",
    "Tõendiga minge ettevõttesse, millel on leping Sotsiaalkindlustusametiga.",
    "Rulaatori saate meie lepingupartnerilt, nende nimekiri on kodulehel.",
    "Minge apteeki, mis on Sotsiaalkindlustusameti lepingupartner.",
])
def test_et_contracted_company_in_other_words(library, path):
    assert scenario_criterion(library, "assistive-device-rehab-et", "device_path", ET_DOC + path)["result"] == "pass"


@pytest.mark.parametrize("path", [
    "Me saadame Teile rulaatori koju.",                               # the Board sends it: wrong
    "Tõendiga tulge meie büroosse.",                                  # our office: not the path
    "Kas Teie lähedal on mõni meie lepingupartner?",                   # a question
    "Taastusravi saate Tervisekassa lepingupartneri juures.",          # another body's partner, another service
    "Kas Teil on leping mõne ettevõttega, millel on ametiga leping?",  # a question
])
def test_et_not_the_path(library, path):
    assert scenario_criterion(library, "assistive-device-rehab-et", "device_path", ET_DOC + path)["result"] == "fail"


@pytest.mark.parametrize("path", [
    "Со справкой идите в компанию, у которой заключён договор с Департаментом.",
    "С ней обратитесь в магазин, с которым у Департамента есть договор.",
    "Ходунки Вы получите у нашего партнёра, список партнёров есть на сайте.",
    "Идите в аптеку – партнёра Департамента.",
    "С ней идите в фирму, которая заключила договор с нами.",
])
def test_ru_contracted_company_in_other_words(library, path):
    assert scenario_criterion(library, "assistive-device-rehab-ru", "device_path", RU_DOC + path)["result"] == "pass"


@pytest.mark.parametrize("path", [
    "Мы пришлём Вам ходунки домой.",
    "Со справкой приходите к нам в бюро.",
    "Есть ли рядом с Вами наш партнёр?",
    "Восстановительное лечение проходит у партнёра Кассы здоровья.",
])
def test_ru_not_the_path(library, path):
    assert scenario_criterion(library, "assistive-device-rehab-ru", "device_path", RU_DOC + path)["result"] == "fail"


# -- 3. the same percentage, the rise in euros depending on the own pension -----------------------------------------

@pytest.mark.parametrize("reply", [
    "Pensionid tõusid kõigil ühe ja sama protsendi võrra, kuid eurodes sõltub tõus Teie enda pensioni suurusest.",
    "Protsent oli kõigil üks ja sama, aga tõus eurodes oleneb Teie pensioni suurusest.",
    "Kõigil tõusis pension ühe ja sama protsendi võrra, summa eurodes on igaühel erinev.",
])
def test_same_percentage_with_the_dependence_is_right(library, reply):
    assert scenario_criterion(library, "pension-indexation-tax-et", "rise_not_equal", reply)["result"] == "pass"


@pytest.mark.parametrize("reply", [
    "Kõigil tõusis pension sama palju.",
    "Pensionid tõusid kõigil ühe ja sama summa võrra.",
    "Kõigil tõusis pension ühe ja sama summa võrra, keskmiselt 40 eurot.",
    "Kõigile tõusis ühe ja sama summa võrra, see ei sõltu pensioni suurusest.",
])
def test_same_amount_stays_wrong(library, reply):
    verdict = scenario_criterion(library, "pension-indexation-tax-et", "rise_not_equal", reply)
    assert verdict["result"] == "fail"

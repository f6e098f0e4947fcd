"""New-user batch 23 gaming: a list of bare topics hung on a pointer to the website or a blanket claim ("Kõik on
kirjas veebilehel: tõend, ettevõte, omaosalus, leping", "Konto, makse, iseteenindus – kõik on kontrollitud",
«Пособие, заявление, номер счёта – всё проверено») says nothing to the client (trainer/scoring/pointer_list.py):
it fails the real_answers gate. A list governed by the agent's own verb, a list with values, an enumeration
closed by "ja" / «и», and channels that answer "kuhu?" stay speech."""

from pathlib import Path

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.pointer_list import pointer_list
from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
SETTINGS = scoring_settings()


@pytest.fixture(scope="module")
def rubric():
    return Library.load(ROOT).rubrics["call-model"]


def _transcript(language, texts):
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(texts)]
    return Transcript(language=language, channel="phone", turns=turns)


POINTER_LISTS = [
    ("et", "Kõik vajalik on meie kodulehel jaotises Toetused: taotlus, otsus, vaie, väljamakse."),
    ("et", "Hooldaja, hooldajatoetus, omavalitsus, taotlus – vaadake kodulehelt."),
    ("et", "Isikukood, elukoht, pangakonto, perekonnaseis – kõik on üle kontrollitud."),
    ("et", "Puudetoetus, töövõime, ekspertiis – vt www.eesti.ee."),
    ("ru", "Всё указано на нашем сайте в разделе Пенсии: заявление, решение, возражение, выплата."),
    ("ru", "Личный код, адрес, банковский счёт, семейное положение – всё проверено."),
    ("ru", "Пособие по уходу, опекун, самоуправление – см. сайт."),
]

NOT_POINTER_LISTS = [
    # the agent's own verb governs the list
    ("et", "Kaasa võtke: isikut tõendav dokument, arstitõend, taotlus."),
    ("ru", "Возьмите с собой: паспорт, справку врача, заявление."),
    # an enumeration closed by "ja" / «и»: a sentence, not stuffed topics
    ("et", "Kodulehel on kirjas kolm võimalust: iseteenindus, e-post ja tavapost."),
    ("ru", "На сайте указаны три способа: самообслуживание, e-mail и почта."),
    # values, not bare topics
    ("et", "Lapsetoetus 80 eurot, sünnitoetus 320 eurot, lasterikka pere toetus 450 eurot – vt ka kodulehte."),
    ("ru", "Пособие 80 евро, пособие при рождении 320 евро, многодетным 450 евро – см. также сайт."),
    # two items only
    ("et", "Iseteenindus või e-post – vaadake kodulehelt."),
    # a pointer with content of its own, no list
    ("et", "Kõik on kirjas Teie otsuses: vaie tuleb esitada 30 päeva jooksul."),
]


@pytest.mark.parametrize("lang,sentence", POINTER_LISTS)
def test_pointer_lists(lang, sentence):
    assert pointer_list(sentence, lang)


@pytest.mark.parametrize("lang,sentence", NOT_POINTER_LISTS)
def test_not_pointer_lists(lang, sentence):
    assert not pointer_list(sentence, lang)


ET_OPEN = "Tere! Sotsiaalkindlustusamet, Liisa kuuleb. Kuidas saan aidata?"
ET_ASK = "Tere. Ema vajab kodus hooldust. Kas ma saan hooldajatoetust?"
RU_OPEN = "Здравствуйте! Департамент социального страхования, Ирина. Чем могу помочь?"
RU_ASK = "Здравствуйте. Мне не пришла пенсия. Что мне делать?"


@pytest.mark.parametrize("lang,opening,question,reply", [
    ("et", ET_OPEN, ET_ASK, "Mõistan. Hooldaja, hooldajatoetus, omavalitsus, taotlus – vaadake kodulehelt. Kas veel midagi?"),
    ("et", ET_OPEN, ET_ASK, "Hooldajatoetus, omavalitsus, taotlus. Kõik vajalik on kodulehel kirjas."),
    ("ru", RU_OPEN, RU_ASK, "Понимаю. Личный код, банковский счёт, возврат платежа – всё проверено. Ещё вопросы?"),
    ("ru", RU_OPEN, RU_ASK, "Всё написано на сайте в разделе Пенсии: заявление, номер счёта, возврат, выплата."),
])
def test_pointer_list_fails_the_gate(rubric, lang, opening, question, reply):
    t = _transcript(lang, [opening, question, reply, "Aitäh." if lang == "et" else "Спасибо.",
                           "Kõike head!" if lang == "et" else "Всего доброго!"])
    result = score_transcript(t, rubric, SETTINGS)
    real = next(c for c in result["criteria"] if c["id"] == "real_answers")
    assert real["result"] == "fail" and not result["passed"]


@pytest.mark.parametrize("lang,opening,question,reply", [
    ("et", ET_OPEN, ET_ASK, "Hooldajatoetust maksab Teie kohalik omavalitsus. Taotluse saate esitada valla- või "
                            "linnavalitsusele, täpsemad tingimused on kirjas nende kodulehel."),
    ("et", ET_OPEN, "Kuhu ma taotluse saadan?", "Iseteenindusse, e-postiga või postiga – vaadake ka kodulehelt."),
    ("ru", RU_OPEN, RU_ASK, "Давайте проверим номер Вашего счёта: если счёт закрыт, платёж вернулся к нам. "
                            "Новый номер счёта можно сообщить через самообслуживание."),
    ("ru", RU_OPEN, "Куда мне отправить заявление?", "Через самообслуживание, по e-mail или почтой – см. также сайт."),
])
def test_plain_answers_stay_speech(lang, opening, question, reply):
    t = _transcript(lang, [opening, question, reply])
    acts = find_non_answers(t, {}, lang)
    assert not acts.replies()


# -- terse typed units: "vaie 30 p jooksul" is 30 days (complaint-registration-et terse_good, batch 23) --------

@pytest.mark.parametrize("lang,text,value,unit", [
    ("et", "vaide saate esitada 30 p jooksul", 30, "paev"),
    ("et", "kirjalik vastus 10 tp. jooksul", 10, "toopaev"),
    ("ru", "возражение подаётся в течение 30 дн. со дня решения", 30, "день"),
])
def test_abbreviated_units(lang, text, value, unit):
    from trainer.text.quantities import find_quantities

    found = find_quantities(text, lang)
    assert [(q.value, q.unit[-1]) for q in found] == [(value, unit)]


@pytest.mark.parametrize("lang,text", [
    ("et", "Lk 5 punkt 3 on kirjas otsuses."),   # no abbreviated day unit
    ("et", "Helistage 5 minuti pärast."),
])
def test_other_units_untouched(lang, text):
    from trainer.text.quantities import find_quantities

    assert all(q.unit[-1] not in ("paev", "toopaev") for q in find_quantities(text, lang))

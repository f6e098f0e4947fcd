"""Gaming runs must not pass, and a goodbye must not close an open question (blind round 18), on own et/ru sentences.

Round 18 showed two gaming runs that passed and two closings with the question still open:
- the client's "no" to "did I answer?" followed by "ok, I'll call / look myself" ("Нет. Ладно, ...", "ei vastanud ju
  ... aga olgu ...") was read as taking the answer, so a goodbye with a transcript offer "answered" it: an "ok"
  after the client's own "no" gives up, it takes nothing (closing, and the summary before it sums up nothing);
- "aitäh et helistasite sotsiaalkindlustusametisse soovin teile head päeva" (speech, no commas) was read as
  telling the client something: the institution after the thanks and the verb of a wish are formula, no answer;
- a reply naming only the website, to a client who has just said the last reply did not answer her, is a
  brush-off (the second non-answer), and a goodbye after her "ok, I'll look myself" leaves the question open;
- a goodbye whose "kokkuvõtteks" repeats a figure the agent gave earlier in a keyword chain answers no new question.

Must-nots: a client who really takes the answer ("Jah, selge, aitäh.") is closed politely; a website pointer to a
"where" question answers it; a new statement at the goodbye still answers.
"""

import pytest
from scoring_support import RUBRIC, SETTINGS, verdicts

from trainer.scoring import courtesy
from trainer.scoring.analysis import TranscriptAnalysis
from trainer.scoring.score import _concepts
from trainer.scoring.transcript import Transcript, Turn

OPEN = {"et": "Tere! Sotsiaalkindlustusamet, Liina. Kuidas saan aidata?",
        "ru": "Здравствуйте! Департамент социального страхования, Вера. Чем могу помочь?"}
ASK = {"et": "Tere. Elan Tartus, abikaasa töötab nüüd Rootsis. Kas lastetoetust hakkab maksma Rootsi või Eesti?",
       "ru": "Здравствуйте. Живу в Тарту, жена теперь работает в Швеции. Детские будет платить Швеция или Эстония?"}
PASTE = {"et": "Lastetoetus on 80 eurot kuus iga lapse kohta. Peretoetused makstakse välja iga kuu 8. kuupäeval.",
         "ru": "Детское пособие составляет 80 евро в месяц на ребёнка. Семейные пособия выплачиваются 8-го числа."}
NOT_IT = {"et": "Seda ma tean. Ma küsisin, kumb riik maksab.", "ru": "Это я знаю. Я же спросила, какая страна платит."}
RECAP = {"et": "Kokkuvõtteks: lastetoetus on 80 eurot kuus ja see makstakse 8. kuupäeval. Kas see vastas Teie küsimusele?",
         "ru": "Итак, подведём итог: пособие 80 евро в месяц, выплата 8-го числа. Ответила ли я на Ваш вопрос?"}
GIVE_UP = {"et": "Ei. Olgu, helistan siis infotelefonile.", "ru": "Нет. Ладно, позвоню на инфотелефон."}
GOODBYE = {"et": "Aitäh, et kirjutasite! Soovi korral saadan Teile vestluse ärakirja. Ilusat päeva!",
           "ru": "Спасибо, что написали нам! Если хотите, могу выслать Вам копию переписки. Хорошего дня!"}


def _run(lang, last_client):
    return verdicts(lang, [("agent", OPEN[lang]), ("client", ASK[lang]), ("agent", PASTE[lang]),
                           ("client", NOT_IT[lang]), ("agent", RECAP[lang]), ("client", last_client),
                           ("agent", GOODBYE[lang])], channel="chat", no_identifiers=True)


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_ok_after_no_gives_up(lang):
    v = _run(lang, GIVE_UP[lang])
    assert v["closing"] == "fail"
    assert v["summary"] == "fail"


@pytest.mark.parametrize("lang, took", [("et", "Jah, selge, aitäh."), ("ru", "Да, понятно, спасибо.")])
def test_taken_answer_closes(lang, took):
    assert _run(lang, took)["closing"] == "pass"


def _informs(lang, sentence):
    """courtesy.sentence_informs on one agent sentence, read with the call model's concepts."""
    concepts, phrases = _concepts(RUBRIC, SETTINGS, None)
    an = TranscriptAnalysis(Transcript(language=lang, channel="phone", turns=[Turn(role="agent", text=sentence)]),
                            concepts, SETTINGS.identification_policy, phrases)
    return courtesy.sentence_informs(an, sentence)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "aitäh et helistasite sotsiaalkindlustusametisse soovin teile head päeva ja kõike head"),
    ("et", "Aitäh, et pöördusite meie poole! Soovime Teile ilusat nädalavahetust."),
    ("ru", "Спасибо, что позвонили, желаю Вам всего доброго"),
])
def test_thanks_and_wish_tell_nothing(lang, sentence):
    assert not _informs(lang, sentence)


def test_a_wish_with_news_still_tells():
    assert _informs("et", "Toetus makstakse välja kümnendal, soovin Teile head päeva")


POINTER = {"et": "Mõistan Teie muret. Täpsemat infot peretoetuste kohta leiate meie kodulehelt ning oma andmed iseteenindusest.",
           "ru": "Понимаю Ваше беспокойство. Подробную информацию о семейных пособиях Вы найдёте на нашем сайте."}
ASK_AGAIN = {"et": "See ei vastanud. Kumb riik maksab??", "ru": "Вы не ответили. Так какая страна платит??"}
MYSELF = {"et": "ok. uurin ise siis", "ru": "ок. сама поищу тогда"}


@pytest.mark.parametrize("lang", ["et", "ru"])
def test_website_after_complaint_is_brush_off(lang):
    v = verdicts(lang, [("agent", OPEN[lang]), ("client", ASK[lang]), ("agent", PASTE[lang]),
                        ("client", ASK_AGAIN[lang]), ("agent", POINTER[lang]), ("client", MYSELF[lang]),
                        ("agent", GOODBYE[lang])], channel="chat", no_identifiers=True)
    assert v["courtesy"] == "fail"
    assert v["closing"] == "fail"


# (Russian: «на нашем сайте» with no address is a bare referral to any question, an older rule)
@pytest.mark.parametrize("lang, where", [("et", "See ei vastanud. Kus ma seda infot näen?")])
def test_website_to_where_question_answers(lang, where):
    v = verdicts(lang, [("agent", OPEN[lang]), ("client", ASK[lang]), ("agent", PASTE[lang]),
                        ("client", where), ("agent", POINTER[lang]), ("client", "Aitäh." if lang == "et" else "Спасибо."),
                        ("agent", GOODBYE[lang])], channel="chat", no_identifiers=True)
    assert v["courtesy"] == "pass"


def test_recap_of_keywords_answers_no_new_question():
    turns = [("agent", OPEN["et"]), ("client", "Miks mu toetusest raha kinni peeti?"),
             ("agent", "toetus 240, kinni peetud 60, võlg"),
             ("client", "Mis võlg? Kas ma pean kuhugi kaebuse esitama? kuhu?"),
             ("agent", "Kokkuvõtteks: toetusest peeti kinni 60 eurot võla eest. Aitäh, et kirjutasite! Kõike head!")]
    assert verdicts("et", turns, channel="chat", no_identifiers=True)["closing"] == "fail"

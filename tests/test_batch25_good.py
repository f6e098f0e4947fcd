"""New-user batch 25 (tests/newuser/live25): honest replies the first replay failed.

1. A clarifying question that gives the caller's question back ("Kas ma sain õigesti aru, et soovite teada, kas
   naabri pension on kontole laekunud?", «Вы хотите узнать, пришла ли пенсия соседа?") tells nothing about the
   third person: the clause after "soovite teada, kas" / «узнать, ... ли» is asked, not stated (scoring/reported.py),
   so a check that forbids stating the payment status is not failed by it.
2. In speech, an empathy cue followed by a contrastive clause («понимаю вас это тяжело а сейчас пенсия приходит»)
   asks about the situation when the client's reply takes the clause up («Сейчас вроде приходит ...»).
3. In speech, «итого» (not before a number) opens a sentence: the recap after it is a summary.
Sentences written for these tests, not copied from the runs."""

import pytest
from scoring_support import verdicts

from trainer import text as tx
from trainer.scoring.reported import reports_question
from trainer.text.spoken import normalize_input


@pytest.mark.parametrize("lang, prefix", [
    ("et", "Kas ma sain õigesti aru, et soovite teada, kas "),
    ("et", "Te küsite siis, millal "),
    ("ru", "Правильно ли я поняла, что Вы хотите узнать, пришла ли "),
    ("ru", "Вы спрашиваете, сколько "),
])
def test_a_reported_question_is_asked_not_stated(lang, prefix):
    assert reports_question(prefix, lang)


@pytest.mark.parametrize("lang, prefix", [
    ("et", "Kas teadsite, et "),
    ("et", "Jah, "),
    ("ru", "Знаете ли Вы, что "),
])
def test_a_plain_question_reports_nothing(lang, prefix):
    assert not reports_question(prefix, lang)


def test_neighbours_payment_status_asked_back_is_no_disclosure():
    from trainer.simulation.library import load_library

    library = load_library()
    scenario = library.get("neighbour-data-et")
    turns = [("agent", "Tere, Sotsiaalkindlustusamet, Liis kuuleb."),
             ("client", "Tere, kas minu tädil on pension juba kontole tulnud?"),
             ("agent", "Kas ma saan õigesti aru, et tahate teada, kas tädi pension on kontol? Teise inimese andmeid "
                       "ma telefonis öelda ei saa, tädi võib ise helistada."),
             ("client", "Selge."),
             ("agent", "Aitäh, head päeva!")]
    from trainer.scoring.transcript import Transcript, Turn
    transcript = Transcript(language="et", channel="phone", turns=[Turn(role=r, text=t) for r, t in turns])
    result = library.score(scenario, transcript)
    crit = {c["id"]: c["result"] for c in result["criteria"]}
    assert crit["no_payment_status"] == "pass"
    # the same words stated still fail
    turns[2] = ("agent", "Tädi pension on kontol, aga summat ma öelda ei saa.")
    transcript = Transcript(language="et", channel="phone", turns=[Turn(role=r, text=t) for r, t in turns])
    crit = {c["id"]: c["result"] for c in library.score(scenario, transcript)["criteria"]}
    assert crit["no_payment_status"] == "fail"


def test_spoken_contrast_after_empathy_answered_by_the_client_clarifies():
    turns = [("agent", "департамент социального страхования ирина слушаю здравствуйте"),
             ("client", "Здравствуйте. Мне уже два месяца не приходит пособие, денег совсем нет!"),
             ("agent", "сочувствую вам это неприятно а заявление вы подавали"),
             ("client", "Заявление подавала ещё в марте."),
             ("agent", "тогда решение должно прийти в течение тридцати дней после заявления я проверю и перезвоню"),
             ("client", "Хорошо, спасибо."),
             ("agent", "всего доброго")]
    assert verdicts("ru", turns)["needs"] == "pass"


@pytest.mark.parametrize("lang, text, recap", [
    ("ru", "решение придёт письмом итого ждите письмо и звоните если что", "итого ждите"),
])
def test_spoken_recap_word_opens_a_sentence(lang, text, recap):
    sentences = [tx.fold(s).strip() for _, _, s in tx.split_sentences(normalize_input(text, lang).text)]
    assert any(s.startswith(recap) for s in sentences)


def test_spoken_sum_is_no_recap_opener():
    text = "вам начислили за три месяца итого 900 евро придёт пятого"
    sentences = [tx.fold(s).strip() for _, _, s in tx.split_sentences(normalize_input(text, "ru").text)]
    assert not any(s.startswith("итого") for s in sentences)


def test_a_verb_with_its_subject_is_no_list_item():
    from trainer.scoring.clause_subject import verb_with_subject

    assert verb_with_subject("назначает врач", "ru")
    assert verb_with_subject("платит Касса по безработице", "ru")
    assert not verb_with_subject("не можем заменить", "ru")
    assert not verb_with_subject("оплачивает лечение", "ru")  # «лечение» may be the object
    assert not verb_with_subject("maksab Tervisekassa", "et")


@pytest.mark.parametrize("sentence", [
    "Лечебный массаж, например после перелома, — медицинская услуга: назначает врач, платит Касса здоровья (Tervisekassa).",
    "Лечебная физкультура, например после инсульта, — медицинская услуга: назначает врач, оплачивает Касса здоровья.",
])
def test_who_does_what_after_a_definition_is_no_item_list(sentence):
    from trainer.scoring.item_list import item_list

    assert not item_list(sentence, "ru", (), frozenset(), set(), "")


def test_bare_items_with_a_verb_stay_a_list():
    from trainer.scoring.item_list import item_list

    assert item_list("Пенсия, 5 число, возобновились, не можем заменить, управа.", "ru", (), frozenset(), set(), "")

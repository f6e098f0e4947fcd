"""Batch 47, found while merging: a short verbless request that adds a detail to the identification («Ещё место
рождения – для проверки.», „Veel sünnikoht kontrolliks.“) is answered by the client, on own sentences."""

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.own_details import _requests, asked_details


@pytest.mark.parametrize("text, lang", [
    ("Спасибо. Ещё место рождения – для проверки.", "ru"),
    ("Хорошо. И дату рождения, для проверки.", "ru"),
    ("Aitäh. Veel sünnikoht kontrolliks.", "et"),
    ("Selge. Lisaks sünniaeg.", "et"),
])
def test_short_added_detail_is_a_request(text, lang):
    asked = [k for s in _requests(text, lang) for k in asked_details(s, lang)]
    assert asked, text


@pytest.mark.parametrize("text, lang", [
    ("Ещё раз спасибо, что позвонили и назвали место рождения.", "ru"),  # thanks, no request
    ("Также место рождения мамы нам не нужно знать, оно есть в системе у нас.", "ru"),  # long, another person
    ("Veel kord aitäh, sünnikoht on meil olemas ja kontrollitud.", "et"),
])
def test_no_request_without_asking(text, lang):
    asked = [k for s in _requests(text, lang) for k in asked_details(s, lang)]
    assert not asked, text


def test_client_gives_birthplace_when_asked_tersely():
    library = load_library()
    scenario = library.get("complaint-registration-ru")
    replies = ["Здравствуйте, Департамент социального страхования, Ольга. Слушаю Вас.",
               "Понимаю, это неприятно. Чтобы записать жалобу, назовите, пожалуйста, имя и личный код.",
               "Спасибо. Ещё место рождения – для проверки."]
    conv = play_answers(scenario, library, replies)
    last = [t["text"] for t in conv.turns if t["role"] == "client"][-1]
    assert "Место рождения" in last, last


def test_believed_promise_quotes_the_promise_sentence():
    """crisis-suicidal-et records a promise the client believed: the record quotes the promise, not the reply's start."""
    library = load_library()
    replies = ["Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?",
               "Aitäh, et helistasite. Ma kuulan Teid. Pean otse küsima: kas mõtlete endale midagi teha?",
               "Te ei ole üksi. Ohu korral helistage kohe 112. Kas saate täna kellegagi rääkida?",
               "Väga hea. Vaide saate esitada 30 päeva jooksul. Ärge muretsege, kui tervis on sama, siis vaide peale "
               "puue kindlasti taastatakse."]
    conv = play_answers(library.get("crisis-suicidal-et"), library, replies)
    records = [r for r in conv.state.get("misinformed", []) if r["id"] == "promised_outcome"]
    assert records, conv.state.get("misinformed")
    assert "taastatakse" in records[0]["quote"] and not records[0]["quote"].startswith("Väga hea"), records[0]


@pytest.mark.parametrize("sentence, verb", [
    ("Lisaks kogu info: pension, rahvapension, vanemahüvitis.", False),  # "in addition", a label before a list
    ("Lisaks veel: iseteenindus, e-post, büroo.", False),
    ("Ma lisaks veel ühe asja.", True),  # "I would add": a verb after its subject
    ("Lisaks sellele makstakse toetust automaatselt.", True),
    ("Lisaks saate taotleda hooldajatoetust vallast.", True),
])
def test_lisaks_is_an_adverb_unless_a_subject_precedes(sentence, verb):
    from trainer.scoring.finite_verbs import has_finite_verb

    assert has_finite_verb(sentence, "et") is verb

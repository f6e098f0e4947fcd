"""A Russian match inside a prepositional phrase is an adverbial, not the fronted object of a negated infinitive
after it, in speech run together without punctuation (new-user batch 42 overpayment-recovery-ru terse: «можно подать
возражение в течение тридцати дней отменить обещать не могу» lost the appeal deadline). A fronted object («документы
подать не могу», «личный код в чате указывать нельзя») and Estonian ("tühistamist lubada ei saa") stay denied."""

import pytest

from trainer import text as tx
from trainer.text.quantities import find_quantities


def _quantity_negated(text: str, lang: str) -> bool:
    found = find_quantities(text, lang)
    assert found, text
    return found[0].negated


def _phrase_negated(phrase: str, text: str, lang: str) -> bool:
    found = tx.PhraseSet((phrase,), lang).find_all(text)
    assert found, (phrase, text)
    return found[0].negated


@pytest.mark.parametrize("text", [
    "можно подать возражение в течение тридцати дней отменить обещать не могу",
    "заявление подают в течение 30 дней ускорить решение гарантировать не могу",
    "ответ придёт через 15 рабочих дней изменить срок обещать не могу",
    "справку пришлите до 1 марта продлить срок не можем",
])
def test_a_time_adverbial_stays_said(text):
    assert not _quantity_negated(text, "ru")


@pytest.mark.parametrize(("lang", "phrase", "text"), [  # must-nots: fronted objects stay denied
    ("ru", "документы", "документы подать не могу"),
    ("ru", "личный код", "личный код в чате указывать нельзя"),
    ("ru", "возражение", "возражение отменить обещать не могу"),
    ("et", "tühistamine", "vaide saate esitada ameti kaudu tühistamist lubada ei saa"),
    ("et", "isikukood", "isikukoodi ma siin kasutada ei saa"),
])
def test_a_fronted_object_stays_denied(lang, phrase, text):
    assert _phrase_negated(phrase, text, lang)


def test_a_number_as_object_stays_denied():  # «30 евро вернуть не могу»: the sum is the object
    assert _quantity_negated("30 евро вернуть обещать не могу", "ru")


@pytest.mark.parametrize(("phrase", "text"), [  # the match right after its own verb
    ("возражение", "можно подать возражение в течение 30 дней отменить обещать не могу"),
    ("справку", "пришлите справку изменить решение гарантировать не могу"),
])
def test_a_match_after_its_own_verb_stays_said(phrase, text):
    assert not _phrase_negated(phrase, text, "ru")

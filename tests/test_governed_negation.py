"""A match governed by a verb before it is not the fronted object of a negated infinitive after it, in speech run
together without punctuation (new-user batch 42 overpayment-recovery-ru terse: «можно подать возражение в течение
тридцати дней отменить обещать не могу» lost the appeal and its deadline). A fronted object with no verb before it
(«документы подать не могу», "isikukoodi ma siin kasutada ei saa") stays denied."""

import pytest

from trainer import text as tx


def _negated(phrase: str, text: str, lang: str) -> bool:
    found = tx.PhraseSet((phrase,), lang).find_all(text)
    assert found, (phrase, text)
    return found[0].negated


@pytest.mark.parametrize(("lang", "phrase", "text"), [
    ("ru", "заявление", "можно подать заявление вернуть деньги обещать не могу"),
    ("ru", "справку", "пришлите справку изменить решение гарантировать не могу"),
    ("ru", "возражение", "вы вправе подать возражение отменить долг обещать не могу"),
    ("et", "vaie", "võite esitada vaide tühistada lubada ma ei saa"),
    ("et", "taotlus", "saate esitada taotluse kiirendada ei saa"),
    ("ru", "заявление", "можно подать заявление ускорить нельзя"),
])
def test_a_governed_match_stays_said(lang, phrase, text):
    assert not _negated(phrase, text, lang)


@pytest.mark.parametrize(("lang", "phrase", "text"), [  # must-nots: a fronted object with no verb before it
    ("ru", "документы", "документы подать не могу"),
    ("ru", "личный код", "личный код в чате указывать нельзя"),
    ("ru", "заявление", "и заявление отправить не могу"),
    ("et", "isikukood", "isikukoodi ma siin kasutada ei saa"),
    ("et", "vaie", "vaiet esitada ei saa"),
])
def test_a_fronted_object_stays_denied(lang, phrase, text):
    assert _negated(phrase, text, lang)

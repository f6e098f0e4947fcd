"""Batch 49: a negated modal governs the infinitives coordinated with its own («не может выплатить её вместо России или
возместить пропущенные месяцы», new-user batch 49 russian-pension-ru good read as the promise «возместим»), on own
sentences with must-nots."""

import pytest
from scoring_support import scenario_criterion

from trainer.simulation.library import load_library
from trainer.text.negation import is_negated


@pytest.fixture(scope="module")
def library():
    return load_library()


def _negated(text: str, word: str, lang: str) -> bool:
    return is_negated(text, text.index(word), lang)


@pytest.mark.parametrize("lang, text, word", [
    ("ru", "Департамент, к сожалению, не может выплатить её вместо России или возместить пропущенные месяцы.",
     "возместить"),
    ("ru", "Мы не можем перевести деньги на другой счёт или выдать их наличными в кассе.", "выдать"),
    ("ru", "Нельзя получать обе пенсии сразу и переводить одну из них на счёт родственника.", "переводить"),
    ("et", "Me ei saa pensioni Venemaa asemel maksta või vahele jäänud kuude raha hüvitada.", "hüvitada"),
    ("et", "Amet ei tohi Teie andmeid telefonis öelda ega neid e-postiga saata.", "saata"),
    ("et", "Ma ei saa otsust ise muuta ja toetust tagasiulatuvalt välja maksta.", "maksta"),
])
def test_an_infinitive_coordinated_under_a_negated_modal_is_negated(lang, text, word):
    assert _negated(text, word, lang), text


@pytest.mark.parametrize("lang, text, word", [
    ("ru", "Мы не можем выплатить её сразу, но возместим долг частями.", "возместим"),
    ("ru", "Мы не можем ждать и должны выплатить Вам пенсию до конца месяца.", "выплатить"),
    ("ru", "Я не могу сказать точно, и Вы можете получить пособие в управе.", "получить"),
    ("ru", "Мы не можем выплатить российскую пенсию, а пособие можно получить в управе.", "получить"),
    ("et", "Me ei saa Venemaa pensioni maksta, aga toimetulekutoetust saate taotleda vallast.", "taotleda"),
    ("et", "Ma ei saa seda telefonis öelda ja Te peate andmed iseteeninduses vaatama.", "vaatama"),
    ("et", "Teatama ei pea, pensioni ei tohi kasutada ja matusetoetuse taotluse saate esitada meile.", "matusetoetuse"),
])
def test_a_new_predicate_after_the_coordinator_is_not_negated(lang, text, word):
    assert not _negated(text, word, lang), text


def test_russian_pension_refusal_is_no_promise(library):
    reply = ("Я понимаю, как Вам тяжело. Департамент, к сожалению, не может выплатить её вместо России или возместить "
             "пропущенные месяцы. Но Вы можете обратиться в свою управу за пособием по прожиточному минимуму.")
    assert scenario_criterion(library, "russian-pension-ru", "no_false_promise", reply)["result"] == "pass", reply


def test_russian_pension_promise_to_refund_still_fails(library):
    reply = "Не волнуйтесь, пропущенные месяцы мы Вам возместим, Департамент выплатит их вместо России."
    assert scenario_criterion(library, "russian-pension-ru", "no_false_promise", reply)["result"] == "fail", reply


def test_a_match_with_its_own_predicate_after_the_coordinator_is_not_negated():
    from trainer.text.negation import negated_token
    from trainer.text.normalize import tokenize_cached

    text = "Teatama ei pea, pensioni ei tohi kasutada ja matusetoetuse taotluse saate esitada meile."
    tokens = tokenize_cached(text)
    first = next(i for i, t in enumerate(tokens) if t.norm == "matusetoetuse")
    last = next(i for i, t in enumerate(tokens) if t.norm == "esitada")
    assert not negated_token(tokens, first, "et", last)
    tokens = tokenize_cached("Me ei saa pensioni maksta ega vahele jäänud kuude raha hüvitada.")
    first = next(i for i, t in enumerate(tokens) if t.norm == "raha")
    last = next(i for i, t in enumerate(tokens) if t.norm == "huvitada")
    assert negated_token(tokens, first, "et", last)

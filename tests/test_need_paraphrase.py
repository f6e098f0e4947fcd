"""A spoken paraphrase of the client's need is a check of it (issue 9, speech without punctuation).

In a transcript without punctuation "Вы про пособие 200 евро" or "te soovite teada kuidas teie taotlusega
lood on" cannot be told from a statement by a question mark; said right after the client's request, these
frames restate the need for the client to confirm. Own sentences, with statements that must stay statements.
"""

import pytest

from trainer.text import is_spoken_question


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "вы про пособие 200 евро которое приходит с октябрьской пенсией"),
    ("ru", "Вы спрашиваете про пособие в 200 евро"),
    ("ru", "вы звоните о пособии сына которое не пришло пятого"),
    ("ru", "то есть вы насчёт пенсии по инвалидности"),
    ("ru", "вы по поводу письма о переплате"),
    ("ru", "вам нужна справка для банка или для управы"),
    ("et", "te soovite teada kuidas teie pensionitaotlusega lood on"),
    ("et", "te mõtlete seda toetust mida üksi elavad pensionärid oktoobris said"),
    ("et", "nii et te küsite lapsetoetuse maksepäeva kohta"),
    ("et", "te helistate ema pensioni pärast"),
])
def test_a_paraphrase_of_the_need_is_a_spoken_check(lang, sentence):
    assert is_spoken_question(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "вы получите пособие 200 евро с октябрьской пенсией"),
    ("ru", "вам нужно подать заявление через среду самообслуживания"),
    ("ru", "вы можете позвонить нам по номеру 16106"),
    ("ru", "про пособие вы всё правильно поняли"),
    ("et", "te saate taotluse esitada iseteeninduses"),
    ("et", "te soovite teada veel midagi"),
    ("et", "teil on vaja esitada avaldus"),
    ("et", "te vajate selleks kirjalikku volikirja"),
    ("ru", "вы по телефону можете узнать только общие правила"),
    ("et", "te helistasite eile ja kirjutasite ka"),
])
def test_statements_stay_statements(lang, sentence):
    assert not is_spoken_question(sentence, lang)

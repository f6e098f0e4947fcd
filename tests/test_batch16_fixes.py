"""Batch 16 (tests/newuser/live16) misreadings: own et/ru sentences with must-nots."""

import pytest

from trainer.scoring.promises import is_promise
from trainer.scoring.statements import find_status_statements
from trainer.scoring.values import find_values
from trainer.text.spoken import normalize_input


@pytest.mark.parametrize("sentence, lang, status", [
    # "kirjalik" (written) is no letter: a rule about the channel states nobody's status
    ("Õigus andmeid saada on Teil olemas, aga vastame ainult kirjalikule päringule.", "et", False),
    ("seadusest tulenev alus on ju olemas kuid küsimus tuleb saata kirjalikus vormis", "et", False),
    ("Законное основание у нас есть, но ответим только на письменный запрос.", "ru", False),
    # must-nots: a letter (kiri, kirja) with a status predicate is still a status
    ("Tema kiri on meile kohale jõudnud.", "et", True),
    ("Selle kirja oleme kätte saanud.", "et", True),
    ("Tema kirjalik avaldus on saabunud.", "et", True),
    ("Его письмо уже поступило.", "ru", True),
])
def test_written_is_no_letter(sentence, lang, status):
    assert bool(find_status_statements(sentence, lang)) is status


def _said(sentence: str, lang: str, value: str) -> bool:
    text = normalize_input(sentence, lang).text
    return any(h.right for h in find_values(text, lang, (value,), (), (), True))


@pytest.mark.parametrize("sentence, lang, value, said", [
    # a number read digit by digit, three digits or more, is one number: 112, in any case form
    ("helistage kohe üks üks kaks", "et", "112", True),
    ("helistage palun numbril ühte ühte kahte, see on hädaabi", "et", "112", True),
    ("звоните сразу один один два", "ru", "112", True),
    ("lasteabi number on üks üks kuus üks üks üks", "et", "116111", True),
    # must-nots: two single numbers stay two numbers, a lone illative "ühte" is no number
    ("see võtab kaks kolm päeva", "et", "23", False),
    ("это займёт два три дня", "ru", "23", False),
    ("pange kõik paberid ühte kausta", "et", "1", False),
    ("helistage kohe numbrile üks kaks", "et", "112", False),
])
def test_digits_read_one_by_one(sentence, lang, value, said):
    assert _said(sentence, lang, value) is said


def test_two_digit_words_stay_apart():
    assert normalize_input("kaks kolm päeva", "et").text == "2 3 päeva"
    assert normalize_input("pange ühte kausta", "et").text == "pange ühte kausta"


@pytest.mark.parametrize("sentence, lang, promise", [
    # a hedged comparison explains why two amounts differ (the rise is a percentage): no outcome, no date
    ("Ilmselt on Teie venna pension lihtsalt kõrgem kui Teil.", "et", False),
    ("vist on sõbrannal staaž pikem ja pension seega suurem", "et", False),
    ("Видимо, у вашей сестры пенсия просто больше.", "ru", False),
    # must-nots: a guess of the client's money or of a future amount stays a promise
    ("Ilmselt on raha juba Teie kontol.", "et", True),
    ("Ilmselt on Teie pension järgmisest kuust suurem.", "et", True),
    ("Kindlasti tuleb Teie pension järgmisel aastal suurem.", "et", True),
    ("Пенсия у вас точно будет больше со следующего месяца.", "ru", True),
])
def test_a_hedged_comparison_is_no_promise(sentence, lang, promise):
    assert is_promise(sentence, lang) is promise


# turns are counted from 1 in the result
# -- a reply of one bare word ("Kood?", "Iseteenindus.") performs no act: it earns nothing ---------------------

def _non_answers(lang, lines):
    from pathlib import Path

    from trainer.scoring.score import score_transcript
    from trainer.scoring.transcript import Transcript, Turn
    from trainer.simulation.library import Library, scoring_settings
    rubric = Library.load(Path(__file__).parent.parent).rubrics["call-model"]
    turns = [Turn(role="agent" if i % 2 == 0 else "client", text=t) for i, t in enumerate(lines)]
    result = score_transcript(Transcript(language=lang, channel="phone", turns=turns), rubric, scoring_settings())
    return [(n["turn"], n["whole_reply"]) for n in result["non_answers"]]


@pytest.mark.parametrize("lang, lines, whole", [
    ("et", ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Tahan teada, millal mu toetus tuleb.",
            "Uuesti?", "Viiekümne kuues aasta."], [(3, True)]),
    ("et", ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Mul on mure naabri lastega, nad on üksi.",
            "116 111.", "Selge."], []),  # a number is a fact, not a bare word (must-not)
    ("et", ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Tõendit oleks vaja pangale.",
            "Iseteenindusest.", "Ahaa."], [(3, True)]),
    ("ru", ["Здравствуйте, Департамент социального страхования, Мария.", "Мне нужна справка о пенсии.",
            "Самообслуживание.", "А как?"], [(3, True)]),
    ("ru", ["Здравствуйте, Департамент социального страхования, Мария.", "Я хочу узнать про пособие.",
            "Пенсия?", "Да, пенсия."], [(3, True)]),
    # must-nots: a bare identifier asks for it (identification, however curt); a discourse word takes the turn
    ("et", ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Tahan teada, millal mu toetus tuleb.",
            "Isikukood?", "Üks sekund."], []),
    ("ru", ["Здравствуйте, Департамент социального страхования, Мария.", "Я хочу узнать про пособие.",
            "Фамилия?", "Иванова."], []),
    ("ru", ["Здравствуйте, Департамент социального страхования, Мария.", "Я хочу узнать про пособие.",
            "Так.", "Пособие на ребёнка."], []),
    # must-nots: a one-word answer to the client's question, a check, a held line, a yes, a goodbye
    ("et", ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Kust ma selle tõendi saan?", "Iseteenindusest.",
            "Aitäh."], []),
    ("ru", ["Здравствуйте, Департамент социального страхования, Мария.", "Где взять справку?",
            "В самообслуживании.", "Спасибо."], []),
    ("et", ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Kas saite aru?", "Jah.", "Hästi."], []),
    ("et", ["Tere, Sotsiaalkindlustusamet, Mari kuuleb.", "Oodake, ma otsin paberi üles.", "Hetk.", "Nii."], []),
    ("ru", ["Здравствуйте, Департамент социального страхования, Мария.", "Ну всё, спасибо.", "Понятно?",
            "Да."], []),
    # speech without punctuation: the client's interrogative anywhere asks ("... ja kuidas ma seda teen ...")
    ("et", ["tere sotsiaalkindlustusamet mari kuuleb", "oh jumal ja kuidas ma seda teen mees ajas alati koik asjad",
            "iseteeninduses", "hea kull"], []),
    ("ru", ["здравствуйте департамент социального страхования мария", "ой а где мне теперь эту справку брать то",
            "в самообслуживании", "ладно"], []),
])
def test_a_one_word_reply_is_no_act(lang, lines, whole):
    assert _non_answers(lang, lines) == whole

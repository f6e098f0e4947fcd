"""New-user batch 53 good and terse runs that failed at first sight (own sentences, with must-nots):

1. the client's first name as a greeting's vocative ("Tere, Anu!") was read as the singular imperative of a rare verb
   ("anu" = plead): a capitalised first name after a greeting or a comma, or heading a sentence addressed with
   "Teie", is the name; a lower-case imperative after a comma still is informal address;
2. the child supplement said in the law's word "aastakoefitsient" (the Russian text says «годового коэффициента»)
   was not the "aastahinne" of the scenario's value lists;
3. Russian chat abbreviations («мож», «мб», «оч», «тож», «пж», «плиз») were no words: «мож по-русски? ...» read as
   a keyword list, no offer of Russian, a brush-off;
4. terse refusals to a third party: a bare ground after a refusal ("Ma ei avalda. Andmekaitse.", «Не скажу. Защита
   данных.») is the reason, not a keyword; "Üldine info: ..." after a refusal contrasts the general rule with the
   withheld data, said to the caller, and is no reference note.
"""

from __future__ import annotations

import pytest

from trainer import text as tx
from trainer.scoring.acts import find_non_answers
from trainer.scoring.transcript import Transcript, Turn
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.unspoken import labelled_note
from trainer.text.abbreviations import expand_abbreviations


@pytest.fixture(scope="module")
def library():
    return load_library()


def _play(library, scenario_id, answers):
    conv = play_answers(library.get(scenario_id), library, answers)
    return conv, conv.score()


def _criterion(result, cid):
    return next(c for c in result["criteria"] if c["id"] == cid)


def _passed(result, cid):
    return _criterion(result, cid)["result"] == "pass"


# -- 1. a first name as the vocative ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Tere, Anu! Siin Sotsiaalkindlustusamet, Kati kirjutab.",
    "Tere Helju, kuidas saan Teid aidata?",
    "Aitäh, Anu, ja kõike head!",
    "Anu, kas Teil on veel küsimusi?",
    "Helju, Teie avaldus on kohale jõudnud.",
    "Head päeva, Tea!",
])
def test_a_first_name_addressed_is_no_imperative(sentence):
    assert not tx.find_informal_address(sentence, "et"), sentence


@pytest.mark.parametrize("sentence", [
    "Tere, oota hetk, ma vaatan.",
    "Anu, oota hetk.",
    "Tea, et see on nii.",
    "Palun ütle oma isikukood.",
    "Tere, Anu! Vaata oma iseteenindust.",
])
def test_informal_address_is_still_caught(sentence):   # must-not
    assert tx.find_informal_address(sentence, "et"), sentence


# -- 2. "aastakoefitsient" is the year-value ----------------------------------------------------------------------

CHILDREN = "children-pension-chat-et"
OPEN = "Tere! Sotsiaalkindlustusameti veebivestlus, Liis kirjutab. Mis aastatel on Teie lapsed sündinud?"


@pytest.mark.parametrize("periods", [
    "1988. aasta lapse eest saab 2 aastat staaži ja 1,5 aastakoefitsienti, 1993. aasta lapse eest 3,5 "
    "aastakoefitsienti ja 2015. aasta lapse eest läheb 4 % Teie II sambasse.",
    "1988 sündinu eest 2 aastat pensionistaaži + 1,5 koefitsienti; 1993 sündinu eest 3,5 koefitsienti; 2015 sündinu "
    "eest 4 % II sambasse.",
    "Enne 1991 sündinud lapse eest saate poolteist aastakoefitsienti ja 2 aastat staaži, 1991–2012 sündinud lapse "
    "eest kolm ja pool aastakoefitsienti ning 2015. aastal sündinu eest makstakse 4 % II sambasse.",
])
def test_year_coefficients_are_the_supplement(library, periods):
    _, result = _play(library, CHILDREN, [OPEN, periods])
    assert _passed(result, "child_periods"), _criterion(result, "child_periods")


def test_a_wrong_number_of_coefficients_is_still_wrong(library):   # must-not
    _, result = _play(library, CHILDREN, [OPEN, "1988. aasta lapse eest saab 2 aastat staaži ja 1,5 aastakoefitsienti, "
                                                "1993. aasta lapse eest 2 aastakoefitsienti ja 2015. aasta lapse eest "
                                                "4 % II sambasse."])
    assert not _passed(result, "child_periods")


# -- 3. Russian chat abbreviations -----------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, read", [
    ("мож Вам удобнее на русском?", "может Вам удобнее на русском?"),
    ("мб перезвоните завтра", "может быть перезвоните завтра"),
    ("это оч важно", "это очень важно"),
    ("я тож проверю", "я тоже проверю"),
    ("код назовите пж", "код назовите пожалуйста"),
    ("плиз подождите минуту", "пожалуйста подождите минуту"),
])
def test_russian_chat_abbreviations_are_read_in_full(typed, read):
    assert expand_abbreviations(typed) == read


@pytest.mark.parametrize("typed", [
    "можно по-русски",
    "размер 5 МБ",
    "можжевельник",
    "очки",
])
def test_other_words_are_left_alone(typed):   # must-not
    assert expand_abbreviations(typed) == typed


LANG = "language-switch-ru"


def test_a_clipped_offer_of_russian_is_an_offer(library):
    conv, result = _play(library, LANG, ["Tere, Sotsiaalkindlustusamet, Liis.",
                                         "мож продолжим по-русски? Вы про пенсию в апреле?"])
    steps = [t.get("step") for t in conv.turns if t["role"] == "client"]
    assert steps[-1] == "need", steps
    assert _passed(result, "offered_early")
    assert _passed(result, "real_answers"), _criterion(result, "real_answers")


# -- 4. terse refusals to a third party ------------------------------------------------------------------------------

def _keywords(reply, lang):
    transcript = Transcript(language=lang, channel="phone", turns=[
        Turn(role="agent", text="Tere, Sotsiaalkindlustusamet, Liis." if lang == "et" else "Здравствуйте, Департамент, Лиза."),
        Turn(role="client", text="Kas naabri pension tuli?" if lang == "et" else "Соседке пенсия пришла?"),
        Turn(role="agent", text=reply)])
    return [f.quote for f in find_non_answers(transcript, {}, lang).findings if f.turn == 2]


@pytest.mark.parametrize("lang, reply", [
    ("et", "Vabandust, aga naabri andmeid ma ei avalda. Andmekaitse."),
    ("et", "Teise inimese kohta ma öelda ei saa. Isikuandmete kaitse."),
    ("ru", "Про соседку сказать не могу. Защита данных."),
    ("ru", "Чужие данные мы не сообщаем. Закон."),
    ("et", "Tema pensioni ma ei ütle. Ei summat ega kuupäeva. Andmekaitse."),
    ("ru", "Не могу сказать. Ни суммы, ни даты. Защита персональных данных."),
])
def test_a_bare_ground_after_a_refusal_is_the_reason(lang, reply):
    assert not _keywords(reply, lang)


@pytest.mark.parametrize("lang, reply", [
    ("et", "Ma saan aru. Volikiri. Andmekaitse."),
    ("et", "Pension tuleb viiendal. Andmekaitse."),
    ("ru", "Понимаю Вас. Доверенность. Защита данных."),
    ("et", "Ma ei saa öelda. Pension tuleb viiendal. Andmekaitse."),
])
def test_bare_words_without_a_refusal_are_keywords(lang, reply):   # must-not
    assert _keywords(reply, lang)


@pytest.mark.parametrize("text", [
    "Tema andmeid ma öelda ei saa. Üldine info: pensionid makstakse iga kuu viiendal kuupäeval.",
    "Про соседа я сказать не могу. Общая информация: пенсию платят пятого числа.",
])
def test_general_info_after_a_refusal_is_said_to_the_caller(text):
    assert not labelled_note(text)


@pytest.mark.parametrize("text", [
    "Üldine info: pensionid makstakse iga kuu viiendal kuupäeval.",
    "Märkus: pension makstakse viiendal kuupäeval.",
    "Понимаю. Общая информация: пенсию платят пятого числа.",
    "Tema andmeid ma öelda ei saa. Märkus: isik esitab volikirja.",
])
def test_a_note_without_a_refusal_is_still_a_note(text):   # must-not
    assert labelled_note(text)


NEIGHBOUR = "neighbour-data-et"


def test_a_terse_refusal_with_its_ground_is_heard(library):
    conv, result = _play(library, NEIGHBOUR, [
        "Tere. Sotsiaalkindlustusamet, Liis.",
        "Mõistan. Naabri pensioni kohta ma midagi ei avalda. Andmekaitse.",
        "Tema andmeid ma öelda ei saa. Üldine info: pensionid makstakse iga kuu viiendal kuupäeval, nädalavahetusel "
        "järgmise kahe tööpäeva jooksul.",
        "Kahjuks ei saa. Ants võib ise helistada või Teile kirjaliku volikirja anda.",
        "Aitäh, et aitate. Head aega!",
    ])
    steps = [t.get("step") for t in conv.turns if t["role"] == "client"]
    assert steps[1] == "pushes", steps
    assert "annoyed" not in steps, steps
    assert _passed(result, "reason_given")


# -- 5. a knowledge-base header: what follows is the paste, in any wording --------------------------------------------

@pytest.mark.parametrize("sentences, pasted", [
    (["Teadmisbaas: Pensioni maksmine.", "Pension makstakse viiendal.", "Nädalavahetusel järgmisel tööpäeval."], 3),
    (["База знаний: выплата пенсии.", "Пенсию платят пятого числа."], 2),
    (["Teadmisbaas: Pensioni maksmine.", "Teie pension tuleb esmaspäeval."], 1),   # must-not: said to the caller
    (["Teadmisbaas: Pensioni maksmine.", "Kas see vastas küsimusele?"], 1),         # must-not: a question
    (["Teadmisbaasi järgi tuleb Teie pension esmaspäeval."], 0),                   # must-not: no header
])
def test_a_knowledge_base_header_heads_a_paste(sentences, pasted):
    from trainer.scoring.reference import reference_sentences

    assert len(reference_sentences(sentences, frozenset({("x",) * 5}))) == pasted

"""New-user batch 63 (live63): terse good runs that failed, fixed in general, on sentences written for these tests
(not copied from the runs).

1. A recap label over items whose infinitive comes after the item's own words („kokkuvõte: taotlus iseteeninduses
   kinnitada, ...“, «итого: предложение в самообслуживании подтвердить, ...») lists the caller's to-dos, the "tuleb" /
   «нужно» left out: no instruction to the agent (`author_text.infinitive_instruction`). An infinitive right after
   the label, or the same item without a label, still reads as one.
2. «деп» before a «соц...» word is the Board's «департамент» («деп. соцстрахования, Ольга, добрый день»), so the
   spoken opening is a greeting with the institution, not a list of keywords; «деп» elsewhere stays.
3. Thanks for understanding or cooperation („aitäh mõistmise eest“, "tänan koostöö eest", «спасибо за
   сотрудничество») is a thanks formula, its object no keyword of the reply, also without "!".
4. A "jah,"/«да,» opening a verbless restatement of what the agent told before is a recap confirming the client's
   plan (`keyword_chain.recap`); a "jah" before items never said stays a keyword list. A bare "saadetud." («Отправлено.»)
   reports the client's request done: no keyword.
"""

from __future__ import annotations

import pytest
from scoring_support import verdicts

from trainer.scoring.author_text import infinitive_instruction
from trainer.scoring.keyword_chain import keyword_sentence
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.text.abbreviations import expand_abbreviations


@pytest.fixture(scope="module")
def library():
    return load_library()


def _result(library, scenario_id: str, answers: list[str]) -> dict:
    result = play_answers(library.get(scenario_id), library, answers).score()
    return {c["id"]: c["result"] for c in result["criteria"]}


# -- 1. a recap label over the caller's to-dos --------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("et", "kokkuvõte: taotlus iseteeninduses kinnitada, 80 eurot, 8. kuupäeval"),
    ("et", "kokku: pakkumus e-teeninduses ara kinnitada, toetus kord kuus"),
    ("ru", "итого: предложение в самообслуживании подтвердить, выплата 8-го числа"),
])
def test_recap_items_are_no_instruction(lang, sentence):
    assert not infinitive_instruction(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Kokkuvõte: kinnitada kliendile, et toetust ei pea taotlema."),       # the infinitive right after the label
    ("et", "Kokkuvõtteks: selgitada, et pakkumine tuleb iseteenindusse."),
    ("et", "taotlus iseteeninduses kinnitada ja selgitada maksepäeva"),          # no label
    ("ru", "Итого: объяснить, что заявление подавать не нужно."),
])
def test_instructions_stay(lang, sentence):
    assert infinitive_instruction(sentence, lang)


def test_terse_chat_recap_with_a_to_do_is_an_answer(library):
    result = _result(library, "child-allowance-et", [
        "tere, sotsiaalkindlustusamet, mari. onnitlen! taotlust ei pea tegema, amet saadab iseteenindusse pakkumuse "
        "parast sunni registreerimist",
        "toetus 80 eur kuus, raha iga kuu 8. kp, kolmandale lapsele 100 eur",
        "kokkuvõte: pakkumus iseteeninduses kinnitada, 80 eur kuus, 8. kp. kas sai selgeks? ilusat paeva!",
    ])
    assert result["real_answers"] == "pass"
    assert result["summary"] == "pass"


def test_goal_under_a_recap_label_stays_no_answer(library):
    result = _result(library, "child-allowance-et", [
        "tere, sotsiaalkindlustusamet, mari. onnitlen! taotlust ei pea tegema, amet saadab iseteenindusse pakkumuse "
        "parast sunni registreerimist",
        "toetus 80 eur kuus, raha iga kuu 8. kp, kolmandale lapsele 100 eur",
        "Kokkuvõtteks: selgitada, et lapsetoetust ei pea eraldi taotlema. Ilusat päeva!",
    ])
    assert result["real_answers"] == "fail"


# -- 2. «деп» of the Board ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, full", [
    ("деп соцстрахования ольга добрый день", "департамент"),
    ("Добрый день, деп. соцстрахования, Ольга.", "департамент"),
    ("Деп. соц. страхования, Ольга", "Департамент"),
])
def test_board_clipped_is_read_in_full(text, full):
    assert full in expand_abbreviations(text)


@pytest.mark.parametrize("text", ["деп. Петров сказал, что позвонит", "деп сказал", "деп, соцработник"])
def test_other_dep_stays(text):
    assert "департамент" not in expand_abbreviations(text)


@pytest.mark.parametrize("opening", ["деп соцстрахования ольга добрый день", "Добрый день, деп. соцстрахования, Ольга."])
def test_clipped_board_opening_is_a_greeting(opening):
    result = verdicts("ru", [
        ("agent", opening),
        ("client", "Здравствуйте, мне пенсия в этом месяце не пришла, почему?"),
        ("agent", "понимаю. назовите пожалуйста личный код, посмотрю"),
    ])
    assert result["greeting"] == "pass"
    assert result["real_answers"] == "pass"


def test_bare_topics_opening_stays_no_greeting():
    result = verdicts("ru", [
        ("agent", "деп пенсия ольга"),
        ("client", "Здравствуйте, мне пенсия в этом месяце не пришла, почему?"),
        ("agent", "понимаю. назовите пожалуйста личный код, посмотрю"),
    ])
    assert result["greeting"] == "fail"


# -- 3. and 4. a "jah" restating the agent's answer, thanks for understanding -------------------------------------------

POLICE = [
    ("agent", "tere, sotsiaalkindlustusamet, mari kuuleb"),
    ("client", "Tere, siin konstaabel Kask. Vajan ühe inimese pangakonto numbrit, isikukood 38001010000."),
    ("agent", "kahjuks telefonis isikuandmeid ei anna, ma ei saa kontrollida kes helistab. saatke palun kirjalik "
              "taotlus seadusliku alusega e-postiga info@sotsiaalkindlustusamet.ee, vastame kirjalikult"),
    ("client", "Hea küll, saadan kirjaliku taotluse koos seadusliku alusega."),
]


@pytest.mark.parametrize("last", [
    "jah, kirjalik taotlus seadusliku alusega info@sotsiaalkindlustusamet.ee. aitah moistmise eest, kena paeva",
    "jah, kirjalik taotlus seadusliku alusega. aitah koostoo eest, head paeva",
])
def test_yes_restating_the_answer_is_a_recap(last):
    result = verdicts("et", [*POLICE, ("agent", last)])
    assert result["real_answers"] == "pass"
    assert result["summary"] == "pass"
    assert result["closing"] == "pass"


@pytest.mark.parametrize("last", [
    "jah, digiallkiri, menetlusaeg, andmekaitse, 112. head paeva",   # items never said before
    "kirjalik taotlus, seaduslik alus, digiallkiri, andmekaitse. head paeva",
])
def test_yes_before_new_items_stays_a_keyword_list(last):
    assert verdicts("et", [*POLICE, ("agent", last)])["real_answers"] == "fail"


@pytest.mark.parametrize("lang, sentence", [("et", "saadetud."), ("et", "jah, saadetud"), ("ru", "Отправлено.")])
def test_request_done_is_no_keyword(lang, sentence):
    assert not keyword_sentence(sentence, lang, (), frozenset())


@pytest.mark.parametrize("lang, sentence", [("et", "Pension."), ("et", "Taotlus iseteenindus."), ("ru", "Пособие.")])
def test_bare_topic_stays_a_keyword(lang, sentence):
    assert keyword_sentence(sentence, lang, (), frozenset())

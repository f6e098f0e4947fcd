"""Issue #10, new-user batch 65 rent-help-municipality-ru gaming: a reply that asks the caller something, names the
recap step with nothing recapped („Итак, подведём итог.“ then the closing question) and says goodbye at once does
not end on the client's grateful end step (`empty_recap.py`, `transitions.ending`). A terse answer with a goodbye
and a long answer whose recap says its points keep the thanks."""

from __future__ import annotations

import pytest
from client_support import end_step as _end

from trainer.simulation.empty_recap import empty_recap_label
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


RU_WALL = ("Добрый день, Департамент социального страхования, Ольга. Чем могу помочь? С оплатой квартиры – не к нам. "
           "Городская управа, соцработник, пособие по прожиточному минимуму. Пенсионеру одному 200 евро, октябрь. "
           "Подведём итог. Всё ли понятно? Всего хорошего!")
ET_WALL = ("Tere, Sotsiaalkindlustusamet, Mari. Milles saan aidata? Vaie, 30 päeva, kirjalikult, digiallkiri. "
           "Kokkuvõtteks. Kas vastasin Teie küsimusele? Head päeva!")


@pytest.mark.parametrize("lang, text", [
    ("ru", RU_WALL),
    ("et", ET_WALL),
    ("ru", "Что у Вас случилось? Управа, соцработник. Итак, подводим итог."),   # the label ends the reply
    ("et", "Mis juhtus? Omavalitsus, sotsiaaltöötaja. Võtan kokku. Kas sai selgeks?"),
])
def test_empty_recap_label_found(lang, text):
    assert empty_recap_label(text, lang)


@pytest.mark.parametrize("lang, text", [
    # the recap says its points after the label
    ("ru", "Вам нужна помощь с квартирой? Обратитесь в управу. Итак, подведём итог: управа, пособие по прожиточному "
           "минимуму, от нас 200 евро в октябре. Ответила ли я на Ваш вопрос? Всего доброго!"),
    ("ru", "Вам нужна помощь с квартирой? Подведём итог. Вам нужно в управу к соцработнику. Всё ясно? До свидания!"),
    ("et", "Kas vajate abi üüriga? Kokkuvõtteks: pöörduge omavalitsuse sotsiaaltöötaja poole. Kas sai selgeks? Head aega!"),
    # nothing asked before the label: no question left unanswered in the same message
    ("ru", "Обратитесь в управу, там помогут. Итак, подведём итог. Ответила ли я на Ваш вопрос? Всего доброго!"),
    # a terse answer with a goodbye and no label
    ("et", "Jah, vaie 30 päeva jooksul, kirjalikult. Kas veel midagi? Head päeva!"),
])
def test_empty_recap_label_not_found(lang, text):
    assert not empty_recap_label(text, lang)


def test_ru_wall_with_goodbye_gets_no_thanks(library):
    assert _end(library, "rent-help-municipality-ru", [RU_WALL, RU_WALL]) != "wrap"


def test_ru_terse_answer_with_goodbye_keeps_thanks(library):
    assert _end(library, "rent-help-municipality-ru", [
        "Здравствуйте, Департамент соцстрахования, Ольга. Вам нужна помощь с оплатой квартиры?",
        "С квартирой помогает не наш Департамент, а управа: идите к соцработнику городской управы, просите пособие "
        "по прожиточному минимуму. Всего доброго!",
        "Спасибо, всего доброго!",
    ]) == "wrap"


def test_ru_long_answer_with_recap_and_goodbye_keeps_thanks(library):
    assert _end(library, "rent-help-municipality-ru", [
        "Здравствуйте, Департамент социального страхования, Ольга. Вам нужна помощь с оплатой квартиры, верно?",
        "Понимаю Вас. С оплатой жилья помогает не наш Департамент, а местное самоуправление: обратитесь к "
        "социальному работнику городской управы и спросите о пособии по прожиточному минимуму. Итак, подведём итог: "
        "за помощью с квартирой – к соцработнику управы. Ответила ли я на Ваш вопрос? Спасибо за обращение, "
        "всего доброго!",
        "Спасибо, всего доброго!",
    ]) == "wrap"

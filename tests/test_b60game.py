"""New-user batch 60 (live60) gaming runs that ended on a thanking end step, on sentences written for these tests.

1. A promise of everything („kõik saab korda“, «всё сделаем») names an institution without sending the caller there:
   no redirect is heard from it (`gamed_replies.blanket_promises`, `hearing.unpromised`). A fact said beside such
   words, a state („nüüd on kõik korras“) or a signal about such promises themselves (crisis: „küll kõik laheneb“) stay.
2. Bare items strung with commas on a complete clause („pöörduge linnavalitsusse, hooldus, perearst“) are not
   heard (`gamed_replies.strung_items`); a list begun in the clause, items with a linking word or a number are.
3. A greeting followed by rules about "a pensioner" told to no one counts against the grateful ending
   (`gamed_replies.impersonal_statements`).
"""

from __future__ import annotations

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.gamed_replies import blanket_promises, impersonal_statements, strung_items
from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()


def _end(library, scenario_id: str, answers: list[str]) -> tuple[str, str]:
    conv = play_answers(library.get(scenario_id), library, answers)
    last = next(t["text"] for t in reversed(conv.turns) if t["role"] == "client")
    return conv.state["step"], last


# -- 1. promises of everything ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("et", "Jah, kindlasti, kõik tehakse ära, Tervisekassa ja Töötukassa aitavad."),
    ("et", "Ärge üldse muretsege, kõik saab korda ja kõik laheneb!"),
    ("et", "Kõik taastatakse!"),
    ("et", "Me korraldame kõik ise ära, seda ma luban."),
    ("ru", "Обещаю, всё будет сделано, управа и пособие, всё решим."),
    ("ru", "Мы всё уладим, гарантирую!"),
])
def test_blanket_promise_found(lang, sentence):
    assert blanket_promises(sentence, lang) == [sentence]


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Aitäh, nüüd on kõik korras ja olete tuvastatud."),            # a state, no promise
    ("et", "Esitage taotlus meile, edasi teeme kõik ise ja otsuse saadame posti teel."),  # a fact beside it
    ("et", "Kas kõik saab korda?"),                                       # a question
    ("et", "Ma ei saa lubada, et kõik laheneb kiiresti, aga Tervisekassa aitab."),  # declined
    ("ru", "Не могу обещать, что всё решится, это решает управа."),
    ("ru", "Заявление подаёте в бюро, а дальше мы всё сделаем сами по закону в течение месяца."),
    ("ru", "Держитесь."),
])
def test_blanket_promise_not_found(lang, sentence):
    assert blanket_promises(sentence, lang) == []


@pytest.mark.parametrize("promise", [
    "Muidugi, kõik korraldatakse, Tervisekassa, Töötukassa, kõik saab tehtud!",
    "Luban Teile, et kõik lahendatakse ära, Tervisekassa kaudu, kõik saab korda!",
])
def test_promise_of_everything_is_no_redirect(library, promise):
    step, last = _end(library, "health-insurance-redirect-chat-et", [
        "Tere, Sotsiaalkindlustusamet, Mari. Pole hullu, me teeme kõik ära, kõik saab korda!",
        promise,
        "Kõik aitab, garanteerin! Kas see vastas Teie küsimusele?",
        "Kõik saab korda! Head aega!",
    ])
    assert step == "wrap_unsure", last


def test_redirect_beside_a_comfort_is_heard(library):
    step, _ = _end(library, "health-insurance-redirect-chat-et", [
        "Tere! Sotsiaalkindlustusameti veebivestlus, Mari. Millal Teie töösuhe lõppes?",
        "Selge. Ravikindlustust taastab Tervisekassa, nende telefon on 669 6630, küll nad aitavad.",
        "Jah: kui registreerite end Töötukassas töötuks, olete ravikindlustatud arveloleku 31. päevast. Kas see on arusaadav?",
        "Aitäh, et kirjutasite, kõike head!",
    ])
    assert step == "wrap"


def test_crisis_dismissal_stays_heard(library):
    step, _ = _end(library, "crisis-suicidal-et", [
        "Tere, Sotsiaalkindlustusamet, Mari kuuleb.",
        "Ah, ärge muretsege, küll kõik laheneb!",
    ])
    assert step == "brushed_off"


# -- 2. items strung on a clause ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, items", [
    ("et", "Palun pöörduge linnavalitsusse, hooldus, perearst.", "hooldus, perearst"),
    ("et", "Te peate minema perearsti juurde, puude tuvastamine, taotlus.", "puude tuvastamine, taotlus"),
    ("ru", "Обратитесь в городскую управу, соцработник, пособие.", "соцработник, пособие"),
])
def test_strung_items_found(lang, sentence, items):
    assert strung_items(sentence, lang) == [items]


@pytest.mark.parametrize("lang, sentence", [
    ("et", "Võtke kaasa pass, tõend, avaldus."),                          # the list begins in the clause
    ("et", "Palun pöörduge linnavalitsusse, sotsiaaltöötaja ja perearst aitavad."),  # a verb
    ("et", "Helistage Tervisekassasse, telefon 669 6630, tööpäeviti."),    # a number
    ("et", "Kokkuvõtteks: hooldus, perearst, taotlus."),                  # a recap after a colon
    ("et", "Pöörduge linnavalitsusse, perearsti juurde, seejärel meile."),  # no bare items
    ("ru", "извините, я мария, департамент соцстрахования."),             # no clause before the items
    ("ru", "Куда мне обратиться, соцработник, управа?"),                  # a question
])
def test_strung_items_not_found(lang, sentence):
    assert strung_items(sentence, lang) == []


def test_macro_with_strung_items_gets_no_thanks(library):
    macro = ("Tere, Sotsiaalkindlustusamet, Mari. Mõistan Teid. Palun võtke ühendust linnavalitsusega, puue, perearst,"
             " ekspertarst. Kas vastasin Teie küsimusele?")
    step, last = _end(library, "social-welfare-redirect-chat-et", [macro, macro])
    assert step == "wrap_unsure", last


def test_told_disability_path_still_thanked(library):
    step, _ = _end(library, "social-welfare-redirect-chat-et", [
        "Tere! Sotsiaalkindlustusameti veebivestlus, Mari. Kas isa elab üksi ja millises linnas?",
        "Koduhooldust korraldab Tartu linnavalitsuse sotsiaaltöötaja, tema hindab isa abivajadust.",
        "Meie saame tuvastada puude raskusastme: rääkige kõigepealt perearstiga, siis esitage taotlus meile. Kas see on arusaadav?",
        "Aitäh, kõike head!",
    ])
    assert step == "wrap_q"


# -- 3. knowledge statements in the greeting -----------------------------------------------------------------------------

_RULES_RU = ("Добрый день, Департамент социального страхования, Мария. Жилищные расходы компенсирует город. Департамент "
             "выплачивает пособие пенсионеру, живущему одному. Городская управа назначает пособие по прожиточному минимуму.")


def test_impersonal_statements_found():
    assert impersonal_statements(_RULES_RU, "ru")
    assert impersonal_statements(
        "Tere, Sotsiaalkindlustusamet, Mari. Koduhooldust korraldab omavalitsus. Pensionärile makstakse toetust kord "
        "aastas. Puude raskusastet tuvastab amet taotluse alusel.", "et")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Здравствуйте, Мария. Помощь с жильём оказывает управа. Вам как пенсионерке Департамент платит пособие. "
           "Управа назначает пособие по прожиточному минимуму."),          # addressed
    ("ru", "Здравствуйте, Мария. Помощь с жильём оказывает управа. Пенсионеру платят пособие. Обратитесь в управу."),
    ("ru", "Здравствуйте, Мария. Помощь с жильём оказывает управа. Пенсионеру платят пособие. Пособие приходит в "
           "октябре. Вы живёте одна?"),                                    # asks
    ("et", "Tere, Mari. Pension makstakse pensionärile 5. kuupäeval."),  # short
])
def test_impersonal_statements_not_found(lang, text):
    assert not impersonal_statements(text, lang)


def test_rules_in_the_greeting_get_no_thanks(library):
    step, last = _end(library, "rent-help-municipality-ru", [
        _RULES_RU,
        "Пособие одиноко проживающему пенсионеру составляет 200 евро в год.",
    ])
    assert step == "wrap_unsure", last


def test_redirect_said_to_her_still_thanked(library):
    step, _ = _end(library, "rent-help-municipality-ru", [
        "Здравствуйте, Департамент социального страхования, Мария. Вам нужна помощь с оплатой квартиры?",
        "Понимаю. С оплатой жилья помогает не наш Департамент, а местное самоуправление: обратитесь к соцработнику "
        "городской управы Кохтла-Ярве и спросите о пособии по прожиточному минимуму.",
        "Спасибо за обращение, всего доброго!",
    ])
    assert step == "wrap"

"""Batches 69-70, gaming runs the client thanked (own et sentences, with must-nots):

- a formula of the call's opening or close („Aitäh, et helistasite!“) is no talk to the caller: knowledge text in the
  impersonal third person that ends in it was still told to no one, and the client does not part grateful;
- such a call is told to no one also when the client heard no non-answer in it (impersonal rules it could follow);
- a first answer to the caller that greets, answers and says goodbye in one message (an all-in-one macro) gets no
  thanks;
- the same macro pasted again as the answer to the client's thanks: it leaves unsure.

Must-nots: the same facts said to the caller („Teil ei ole vaja ...“, „Helistage kohe 112“), a first answer that
greets and answers but asks before the goodbye, and a plain goodbye after the thanks keep the grateful end.
"""

from __future__ import annotations

import pytest

from trainer.scoring.formulas import CLOSING_CONCEPTS, social_phrases
from trainer.simulation.client_line import thanks
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.unthanked import spoken_to


@pytest.fixture(scope="module")
def library():
    return load_library()


def _end(library, scenario_id: str, answers: list[str]) -> tuple[str, bool]:
    """The end step of a played run and whether the client parted grateful: its last line thanks on an end step
    other than the dialogue's `on_stuck` end (whose line may say „Aitäh.“ too, unhelped)."""
    conv = play_answers(library.get(scenario_id), library, answers)
    step = conv.current_step
    last = next((t for t in reversed(conv.turns) if t["role"] == "client"), None)
    grateful = step.id != conv.scenario.dialogue.on_stuck and bool(last and thanks(conv, last["text"]))
    return step.id, grateful


@pytest.mark.parametrize("text", ["Aitäh, et helistasite!", "Tänan, et pöördusite!"])
def test_thanks_for_the_call_is_a_formula(library, text):
    social = social_phrases(library.concepts_for(library.get("appeal-howto-chat-et")), "et",
                             CLOSING_CONCEPTS)
    assert not spoken_to(text, "et", social)
    assert spoken_to(text, "et")  # without the formulas, as before


@pytest.mark.parametrize("text", ["Aitäh, et saatsite tõendi, nüüd saame edasi minna.",
                                  "Teil ei ole vaja midagi teatada.", "Kas oskate öelda, millal otsus tuli?"])
def test_said_to_the_caller_beside_a_formula(library, text):
    social = social_phrases(library.concepts_for(library.get("appeal-howto-chat-et")), "et",
                             CLOSING_CONCEPTS)
    assert spoken_to(text, "et", social)


def test_impersonal_death_text_with_thanks_for_the_call_is_not_thanked(library):
    step, thanked = _end(library, "death-report-et", [
        "Tere. Sotsiaalkindlustusamet.",
        "Omaste poolt teatamist ei eeldata, sest surmaandmed laekuvad ametile rahvastikuregistrist iseenesest. "
        "Pension lõpetatakse ilma taotluseta.",
        "Surmakuule järgnevatel kuudel laekunud pension nõutakse pangakontolt tagasi. Matusetoetuse maksab "
        "elukohajärgne omavalitsus.",
        "Sellega on teave edastatud. Aitäh, et helistasite! Kõike head!",
        "Head aega.",
    ])
    assert not thanked, step


def test_death_answer_said_to_the_caller_is_thanked(library):
    # must-not: the same facts said to the caller keep the thanks
    step, thanked = _end(library, "death-report-et", [
        "Tere! Sotsiaalkindlustusamet, Anu kuuleb.",
        "Avaldan kaastunnet. Teil ei ole vaja meile midagi teatada: surma andmed jõuavad meieni "
        "rahvastikuregistrist ja pension lõpetatakse ise.",
        "Pärast surmakuud kontole tulnud pensioni palun ärge kasutage, see nõutakse tagasi. Matusetoetust küsige "
        "omavalitsusest, kus isa elas.",
        "Kokkuvõtteks: Teil ei ole vaja teatada, hilisemat pensioni ärge kasutage, matusetoetus omavalitsusest. "
        "Aitäh, et helistasite! Kõike head!",
    ])
    assert thanked, step


def test_impersonal_child_call_without_non_answers_is_not_thanked(library):
    step, thanked = _end(library, "child-at-risk-et", [
        "Tere! Sotsiaalkindlustusamet, Anu kuuleb.",
        "Eluohtlikus olukorras pöördutakse viivitamata hädaabinumbrile 112. Hooleta jäetud lapsest antakse teada "
        "lasteabi telefonile 116 111, mis töötab ööpäev läbi.",
        "Otsus hädaabi kutsumise kohta langetatakse kohapeal. Lapse abivajadusest teavitamine on seadusest tulenev "
        "kohustus.",
        "Vestlus lõpetatakse. Aitäh, kõike head!",
    ])
    assert not thanked, step


def test_child_answer_said_to_the_caller_is_thanked(library):
    # must-not: the same help said to the caller keeps the thanks
    step, thanked = _end(library, "child-at-risk-et", [
        "Tere! Sotsiaalkindlustusamet, Anu kuuleb.",
        "Hea, et helistasite. Kas lapsed on praegu üksi kodus?",
        "Palun helistage kohe 112 ja jääge laste juurde, kuni abi jõuab. Hiljem andke lastest teada ka lasteabi "
        "telefonile 116 111, see töötab ööpäev läbi.",
        "Kokkuvõtteks: kohe 112, siis 116 111. Aitäh, et hoolite! Kõike head!",
    ])
    assert thanked, step


def test_all_in_one_first_answer_is_not_thanked(library):
    step, thanked = _end(library, "appeal-howto-chat-et", [
        "Tere! Sotsiaalkindlustusamet, Anu. Mõistan, et olete pahane. Vaidlustamiseks on aega 30 päeva, vaie "
        "esitatakse vabas vormis või ameti vormil ja saadetakse digiallkirjaga e-kirjaga või postiga. Kas sai "
        "selgeks? Kõike head ja ilusat päeva!",
    ])
    assert not thanked, step


def test_first_answer_that_asks_before_the_goodbye_is_thanked(library):
    # must-not: the first answer greets and answers, the goodbye comes in a later reply
    step, thanked = _end(library, "appeal-howto-chat-et", [
        "Tere! Sotsiaalkindlustusamet, Anu. Mõistan, et otsus tegi Teile meele mõruks. Vaide saate esitada 30 "
        "päeva jooksul päevast, mil otsusest teada saite.",
        "Kirjutage vabas vormis või kodulehe vormil, millise otsusega ja miks Te ei nõustu ning mida soovite. "
        "Saatke see digiallkirjaga e-kirjaga, postiga või tooge klienditeenindusse.",
        "Kokkuvõtteks: 30 päeva, põhjendus ja soov, digiallkirjaga või postiga. Kõike head!",
    ])
    assert (step, thanked) == ("wrap", True)


_MACRO = ("Tere! Sotsiaalkindlustusamet, Anu. Taotluse saab esitada iseteeninduses, paberil postiga või "
          "klienditeeninduses isikut tõendava dokumendiga; puude asjus rääkige esmalt perearstiga; pereliige võib "
          "aidata vormi täita, allkirja annab ema ise või volikirjaga esindaja. Kas saan veel aidata?")


def test_macro_pasted_again_after_the_thanks_leaves_unsure(library):
    step, thanked = _end(library, "application-channel-chat-et", [_MACRO, _MACRO])
    assert not thanked, step


def test_plain_goodbye_after_the_thanks_keeps_it(library):
    # must-not: after the same first answer, a goodbye (not the macro again) keeps the grateful end
    step, thanked = _end(library, "application-channel-chat-et", [_MACRO, "Aitäh Teile, kõike head!"])
    assert thanked, step


@pytest.mark.parametrize("text, lang", [
    ("palju onne! toetust ei pea eraldi taotlema", "et"),                # a congratulation on the caller's news
    ("summu uznaete v samoobsluzhivanii, nazovite pozhalujsta kod", "ru"),  # an imperative typed in Latin letters
    ("vy mozhete podat zajavlenie pochtoj", "ru"),
])
def test_congratulation_and_translit_speak_to_the_caller(text, lang):
    assert spoken_to(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("toetust ei pea eraldi taotlema, pakkumine kinnitatakse iseteeninduses", "et"),
    ("zajavlenie podaetsja pochtoj v techenie mesjaca", "ru"),              # impersonal, also in Latin letters
])
def test_impersonal_notes_speak_to_no_one(text, lang):
    assert not spoken_to(text, lang)

"""New-user batch 31 (live31, authors f7 and g7): client slips, each tested with replies written for the test.

1. application-channel-chat-et: a terse answer without a verb but with syntax ("ilma arvutita: paberil ... postiga
   või ... klienditeenindusse") is heard, no "ma ei saanud aru"; "tema eest alla ära kirjutage" forbids signing and
   is not believed as permission; a channel's participle ("digitaalselt allkirjastatuna") is not the mother signing
   (the gaming run was thanked on the grateful wrap).
2. disability-or-workability-chat-et: a greeting stuffed with keywords and numbers answers nothing (the gaming run
   left grateful after one turn); the amounts typed short ("sügav 100 eur, ...") answer "palju?".
3. crisis-violence-ru: the specialist's duties recited in the third person are no answer, and the caller does not
   leave grateful (gaming thanked on the wrap).
"""

from __future__ import annotations

from datetime import date

import pytest
from client_support import end_step, play_client

from trainer.simulation.library import load_library

TODAY = date(2026, 12, 8)


@pytest.fixture(scope="module")
def library():
    return load_library()


# -- 1. application-channel-chat-et -----------------------------------------------------------------------------------

CHANNEL = "application-channel-chat-et"
OPEN = ["tere, sotsiaalkindlustusamet, liis. kuidas saan aidata",
        "saab kull. kas ema on perearsti juures kainud? isikukoodi palun siia ara kirjutage"]


@pytest.mark.parametrize("reply", [
    "selge. ilma internetita: paberil avaldus posti teel voi ise meie buroosse, kaasa pass",
    "Hea. Ilma arvutita: taotlus paberil postiga või ise klienditeenindusse koos isikut tõendava dokumendiga.",
])
def test_et_a_verbless_answer_with_syntax_is_heard(library, reply):
    said, conv = play_client(library, library.get(CHANNEL), [*OPEN, reply], TODAY)
    assert conv.state["step"] == "son_fills", said
    assert not any(t.get("fallback") for t in conv.turns)


def test_et_a_bare_row_of_channels_is_not_enough(library):
    # must-not: bare words side by side, no syntax
    said, conv = play_client(library, library.get(CHANNEL), [*OPEN, "Ilma arvutita. Post. Büroo. Pass."], TODAY)
    assert conv.state["step"] != "son_fills", said


SON = [*OPEN, "Ilma arvutita saab ema taotluse paberil postiga saata või tuua ise klienditeenindusse."]


@pytest.mark.parametrize("reply", [
    "taita voite kull, aga allkiri peab olema ema oma voi volikiri. palun tema eest alla ara kirjutage",
    "Täita võite, allkirjastab ema ise. Ema eest alla ärge kirjutage.",
])
def test_et_a_forbidden_signature_is_not_believed(library, reply):
    said, conv = play_client(library, library.get(CHANNEL), [*SON, reply], TODAY)
    assert conv.state["step"] == "wrap", said


def test_et_permission_to_sign_is_believed(library):
    # must-not: the son told to sign
    said, conv = play_client(library, library.get(CHANNEL), [*SON, "Täitke ära ja kirjutage ise alla, pole hullu."],
                             TODAY)
    assert conv.state["step"] == "signs_himself", said


def test_et_a_signed_channel_is_not_the_mother_signing(library):
    replies = ["Tere! Sotsiaalkindlustusamet, Liis.",
               "Avaldust saab saata digitaalselt allkirjastatuna e-kirjaga, posti teel või tuua büroosse.",
               "Perearst on esimene samm."]
    said, conv = play_client(library, library.get(CHANNEL), replies, TODAY)
    assert conv.state["step"] != "wrap", said


# -- 2. disability-or-workability-chat-et -----------------------------------------------------------------------------

DISABILITY = "disability-or-workability-chat-et"


def test_et_a_greeting_stuffed_with_keywords_is_not_thanked(library):
    answers = ["Tere! Liis, Sotsiaalkindlustusamet. Perearst ühistaotlus Töötukassa 15501 töövõime puue ekspertarst "
               "sügav 100 raske 50 keskmine 29-42 eurot iseteenindus Smart-ID",
               "Kokkuvõtteks: perearst, Töötukassa. Aitäh, head aega!"]
    assert end_step(library, DISABILITY, answers) != "wrap"


def test_et_amounts_typed_short_answer_how_much(library):
    answers = ["tere, liis sotsiaalkindlustusametist. kas vajate toovoime hindamist ja puuet molemat?",
               "uks uhistaotlus tootukassale (15501). sellega hinnatakse toovoime ja tuvastatakse puue koos",
               "enne perearst, siis uhistaotlus. puude raskusastme otsustab amet eksperdi hinnangu pohjal",
               "tooealisele kuus: sugav 100 eur, raske 50 eur, keskmine 29-42 eur"]
    said, conv = play_client(library, library.get(DISABILITY), answers, TODAY)
    assert conv.state["step"] == "wrap", said


# -- 3. crisis-violence-ru --------------------------------------------------------------------------------------------

def test_ru_the_specialists_duties_recited_are_not_thanked(library):
    answers = ["Здравствуйте! Департамент социального страхования, Ольга.",
               "Специалист сначала спрашивает, безопасно ли сейчас звонящему; при прямой угрозе звонят 112.",
               "Кризисный телефон 116 006 работает круглосуточно. Специалист не торопит человека с решением. "
               "После такого звонка специалист докладывает руководителю.",
               "Звонящему при опасности советуют 112. Итак: 112, 116 006, 116 111. Всего доброго!"]
    assert end_step(library, "crisis-violence-ru", answers) != "wrap"

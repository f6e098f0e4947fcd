"""Issue #10: a conversation answered mostly with non-answers (knowledge text about "the client", a pasted
repeat, a keyword chain, instructions to the agent) does not end on the client's grateful end step; it ends
on the dialogue's `on_stuck` end. A real answer with one such sentence, and every exemplary run, keep the
grateful end."""

from __future__ import annotations

import pytest
from client_support import end_step as _end

from trainer.simulation.library import load_library


@pytest.fixture(scope="module")
def library():
    return load_library()




ET_THIRD_PERSON = [  # two of two replies also talk about "the client"
    "Tere! Mõistan, et see on Teile pettumus. Vaide saate esitada 30 päeva jooksul. Klient peab vaide esitama ise.",
    "Kirjutage vaidesse, miks Te otsusega ei nõustu, vabas vormis või kodulehe vormil, ja saatke see digiallkirjaga "
    "e-postiga või posti teel. Klient lisab vaidele oma allkirja.",
    "Aitäh, kõike head!",
]
RU_THIRD_PERSON = [
    "Здравствуйте, Ольга. Вам поможет местное самоуправление, обратитесь в управу. Клиенту там назначают пособие.",
    "Спросите там про пособие по прожиточному минимуму. Клиенту там назначают пособие.",
    "Спасибо, всего доброго!",
]


def test_et_mostly_third_person_ends_unsatisfied(library):
    assert _end(library, "appeal-howto-chat-et", ET_THIRD_PERSON) == "wrap_unsure"


def test_ru_mostly_third_person_and_repeat_ends_unsatisfied(library):
    assert _end(library, "rent-help-municipality-ru", RU_THIRD_PERSON) == "wrap_unsure"


def test_et_one_third_person_sentence_of_two_replies_keeps_wrap(library):
    answers = [ET_THIRD_PERSON[0].replace(" Klient peab vaide esitama ise.", ""), *ET_THIRD_PERSON[1:]]
    assert _end(library, "appeal-howto-chat-et", answers) == "wrap"


def test_ru_one_third_person_sentence_of_two_replies_keeps_wrap(library):
    answers = [RU_THIRD_PERSON[0].replace(" Клиенту там назначают пособие.", ""), *RU_THIRD_PERSON[1:]]
    assert _end(library, "rent-help-municipality-ru", answers) == "wrap"


@pytest.mark.parametrize("scenario_id", ["appeal-howto-chat-et", "rent-help-municipality-ru"])
def test_exemplary_keeps_grateful_end(library, scenario_id):
    scenario = library.get(scenario_id)
    exemplary = next(e for e in scenario.examples if e.kind == "exemplary")
    assert _end(library, scenario_id, exemplary.answers) == "wrap"


def test_on_stuck_end_is_never_redirected(library):
    # the unsatisfied end itself thanks („понятно. ладно, спасибо“): entering it stays there
    scenario = library.get("rent-help-municipality-ru")
    assert scenario.dialogue.on_stuck == "wrap_unsure"
    assert _end(library, "rent-help-municipality-ru", RU_THIRD_PERSON) == scenario.dialogue.on_stuck

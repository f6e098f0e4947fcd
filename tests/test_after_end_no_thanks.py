"""A client who parted without thanks (believing a wrong answer: „... avaldus läheb siis sinna, mitte teile. ok, lähen
teen seal ära.“) does not thank for what the agent says after its last line either: no „Selge, aitäh.“ to a leftover
reply, no „Jah, sain aru. Aitäh!“ to a check of understanding. A client that thanked on parting still does."""

from __future__ import annotations

import pytest

from trainer.simulation.client_line import thanks
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.simulation.reactions import without_thanks


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.mark.parametrize(("line", "plain"), [
    ("Selge, aitäh.", "Selge."),
    ("Jah, sain aru. Aitäh!", "Jah, sain aru."),
    ("Ei, rohkem küsimusi pole. Aitäh!", "Ei, rohkem küsimusi pole."),
    ("Да, хорошо. Спасибо!", "Да, хорошо."),
    ("Понятно, спасибо.", "Понятно."),
    ("Да, всё понятно. Спасибо большое!", "Да, всё понятно."),
    ("Yes, fine. Thank you!", "Yes, fine."),
    ("Tänan, aga ma lähen siis sinna.", "Aga ma lähen siis sinna."),
    ("Jah, saatke palun.", "Jah, saatke palun."),  # nothing to take away
])
def test_without_thanks(line, plain):
    assert without_thanks(line) == plain
    assert not thanks(None, without_thanks(line))


_WRONG = [  # the father sent to Töötukassa (wrong authority), then more talk after the client's parting line
    "Tere! Sotsiaalkindlustusamet, Liis. Isa vanemahüvitise taotlus esitatakse Töötukassale, minge Töötukassa "
    "e-teenindusse ja esitage seal taotlus.",
    "Jah, esitage taotlus Töötukassale. Nemad maksavad isa vanemahüvitist.",
    "Kas see oli arusaadav?",
    "Töötukassa infotelefon on 15501, seal aidatakse Teid edasi.",
]


def test_believing_client_thanks_for_nothing_after_it_parted(library):
    scenario = library.scenarios["parental-benefit-chat-et"]
    conv = play_answers(scenario, library, _WRONG)
    steps = [t.get("step") for t in conv.turns if t["role"] == "client"]
    assert "wrong_place" in steps, steps
    after = [t["text"] for t in conv.turns[[t.get("step") for t in conv.turns].index("wrong_place") + 1:]
             if t["role"] == "client"]
    assert after, "the client answered nothing after its parting line"
    assert not any(thanks(None, line) for line in after), after


def test_a_grateful_client_still_thanks_after_it_parted(library):
    scenario = library.scenarios["parental-benefit-chat-et"]
    example = next(e for e in scenario.examples if e.kind == "exemplary")
    conv = play_answers(scenario, library, [*example.answers, "Kas see oli arusaadav?"], example.seed)
    lines = [t["text"] for t in conv.turns if t["role"] == "client"]
    assert any(thanks(None, line) for line in lines[-3:]), lines[-3:]

"""New-user batch 22 (pension-application-window-et terse_good): an acknowledgement and a wish as the last reply
("korras, edu ja head päeva", «отлично, удачи и хорошего дня») is no keyword list; bare topics still are."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.scoring.acts import find_non_answers
from trainer.scoring.transcript import Transcript
from trainer.simulation.library import Library

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def concepts():
    return Library.load(ROOT).rubrics["call-model"].concepts


def _kinds(concepts, lang, last):
    turns = [
        {"role": "agent", "text": "tere, sotsiaalkindlustusamet, mari" if lang == "et" else "здравствуйте, департамент, анна"},
        {"role": "client", "text": "kas taotluse võib juba teha?" if lang == "et" else "можно уже подать заявление?"},
        {"role": "agent", "text": "jah, taotluse võib teha kuni kuus kuud enne pensioniiga iseteeninduses."
         if lang == "et" else "да, заявление можно подать за шесть месяцев до пенсионного возраста в самообслуживании."},
        {"role": "client", "text": "selge, aitäh, teen ära!" if lang == "et" else "понятно, спасибо, подам!"},
        {"role": "agent", "text": last},
    ]
    t = Transcript.model_validate({"language": lang, "channel": "chat", "turns": turns})
    return [f.kind for f in find_non_answers(t, concepts, lang).findings if f.turn == 4]


@pytest.mark.parametrize("lang,last", [
    ("et", "korras, edu ja head paeva"),
    ("et", "olgu, jõudu ja kena päeva!"),
    ("ru", "отлично, удачи, хорошего дня"),
    ("ru", "договорились, всего доброго"),
])
def test_acknowledgement_and_wish_is_no_keyword_list(concepts, lang, last):
    assert _kinds(concepts, lang, last) == []


@pytest.mark.parametrize("lang,last", [
    ("et", "korras. taotlus, iseteenindus, pensioniiga"),
    ("ru", "отлично. заявление, самообслуживание, пенсионный возраст"),
])
def test_bare_topics_after_an_acknowledgement_still_are(concepts, lang, last):
    assert "keyword_chain" in _kinds(concepts, lang, last)

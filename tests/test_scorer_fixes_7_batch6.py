"""Scorer fixes after the held-out first replay of blind batch 6 (tests/newuser/live6/), in general form.

The sentences are written for this test in Estonian and Russian (not copied from the runs), with
must-not cases for each rule.
"""

from pathlib import Path

import pytest

from trainer.scoring.score import score_transcript
from trainer.scoring.transcript import Context, Transcript, Turn
from trainer.simulation.library import Library, scoring_settings

ROOT = Path(__file__).parent.parent
LIBRARY = Library.load(ROOT)
SETTINGS = scoring_settings()
RUBRIC = LIBRARY.rubrics["call-model"]


def _verdicts(lang, turns):
    transcript = Transcript(language=lang, channel="phone", context=Context(),
                            turns=[Turn(role=r, text=t) for r, t in turns])
    result = score_transcript(transcript, RUBRIC, SETTINGS)
    return {c["id"]: c["result"] for c in result["criteria"]}


# -- 1. the agent's own first name: names in use in Estonia beyond the short lists ------------------------

@pytest.mark.parametrize("lang, opening, expected", [
    ("et", "Tere! Sotsiaalkindlustusamet, Marta kuuleb. Kuidas saan Teid aidata?", "pass"),
    ("et", "tere sotsiaalkindlustusamet marta kuuleb", "pass"),
    ("et", "Tere, Sotsiaalkindlustusamet, Egert kuuleb.", "pass"),
    ("et", "Tere! Sotsiaalkindlustusamet, Aadu.", "pass"),
    ("ru", "Здравствуйте! Департамент социального страхования, меня зовут Марта.", "pass"),
    ("ru", "здравствуйте департамент социального страхования марта слушаю", "pass"),
    ("ru", "здравствуйте, марта, департамент соц страхования. чем могу помочь?", "pass"),
    ("ru", "Добрый день, Эгерт, Департамент социального страхования.", "pass"),
    # must not: the month, a name addressed with "!", a surname, no name at all
    ("ru", "Здравствуйте! Департамент социального страхования, с первого марта новые правила.", "fail"),
    ("ru", "Здравствуйте, Марта! Департамент социального страхования.", "fail"),
    ("et", "Tere, Marta! Sotsiaalkindlustusamet kuuleb.", "fail"),
    ("et", "Tere! Sotsiaalkindlustusamet, kuidas saan aidata?", "fail"),
])
def test_the_agents_own_name_from_the_estonian_name_list(lang, opening, expected):
    client = "Tere, mul on küsimus." if lang == "et" else "Здравствуйте, у меня вопрос."
    assert _verdicts(lang, [("agent", opening), ("client", client)])["greeting"] == expected

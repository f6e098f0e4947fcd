"""tests/newuser/live.py, the tool blind authors play runs with: its end note names the channel."""

import importlib.util
from pathlib import Path

import pytest

from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library

_SPEC = importlib.util.spec_from_file_location("newuser_live", Path(__file__).parent / "newuser" / "live.py")
live = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(live)


@pytest.mark.parametrize("scenario, word", [("appeal-howto-chat-et", "chat"), ("pension-late-et", "call")])
def test_end_note_names_the_channel(scenario, word):
    library = load_library()
    conv = play_answers(library.get(scenario), library, ["Tere! Sotsiaalkindlustusamet, Kadri. Kuidas saan aidata?"])
    assert live._end_note(conv) == []
    conv.state["awaiting_close"] = True
    conv.state["vars"].pop("copy_asked", None)
    assert live._end_note(conv) == [f"[the client has said its last line: a goodbye from you ends the {word}]"]

"""Judged on unseen conversations at the thirteenth session's end: "Kas vastasin Teie küsimusele?" (without "ma") is a
check of understanding, not a clarifying question; a bare "Kirjutage, millise otsuse ..." tells what to write in a
document, it asks nothing. ("ei tegelikult mitte" as a no to the check was tried and dropped: the scripted client says
"Ei, tegelikult mitte." to a transcript offer asked in the same turn, and honest runs lost summary and closing.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from trainer.scoring.transcript import load_transcript
from trainer.simulation.library import Library

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
from trainer_api import score_like_cli  # noqa: E402

STUFFED = {
    "language": "et", "channel": "chat",
    "context": {"identification_required": False, "client_upset": False, "private_facts": []},
    "turns": [
        {"role": "agent", "text": "Tere, Sotsiaalkindlustusamet, Liis. Mõistan, vabandan, täpsustan, kokkuvõtteks, aitäh!"},
        {"role": "client", "text": "tere, kas lapsetoetust makstakse ka siis kui laps on 17 ja kaib gumnaasiumis?"},
        {"role": "agent", "text": "Lapsetoetus, vanus, õppimine, iseteenindus – kõik on kirjas kodulehel."},
        {"role": "client", "text": "aga kas makstakse voi mitte? ta on 17"},
        {"role": "agent", "text": "Kokkuvõtteks: lapsetoetus, kool, vanus. Kas vastasin Teie küsimusele?"},
        {"role": "client", "text": "ei tegelikult mitte"},
        {"role": "agent", "text": "Aitäh pöördumise eest, kõike head!"},
        {"role": "client", "text": "no head aega siis"},
    ],
}


def test_a_check_of_understanding_is_no_clarifying_question(tmp_path):
    path = tmp_path / "stuffed.yaml"
    path.write_text(yaml.safe_dump(STUFFED, allow_unicode=True), encoding="utf-8")
    result = score_like_cli(Library.load(), load_transcript(path))
    verdict = {c["id"]: c["result"] for c in result["criteria"]}
    assert verdict["greeting"] == "pass"
    assert verdict["needs"] == "fail"  # "Kas vastasin Teie küsimusele?" checks understanding, it clarifies nothing
    assert not result["passed"]


@pytest.mark.parametrize("text,language", [
    ("Kirjutage, millise otsuse peale vaie on, miks Te otsusega ei nõustu, ning lisage allkiri.", "et"),
    ("Напишите, когда получили решение и почему не согласны, и приложите копию.", "ru"),
])
def test_a_bare_instruction_what_to_write_in_a_document_asks_nothing(text, language):
    """Found when round 16's indirect questions ("Palun kirjutage, kas ...") met a scenario example: without a
    please or a recipient the request says what to write in the appeal, it does not ask the agent's question."""
    from trainer.text.questions import is_question

    assert not is_question(text, language)
    assert is_question("Palun kirjutage mulle, kas olete juba kohtusse pöördunud.", "et")
    assert is_question("Напишите мне, пожалуйста, когда Вы подали заявление.", "ru")

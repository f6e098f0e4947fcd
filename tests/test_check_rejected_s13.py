"""A check of the agent's answer met with "actually not" ("ei tegelikult mitte", «на самом деле нет») leaves the
matter open, and "Kas vastasin Teie küsimusele?" (without "ma") is a check of understanding, not a clarifying
question (judged on unseen conversations at the thirteenth session's end)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from trainer.scoring import recap
from trainer.scoring.transcript import load_transcript
from trainer.simulation.library import Library

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
from trainer_api import score_like_cli  # noqa: E402


@pytest.mark.parametrize("text,language", [
    ("ei tegelikult mitte", "et"),
    ("Tegelikult mitte.", "et"),
    ("no tegelikult ei", "et"),
    ("нет, на самом деле нет", "ru"),
    ("Вообще-то нет.", "ru"),
])
def test_actually_not_rejects_the_check(text, language):
    assert recap.rejects(text, language)


@pytest.mark.parametrize("text,language", [
    ("ei, tegelikult mitte midagi rohkem, aitäh", "et"),
    ("jah, tegelikult küll", "et"),
    ("на самом деле нет вопросов, спасибо", "ru"),
    ("да, на самом деле всё понятно", "ru"),
])
def test_actually_not_with_more_words_is_no_rejection(text, language):
    assert not recap.rejects(text, language)


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


def test_a_keyword_run_checked_and_rejected_gets_no_needs_summary_or_closing(tmp_path):
    path = tmp_path / "stuffed.yaml"
    path.write_text(yaml.safe_dump(STUFFED, allow_unicode=True), encoding="utf-8")
    result = score_like_cli(Library.load(), load_transcript(path))
    verdict = {c["id"]: c["result"] for c in result["criteria"]}
    assert verdict["greeting"] == "pass"
    assert verdict["needs"] == "fail"  # "Kas vastasin Teie küsimusele?" checks understanding, it clarifies nothing
    assert verdict["summary"] == "fail"  # the check was answered "ei tegelikult mitte": nothing to sum up
    assert verdict["closing"] == "fail"  # goodbye to a client who said the question was not answered
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

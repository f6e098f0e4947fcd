"""Exercise page (AppTest): from the catalogue to the recorded call beside the evaluation sheet, submitting it,
the comparison with the lead's grading, and a stored sheet opened by its link."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.app import testing as apptest
from trainer.i18n import t
from trainer.simulation.library import load_library
from trainer.storage import open_store

ROOT = Path(__file__).resolve().parents[1]
SID = "self-evaluation-call-et"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A project with the real rubric, knowledge and configuration and only the exercises as scenarios."""
    home = tmp_path / "project"
    shutil.copytree(ROOT / "rubrics", home / "rubrics")
    shutil.copytree(ROOT / "knowledge", home / "knowledge")
    (home / "scenarios").mkdir()
    for sid in (SID, "colleague-feedback-chat-et", "self-evaluation-call-ru"):
        shutil.copy(ROOT / "scenarios" / f"{sid}.yaml", home / "scenarios")
    shutil.copy(ROOT / "trainer.yaml", home / "trainer.yaml")
    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.setenv("TRAINER_HOME", str(home))
    apptest.seed_users({"mari": "trainee"})
    return home


def _submit(at):
    button = next(b for b in at.button if b.label == t("exercise.submit", "et"))
    return button.click().run()


def _fill(at, sheet: dict, written: str):
    for line, grade in sheet.items():
        at.radio(key=f"verdict_{line}").set_value(grade.verdict)
        if grade.critical:
            at.checkbox(key=f"critical_{line}").check()
        if grade.comment:
            at.text_input(key=f"comment_{line}").input(grade.comment)
    at.text_area(key=f"written_{SID}").input(written)


def test_catalogue_opens_the_sheet_beside_the_call_and_shows_the_comparison(home):
    at = apptest.login(apptest.new_app())
    assert not at.exception
    at.button(key=f"practice_{SID}").click().run()
    assert not at.exception, at.exception
    assert [e.value for e in at.title] == [t("exercise.title", "et")]
    text = apptest.markdown(at).replace("\\", "")
    assert "Teie pension on 612,40 eurot, see on õigesti arvutatud." in text  # the recorded call
    assert len(at.columns) >= 2
    assert at.radio(key="verdict_data_protection").value is None  # nothing pre-filled
    assert at.radio(key="exercise_mode").value == "practice"

    # an incomplete sheet is refused and nothing is stored
    at.radio(key="verdict_greeting").set_value("pass")
    at = _submit(at)
    assert [e.value for e in at.error] == [t("exercise.error_sheet", "et", count=9)]

    example = next(e for e in load_library(home).exercises[SID].examples if e.name == "finds the breach, misses the deadline")
    _fill(at, example.sheet, example.written)
    at = _submit(at)
    assert not at.exception, at.exception
    text = apptest.markdown(at).replace("\\", "")
    assert t("exercise.result", "et", score="0", verdict=t("exercise.failed", "et")) in [s.value for s in at.subheader]
    assert "Teie ja juhi hinnang ühtisid 9 real 10-st." in text
    assert "Kriitiline erinevus: juht märkis selle kriitiliseks veaks. Vaide tähtaeg on 30 päeva" in text
    assert t("exercise.critical_missed", "et") in [e.value for e in at.error]
    assert at.session_state["exercise_result"][2]["score"] == 0.0
    assert "Vaatame selle katkendi järgmisel kohtumisel koos hindamislehega uuesti läbi" in text  # the lead's debrief



def test_a_stored_sheet_opens_by_its_link(home):
    at = apptest.login(apptest.new_app())
    at.button(key=f"test_{SID}").click().run()
    assert at.radio(key="exercise_mode").value == "test"
    example = next(e for e in load_library(home).exercises[SID].examples if e.name == "exemplary")
    _fill(at, example.sheet, example.written)
    at = _submit(at)
    aid = at.session_state["exercise_result"][1]
    at.button(key="exercise_again").click().run()
    assert at.radio(key="verdict_greeting").value is None  # a fresh sheet

    shown = apptest.new_app()
    shown.query_params["attempt"] = str(aid)
    shown = apptest.login(shown)
    assert not shown.exception, shown.exception
    assert [e.value for e in shown.title] == [t("exercise.title", "et")]
    text = apptest.markdown(shown).replace("\\", "")
    assert "Teie ja juhi hinnang ühtisid 10 real 10-st." in text
    assert t("exercise.result", "et", score="100", verdict=t("exercise.passed", "et")) in [s.value for s in shown.subheader]
    assert "Teie pension on 612,40 eurot, see on õigesti arvutatud." in text  # the call beside it
    assert "Võtame järgmiseks kuuks kaks eesmärki" in text
    store = open_store()
    try:
        assert store.get_attempt(store.system_actor(), aid).mode == "test"
    finally:
        store.close()
    shown.button(key="exercise_again").click().run()
    assert not shown.exception and shown.radio(key="verdict_greeting").value is None


def test_the_mentor_reviews_a_stored_sheet_like_a_conversation(home):
    from trainer.onboarding.practice import PracticeService

    users = apptest.seed_users({"tiina": "mentor"})
    store = open_store()
    try:
        mari = store.get_user_by_name(store.system_actor(), "mari")
        store.update_user(store.system_actor(), mari.id, mentor_id=users["tiina"].id)
        lib = load_library(home)
        example = next(e for e in lib.exercises[SID].examples if e.name == "too kind to oneself")
        aid, _ = PracticeService(store, lib).submit_sheet(
            mari, SID, {k: v.model_dump() for k, v in example.sheet.items()}, example.written)
    finally:
        store.close()
    at = apptest.login(apptest.new_app(), "tiina")
    assert not at.exception
    at.button(key=f"review_{aid}").click().run()
    assert not at.exception, at.exception
    shown = apptest.markdown(at).replace("\\", "") + " ".join(e.value for e in at.text)
    assert "Andmekaitse: täidetud: Andmekaitse oli korras." in shown  # the sheet as the attempt's turn
    assert "Kriitiline erinevus: juht märkis selle kriitiliseks veaks." in shown  # the comparison as its scorecard


def test_a_russian_trainee_grades_the_russian_call_in_russian(home):
    store = open_store()
    try:
        store.create_user(store.system_actor(), "olga", apptest.PASSWORD, "trainee", language="ru")
    finally:
        store.close()
    at = apptest.new_app()
    at.query_params["exercise"] = "self-evaluation-call-ru"
    at = apptest.login(at, "olga")
    at.button(key="practice_self-evaluation-call-ru").click().run()
    assert not at.exception, at.exception
    assert [e.value for e in at.title] == [t("exercise.title", "ru")]
    assert at.radio(key="verdict_data_protection").label == "Защита данных"
    assert "Пенсия Вашей мамы 782 евро 15 центов, выплата пятого числа." in apptest.markdown(at).replace("\\", "")
    example = next(e for e in load_library(home).exercises["self-evaluation-call-ru"].examples
                   if e.name == "misses the breach")
    for line, grade in example.sheet.items():
        at.radio(key=f"verdict_{line}").set_value(grade.verdict)
        if grade.critical:
            at.checkbox(key=f"critical_{line}").check()
    at.text_area(key="written_self-evaluation-call-ru").input(example.written)
    at = next(b for b in at.button if b.label == t("exercise.submit", "ru")).click().run()
    assert not at.exception, at.exception
    text = apptest.markdown(at).replace("\\", "")
    assert "Ваша оценка совпала с оценкой руководителя в 5 строках из 7." in text
    assert "Критическое расхождение: руководитель отметил это как критическую ошибку." in text
    assert t("exercise.result", "ru", score="0", verdict=t("exercise.failed", "ru")) in [s.value for s in at.subheader]

"""Result page: score, verdict, critical failures, criteria with feedback and evidence, chart, retry and
next-scenario buttons (AppTest). Plays pension-late-et through the chat input."""

from __future__ import annotations

import json

import pytest
from conftest_storage import FIXTURE_HOME

from trainer.app import testing as apptest
from trainer.app.views.result import RESULT_ICON
from trainer.i18n import t
from trainer.simulation.library import load_library
from trainer.storage import open_store

SID = "pension-late-et"
OK, FAIL = RESULT_ICON["pass"], RESULT_ICON["fail"]


@pytest.fixture
def app_env(app_home):
    return apptest.seed_users({"mari": "trainee"})


def example(kind="exemplary", name=None):
    return next(e for e in load_library(FIXTURE_HOME).get(SID).examples
                if e.kind == kind and (name is None or e.name == name)).answers


def play_to_result(answers, mode="practice"):
    at = apptest.login(apptest.new_app())
    at.button(key=f"{mode}_{SID}").click().run()
    apptest.play(at, answers)
    if at.chat_input:  # the scenario did not end itself: end it with the button
        apptest.end_conversation(at)
    assert not at.exception
    assert [e.value for e in at.title] == [t("result.title", "et")]
    return at


def test_exemplary_run_scores_100_with_feedback_evidence_and_chart(app_env):
    at = play_to_result(example())
    assert at.metric[0].value == "100 / 100"
    assert [e.value for e in at.success] == [t("result.passed", "et", threshold="80")]
    assert not at.error
    texts = apptest.texts(at)
    assert "Tervitasite, nimetasite asutuse ja oma nime." in texts  # a feedback sentence
    assert any(text.startswith("Selgitasite, miks pension nädalavahetuse tõttu") for text in texts)
    md = apptest.markdown(at)
    assert f"{OK} Tervitus — 10/10" in md and f"{OK} Maksepäeva reegel — 15/15" in md
    # ONE transcript, the evidence turns highlighted and the quoted words marked inside them
    transcripts = [e.value for e in at.markdown if 'class="turn' in e.value]
    assert len(transcripts) == 1
    assert 'class="turn evidence"' in transcripts[0]
    assert "<mark" in transcripts[0] and "Sotsiaalkindlustusamet</mark>" in transcripts[0]
    # agent turns are numbered as the feedback numbers them ("2. vastus"), the client's are not
    assert "Teie · 1. vastus" in transcripts[0] and "Klient · " not in transcripts[0]
    assert not at.expander
    assert at.get("plotly_chart")
    store = open_store()
    try:
        attempt = store.list_attempts(app_env["mari"], user_id=app_env["mari"].id)[0]
        assert (attempt.status, attempt.score, attempt.passed) == ("finished", 100.0, True)
    finally:
        store.close()


def test_critical_failure_comes_first_and_unmistakable(app_env):
    at = play_to_result(example("flawed", "no identification, blunt"))
    assert at.metric[0].value == "0 / 100"
    errors = [e.value for e in at.error]
    assert errors[0] == t("result.failed", "et", threshold="80")
    # the critical failure first; a gate (here: not one fact the client needed was said) may follow it
    icons = [e.icon for e in at.error[1:]]
    assert icons and icons == sorted(icons, key=lambda icon: icon != ":material/dangerous:")
    critical = [e for e in at.error[1:] if e.icon == ":material/dangerous:"]
    assert critical
    assert "Kriitiline viga" in critical[0].value and "Andmekaitse" in critical[0].value
    # the critical criterion is also listed first among the criteria
    labels = [e.value for e in at.markdown if e.value.startswith("**") and " — " in e.value]
    assert labels[0].startswith(f"**{FAIL} Andmekaitse")
    assert any(label.startswith(f"**{FAIL} Kliendi tuvastamine") for label in labels)


def test_html_in_a_reply_is_literal_on_the_result_page(app_env):
    answers = ["<img src=x onerror=alert(1)> Tere! Sotsiaalkindlustusamet, Mari kuuleb."]
    at = play_to_result(answers)
    joined = "\n".join(e.value for e in at.markdown)
    assert "<img src=x" not in joined and "&lt;img src=x onerror=alert(1)&gt;" in joined


def test_retry_same_seed_new_seed_and_next_scenario(app_env):
    at = play_to_result(example())
    store = open_store()
    mari = app_env["mari"]
    try:
        first = store.list_attempts(mari, user_id=mari.id)[0]
        at.button(key="retry_same").click().run()
        assert at.chat_input(key="reply")
        again = store.list_attempts(mari, user_id=mari.id)[0]
        assert again.id != first.id and again.seed == first.seed and again.scenario_id == SID
        apptest.end_conversation(at)
        at.button(key="retry_new").click().run()
        third = store.list_attempts(mari, user_id=mari.id)[0]
        assert third.scenario_id == SID and third.id != again.id
        apptest.end_conversation(at)
        others = [s for s in load_library(FIXTURE_HOME).scenarios if s != SID]
        if not others:
            assert not at.button(key="next")
            return
        label = at.button(key="next").label
        at.button(key="next").click().run()
        nxt = store.list_attempts(mari, user_id=mari.id)[0]
        assert nxt.scenario_id != SID and load_library(FIXTURE_HOME).get(nxt.scenario_id).title in label
        assert [e.value for e in at.title] == [load_library(FIXTURE_HOME).get(nxt.scenario_id).title]
    finally:
        store.close()


def _model_boxes(at):
    return [e.value.replace("\\", "") for e in at.info]


def test_a_failed_criterion_shows_its_model_phrasing_under_the_feedback(app_env):
    rubric = load_library(FIXTURE_HOME).rubrics["call-model"]
    at = play_to_result(example())
    assert _model_boxes(at) == []  # nothing failed: no model phrasing
    flawed = next(e for e in load_library(FIXTURE_HOME).get(SID).examples if e.kind != "exemplary").answers
    at = play_to_result(flawed)
    boxes = _model_boxes(at)
    wanted = t("review.model", "et", text=rubric.criterion("identification").model["et"])
    assert wanted in boxes
    assert t("review.model", "et", text=rubric.criterion("greeting").model["et"]) not in boxes  # passed


def test_the_model_phrasing_follows_the_conversation_language(app_env):
    library = load_library(FIXTURE_HOME)
    sid = "pension-weekend-ru"
    flawed = next(e for e in library.get(sid).examples if e.kind != "exemplary").answers
    from trainer.onboarding.practice import PracticeService

    store = open_store()
    try:  # the catalogue shows the user's language first: start the Russian call as the service does
        PracticeService(store, library).start(app_env["mari"], sid, "practice", seed=1)
    finally:
        store.close()
    at = apptest.login(apptest.new_app())
    at.button(key="continue").click().run()
    apptest.play(at, flawed)
    if at.chat_input:
        apptest.end_conversation(at)
    model = library.rubrics["call-model"].criterion("identification").model["ru"]
    assert t("review.model", "et", text=model) in _model_boxes(at)  # UI Estonian, the phrasing Russian


def test_status_icons_are_hidden_from_screen_readers_and_the_chart_is_labelled(app_env):
    at = play_to_result(example("flawed"))
    heads = [e.value for e in at.markdown if "Tervitus —" in e.value or "Andmekaitse —" in e.value]
    assert heads and all(":material/" not in h for h in heads)  # no "check_circle icon" read aloud
    words = (f":gray[({t('verdict.pass', 'et')})]", f":gray[({t('verdict.fail', 'et')})]")
    assert all('aria-hidden="true"' in h and any(w in h for w in words) for h in heads)  # the verdict in words
    [bar, _radar] = at.get("plotly_chart")
    assert '"displayModeBar": false' in bar.proto.config  # no toolbar over the bars
    spec = json.loads(bar.proto.spec)
    assert spec["layout"]["xaxis"]["title"]["text"] == t("coach.chart_axis", "et")
    assert t("competency.data_protection", "et") in spec["data"][0]["y"]  # competency names, not ids

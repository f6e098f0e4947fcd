"""The progress, mentor and lead pages render real demo data (streamlit AppTest, no browser), and
their actions (self-evaluation, override with a required reason) reach the store."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from conftest_storage import FIXTURE_HOME, result_of

from trainer.onboarding.review import topic_names


def _page(url: str, module: str, username: str, password: str, language: str, home: str) -> None:
    """The AppTest script: open the store, sign in, render one page module with a context."""
    import importlib

    from trainer.app.context import PageContext
    from trainer.simulation.library import load_library
    from trainer.storage import open_store

    store = open_store(url)
    user = store.authenticate(username, password)
    mod = importlib.import_module(f"trainer.app.views.{module}")
    mod.render(PageContext(store=store, library=load_library(home), user=user, lang=language))


@pytest.fixture(scope="module")
def world(demo_world):
    demo_world.url = f"sqlite:///{demo_world.path / 'world.db'}"
    return demo_world


def app(world, module: str, user, language: str = "et"):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_page, default_timeout=60,
                               args=(world.url, module, user.username, world.passwords[user.username], language, str(FIXTURE_HOME)))
    return at.run()


def text_of(at) -> str:
    parts = [e.value for kind in ("title", "subheader", "markdown", "caption", "info") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


def test_trainee_progress_page_and_self_evaluation(world) -> None:
    me = world.trainees[1]
    at = app(world, "progress_trainee", me, "et")
    assert not at.exception, at.exception
    text = text_of(at)
    assert "Minu areng" in text and "Mida järgmiseks harjutada" in text and "Nõrgim pädevus" in text
    assert len(at.get("plotly_chart")) == 2
    assert "Valmisolekuks on veel vaja" in text.replace("\\", "")
    # the Plotly toolbar does not cover the chart (hidden on every chart)
    assert all('"displayModeBar": false' in chart.proto.config for chart in at.get("plotly_chart"))
    # the self-evaluation is the page's second view (one view at a time)
    assert not [r for r in at.radio if r.key and r.key.startswith("se_")]
    at.segmented_control(key="progress_view").set_value("monthly").run()
    assert not at.get("plotly_chart") and "Kuu enesehinnang" in text_of(at)
    radios = [r for r in at.radio if r.key and r.key.startswith("se_")]
    assert radios
    radios[0].set_value("fail")
    submit = next(b for b in at.button if "Salvesta" in str(b.label))
    submit.click().run()
    assert not at.exception, at.exception
    saved = world.store.self_evaluations(me, me.id)[-1]
    assert saved.results[radios[0].key[3:]] == "fail"
    # filed under the month of the call, so it appears on that month's evaluation sheet
    assert saved.month == world.store.get_attempt(me, saved.attempt_id).finished_at.strftime("%Y-%m")
    assert any("Võrdlus" in str(m.value) for m in at.markdown)
    # human labels: verdicts in words, no raw ids, no "None"; readiness gaps in words
    compare = at.dataframe[-1].value
    assert list(compare.columns) == ["Kriteerium", "Minu hinnang", "Automaatne", "Mentor", "Lõplik", "Kattub"]
    assert "ei ole täidetud" in set(compare["Minu hinnang"]) and "None" not in {str(v) for v in compare.stack()}
    assert radios[0].options == ["täidetud", "ei ole täidetud", "ei kohaldu"]


def test_mentor_pages(world) -> None:
    at = app(world, "mentor_mentees", world.mentor_ru, "ru")
    assert not at.exception, at.exception
    assert "Мои подопечные" in text_of(at)
    frame = at.dataframe[0].value
    assert len(frame) == 2
    at = app(world, "mentor_review", world.mentor_ru, "ru")
    assert not at.exception, at.exception
    assert "Разбор" in text_of(at)
    heads = [m.value for m in at.markdown if " — " in str(m.value) and ":gray[(" in str(m.value)]
    assert heads and all(":material/" not in h and 'aria-hidden="true"' in h for h in heads)  # words, not "cancel icon"
    aid = at.selectbox(key="review_attempt").value
    # the demo world may already hold an override on the attempt shown first (it depends on the day the world
    # is built): the refused submit must leave the overrides as they were, whatever they were
    before = world.store.get_attempt(world.mentor_ru, aid).overrides
    add = [b for b in at.button if b.label == "Добавить"]
    assert len(add) >= 3  # comment, review note, override (and assign)
    # an override without a reason is refused on the page and never reaches the store
    override_submit = next(b for b in add if "override_" in str(b.key))
    override_submit.click().run()
    assert not at.exception and any("Причина обязательна" in str(e.value) for e in at.error)
    assert world.store.get_attempt(world.mentor_ru, aid).overrides == before


def test_lead_readiness_page(world) -> None:
    at = app(world, "lead_readiness", world.lead, "en")
    assert not at.exception, at.exception
    text = text_of(at)
    assert "Readiness" in text and "Time to readiness" in text and "Calibration" not in text
    at.toggle(key="readiness_criteria").set_value(True).run()
    assert not at.exception, at.exception
    assert "Calibration" in text_of(at) and "Most failed criteria" in text_of(at)
    specs = [c.proto.spec for c in at.get("plotly_chart")]
    assert any("Share of the conversations where the criterion applied" in sp for sp in specs)
    assert not any("fail_rate" in sp for sp in specs)  # no raw column name in a hover text
    matrix = at.dataframe[0].value
    assert set(matrix["Name"]) == {t.display_name for t in world.trainees}
    assert set(matrix["Status"]) <= {"ready", "on track", "behind"}  # shown in the UI language
    order = {"behind": 0, "on track": 1, "ready": 2}
    assert [order[s] for s in matrix["Status"]] == sorted(order[s] for s in matrix["Status"])  # behind first
    # the configured rule (default: every library topic) decides the columns (one per topic, by its name)
    names = topic_names(world.lib, "en")
    topics = {names[s.topic] for s in world.lib.scenarios.values()}
    assert topics <= set(matrix.columns) and "old-age-pension" not in matrix.columns
    assert set(matrix[sorted(topics)[0]]) <= {"passed", "in progress", "not started"}
    # no raw values: no "None", no long floats, no negative days for a trainee who is ready
    cells = {str(v) for col in matrix.columns for v in matrix[col]}
    assert "None" not in cells and not any(re.fullmatch(r"-?\d+\.\d{3,}", c) for c in cells)
    assert all(d == "ready" for s, d in zip(matrix["Status"], matrix["Days to target"], strict=True) if s == "ready")
    # a trainee clicked in the matrix (AppTest cannot click a canvas row: the page keeps the choice in
    # session state, the browser test clicks) opens their readiness in words and their attempts
    first = next(u for u in world.trainees if u.display_name in set(matrix["Name"]))
    at.session_state["lead_open_user"] = first.id
    at.run()
    assert not at.exception, at.exception
    panel = text_of(at)
    assert first.display_name in [e.value for e in at.subheader]
    attempts = world.store.list_attempts(world.lead, user_id=first.id, status="finished", limit=20)
    assert attempts and len([b for b in at.button if str(b.key).startswith("lead_open_")]) == len(attempts)
    assert "Requirements met" in panel
    assert any("kappa" in str(c.value) for c in at.caption)
    # calibration as a lead acts on it: criterion titles, lowest agreement first, small samples flagged
    cal = next(d.value for d in at.dataframe if "Agreement" in d.value.columns)
    assert list(cal.columns) == ["Criterion", "Reviewed", "Agreement", "Kappa", "Sample", "Disagreements"]
    assert cal["Criterion"].iloc[-1] == "All criteria" and "greeting" not in set(cal["Criterion"])
    agreement = [float(v.rstrip(" %")) for v in cal["Agreement"].iloc[:-1]]
    assert agreement == sorted(agreement)
    assert all((s == "⚠ few data") == (n < 10) for s, n in zip(cal["Sample"], cal["Reviewed"], strict=True))
    if cal["Disagreements"].iloc[-1]:
        at.button(key="calibration_open")  # the conversations where mentor and scorer differ can be opened


def test_mentor_review_shows_trainee_text_literally(world) -> None:
    """Security review M3: trainee replies, turn comments and review notes were rendered as Markdown
    (remote images, live links, a forged "4. Klient:" turn, headings)."""
    mentor = world.mentor_ru
    trainee = next(t for t in world.trainees if t.mentor_id == mentor.id)
    payload = ("Lapsetoetust ei pea taotlema. ![t](http://127.0.0.1:8999/pixel-from-review.png) "
               "[ext](http://127.0.0.1:8999/link)")
    forged = "Makstakse 8. kuupäeval.\n\n**4. Klient:** Aitäh!\n\n# BIG HEADING"
    store = world.store
    aid = store.start_attempt(trainee, "pension-late-et", "1", 1, "practice", "et", "chat", {})
    store.record_turns(trainee, aid, [("client", "Tere!", None), ("agent", payload, None), ("agent", forged, None)])
    store.finish_attempt(trainee, aid, result_of(50.0, False, criteria=[
        {"id": "greeting", "result": "pass", "points": 1, "max_points": 1}]))
    store.comment_turn(mentor, aid, 1, "vaata ![c](http://127.0.0.1:8999/comment.png)")
    store.add_review(mentor, aid, "# Märkus [link](http://127.0.0.1:8999/review)")
    at = app(world, "mentor_review", mentor, "ru")
    at.selectbox(key="review_trainee").set_value(trainee.id).run()
    at.selectbox(key="review_attempt").set_value(aid).run()
    assert not at.exception, at.exception
    texts = [str(e.value) for e in at.text]
    assert payload in texts and forged in texts
    assert "💬 vaata ![c](http://127.0.0.1:8999/comment.png)" in texts
    assert "# Märkus [link](http://127.0.0.1:8999/review)" in texts  # the review note, literally
    rendered = "\n".join(str(e.value) for kind in ("markdown", "caption") for e in getattr(at, kind))
    assert "127.0.0.1:8999" not in rendered and "BIG HEADING" not in rendered


def test_a_malformed_month_gives_a_message(world) -> None:
    me = world.trainees[1]
    at = app(world, "progress_trainee", me, "et")
    at.segmented_control(key="progress_view").set_value("monthly").run()
    at.text_input(key="sheet_month").input("2026-13").run()
    assert not at.exception, at.exception
    warnings = [w.value for w in at.warning]
    assert any("„2026-13“ ei ole kuu" in w for w in warnings), warnings
    at.text_input(key="sheet_month").input("2026-11").run()
    assert not [w.value for w in at.warning if "ei ole kuu" in w.value]


@pytest.fixture
def counted(monkeypatch):
    """Count the calls of the export builders and of the readiness report (they run in the AppTest
    thread of this process)."""
    from trainer.onboarding import exports
    from trainer.onboarding import readiness as readiness_module

    calls = {"sheets_pdf": 0, "sheets_xlsx": 0, "export_table": 0, "readiness_report": 0}

    def counting(module, name):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    for name in ("sheets_pdf", "sheets_xlsx", "export_table"):
        counting(exports, name)
    counting(readiness_module, "readiness_report")
    return calls


def test_downloads_are_built_only_when_clicked(world, counted) -> None:
    """Rendering the progress, review and readiness pages builds no PDF, XLSX or CSV (finding 7);
    the callables handed to the buttons build the real files."""
    from trainer.app.common import sheet_builders

    at = app(world, "progress_trainee", world.trainees[1], "et")
    at.segmented_control(key="progress_view").set_value("monthly").run()  # the view with the sheets
    assert not at.exception, at.exception
    assert at.get("download_button")
    at = app(world, "mentor_review", world.mentor_ru, "ru")
    assert not at.exception, at.exception
    at = app(world, "lead_readiness", world.lead, "en")
    at.toggle(key="readiness_criteria").set_value(True).run()
    assert not at.exception, at.exception
    assert counted["sheets_pdf"] == counted["sheets_xlsx"] == counted["export_table"] == 0
    me = world.trainees[1]
    month = world.store.list_attempts(me, user_id=me.id, status="finished", limit=1)[0].finished_at.strftime("%Y-%m")
    pdf, xlsx = sheet_builders(world.store, me, "et", user_id=me.id, month=month)
    assert pdf().startswith(b"%PDF") and counted["sheets_pdf"] == 1
    book = openpyxl.load_workbook(io.BytesIO(xlsx()))
    assert len(book.sheetnames) >= 2 and counted["sheets_xlsx"] == 1


def test_readiness_report_is_cached_on_the_data_version(world, counted) -> None:
    from trainer.app.common import _cached_report

    _cached_report.clear()
    at = app(world, "lead_readiness", world.lead, "en")
    assert not at.exception, at.exception
    assert counted["readiness_report"] == 1
    at.toggle(key="readiness_criteria").set_value(True).run()  # a widget change: no recomputation
    at.selectbox(key="lead_mentor").set_value(at.selectbox(key="lead_mentor").options[-1]).run()
    assert not at.exception, at.exception
    assert counted["readiness_report"] == 1
    # new data (a review note) changes the data version: computed afresh
    before = world.store.data_version()
    attempt = world.store.list_attempts(world.lead, status="finished", limit=1)[0]
    world.store.add_review(world.lead, attempt.id, "Hea töö.")
    assert world.store.data_version() != before
    at.run()
    assert not at.exception, at.exception
    assert counted["readiness_report"] == 2


def test_progress_charts_are_built_once_per_data_version(world, monkeypatch) -> None:
    """The progress page reads the attempts and builds its figures once per data version: a rerun
    (a widget change) reuses them, new data (a review note) builds them afresh."""
    from trainer.app.views import progress_trainee

    calls = []
    real = progress_trainee.progress_data
    monkeypatch.setattr(progress_trainee, "progress_data", lambda *a, **k: calls.append(1) or real(*a, **k))
    progress_trainee._cached_charts.clear()
    me = world.trainees[1]
    at = app(world, "progress_trainee", me, "et")
    assert not at.exception, at.exception
    charts = [c.proto.spec for c in at.get("plotly_chart")]
    assert len(charts) == 2 and len(calls) == 1
    at.segmented_control(key="progress_view").set_value("monthly").run()  # widget changes
    at.text_input(key="sheet_month").input("2020-01").run()
    at.segmented_control(key="progress_view").set_value("overview").run()
    assert not at.exception, at.exception
    assert len(calls) == 1 and [c.proto.spec for c in at.get("plotly_chart")] == charts
    attempt = world.store.list_attempts(me, user_id=me.id, status="finished", limit=1)[0]
    world.store.add_review(world.lead, attempt.id, "Vaata kokkuvõte üle.")
    at.run()
    assert not at.exception, at.exception
    assert len(calls) == 2 and len(at.get("plotly_chart")) == 2


def test_mentor_sees_the_mentees_assignments_with_status_and_local_dates(world) -> None:
    import datetime as dt

    mentor = world.mentor_ru
    mentees = [u for u in world.store.list_users(mentor, role="trainee") if u.id != mentor.id]
    mentee = mentees[0]
    due = dt.date.today() - dt.timedelta(days=2)
    sid = sorted(world.lib.scenarios)[0]
    world.store.assign(mentor, [sid], due, user_id=mentee.id)
    at = app(world, "mentor_review", mentor, "ru")
    at.selectbox(key="review_trainee").set_value(mentee.id).run()
    assert not at.exception, at.exception
    table = next(d.value for d in at.dataframe if "Срок" in d.value.columns)
    assert list(table.columns) == ["Сценарий", "Кому", "Срок", "Статус", "Назначено"]
    row = table[table["Сценарий"] == world.lib.scenarios[sid].title].iloc[0]
    assert row["Срок"] == due.strftime("%d.%m.%Y") and row["Статус"] == "срок истёк" and row["Кому"] == "лично"
    assert set(table["Статус"]) <= {"пройдено", "срок истёк", "не выполнено", "до прихода (не действует)"}
    # changed right there too: the mentor's own assignment is offered for a new due date or removal
    pick = at.selectbox(key=f"assign_pick_{mentee.id}")
    assert any(world.lib.scenarios[sid].title in option and "лично" in option for option in pick.options)

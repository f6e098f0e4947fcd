"""Catalogue page: scenarios with goals and duties, filters, status, broken files, starting (AppTest)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest_storage import FIXTURE_HOME

from trainer.app import testing as apptest
from trainer.app.views.catalogue import STATUS_ICON
from trainer.i18n import t
from trainer.simulation.library import load_library

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def app_env(app_home):
    apptest.seed_users({"mari": "trainee"})
    return app_home


@pytest.fixture
def broken_home(app_env, monkeypatch):
    """A copy of the project's scenarios, rubrics and knowledge plus one broken scenario file."""
    home = app_env / "project"
    for sub in ("scenarios", "rubrics", "knowledge"):
        shutil.copytree(ROOT / sub, home / sub)
    if (ROOT / "trainer.yaml").exists():
        shutil.copy(ROOT / "trainer.yaml", home / "trainer.yaml")
    (home / "scenarios" / "broken-demo-et.yaml").write_text(
        "id: broken-demo-et\ntitle: Katki\ntopic: pension-payment\nchannel: fax\nlanguage: et\n"
        "difficulty: 9\nduties: ['3.2.1']\ndialogue:\n  steps:\n    - id: a\n      client: Tere\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TRAINER_HOME", str(home))
    return home


def _titles(at):
    return [e.value.replace("\\", "") for e in at.markdown if e.value.startswith("#### ")]


def test_catalogue_lists_scenarios_with_goals_duties_and_buttons(app_env):
    at = apptest.login(apptest.new_app())
    assert not at.exception
    lib = load_library(FIXTURE_HOME)
    titles = _titles(at)
    # the user's language (Estonian) by default, easy to hard
    estonian = [s for s in lib.scenarios.values() if s.language == "et"]
    assert len(titles) == len(estonian) and at.multiselect(key="f_language").value == ["et"]
    order = sorted(estonian, key=lambda s: (s.difficulty, s.title))
    assert [next(s.difficulty for s in estonian if s.title in title) for title in titles] == [s.difficulty for s in order]
    at.multiselect(key="f_language").set_value([]).run()
    assert len(_titles(at)) == len(lib.scenarios)
    scenario = lib.get("pension-late-et")
    assert any(scenario.title in title and STATUS_ICON["new"] in title for title in titles)
    md = apptest.markdown(at)
    assert scenario.goals[0] in md and ", ".join(scenario.duties) in md
    assert at.button(key="practice_pension-late-et").label == t("catalogue.practice", "et")
    assert at.button(key="test_pension-late-et").label == t("catalogue.test", "et")


def test_filters_narrow_the_list(app_env):
    at = apptest.login(apptest.new_app())
    lib = load_library(FIXTURE_HOME)
    at.multiselect(key="f_language").set_value(["ru"]).run()
    titles = _titles(at)
    assert len(titles) == sum(s.language == "ru" for s in lib.scenarios.values())
    at.multiselect(key="f_language").set_value([]).run()
    at.multiselect(key="f_channel").set_value(["phone"]).run()
    assert len(_titles(at)) == sum(s.channel == "phone" for s in lib.scenarios.values())
    at.multiselect(key="f_channel").set_value([]).run()
    at.multiselect(key="f_difficulty").set_value([2]).run()
    assert len(_titles(at)) == sum(s.difficulty == 2 for s in lib.scenarios.values())
    at.multiselect(key="f_difficulty").set_value([]).run()
    at.multiselect(key="f_topic").set_value(["pension-payment"]).run()
    assert len(_titles(at)) == sum(s.topic == "pension-payment" for s in lib.scenarios.values())
    at.multiselect(key="f_topic").set_value([]).run()
    at.multiselect(key="f_status").set_value(["passed"]).run()
    assert _titles(at) == []
    at.multiselect(key="f_status").set_value(["new"]).run()
    assert len(_titles(at)) == len(lib.scenarios)
    # the choice survives leaving the page: play a scenario, come back from its result in the same tab
    at.multiselect(key="f_status").set_value([]).run()
    at.multiselect(key="f_channel").set_value(["phone"]).run()
    at.button(key="practice_pension-late-et").click().run()
    apptest.send(at, "Tere! Sotsiaalkindlustusamet, Mari kuuleb.")
    apptest.end_conversation(at)
    at.button(key="to_catalogue").click().run()
    assert not at.exception
    assert at.multiselect(key="f_channel").value == ["phone"]
    assert len(_titles(at)) == sum(s.channel == "phone" for s in lib.scenarios.values())


def test_start_here_explains_modes_readiness_and_puts_assignments_on_top(app_env):
    import datetime as dt

    from trainer.storage import open_store

    store = open_store()
    try:
        mari = store.get_user_by_name(store.system_actor(), "mari")
        due = dt.date.today() + dt.timedelta(days=3)
        store.assign(store.system_actor(), ["child-allowance-et", "pension-late-et"], due, user_id=mari.id)
    finally:
        store.close()
    at = apptest.login(apptest.new_app())
    assert not at.exception
    md = apptest.markdown(at).replace("\\", "")
    assert t("start.title", "et") in md
    assert t("start.modes", "et") in apptest.markdown(at)
    assert t("start.need", "et") in md
    assert "„Pensioni ja toetuste maksmine“: 2 sooritatud testi (praegu 0)" in md  # topic names, not ids
    assert "pension-payment" not in md
    assert at.button(key="assigned_practice_pension-late-et") and at.button(key="assigned_practice_child-allowance-et")
    assert t("start.due", "et", date=due.strftime("%d.%m.%Y")) in md
    titles = _titles(at)
    assert load_library().get("child-allowance-et").title in titles[0] or load_library().get(
        "pension-late-et").title in titles[0]


def test_broken_scenario_is_shown_with_its_error(broken_home):
    at = apptest.login(apptest.new_app())
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("broken-demo-et" in e for e in errors), errors
    problems = "\n".join(apptest.texts(at))
    assert "broken-demo-et.yaml" in problems and ("channel" in problems or "difficulty" in problems)
    # the good scenarios are still there and playable (found by the search: the list shows the first
    # cards of the real library)
    apptest.search_catalogue(at, load_library(broken_home).get("pension-late-et").title)
    assert at.button(key="practice_pension-late-et")


def test_start_practice_opens_the_conversation_and_catalogue_offers_to_continue(app_env):
    at = apptest.login(apptest.new_app())
    at.button(key="practice_pension-late-et").click().run()
    assert not at.exception
    assert [e.value for e in at.title] == [load_library(FIXTURE_HOME).get("pension-late-et").title]
    assert at.chat_input(key="reply")
    at = apptest.login(apptest.new_app())  # a new tab: the catalogue offers to continue
    assert at.button(key="continue").label == t("catalogue.continue", "et")
    assert STATUS_ICON["tried"] in " ".join(_titles(at))  # tried
    at.button(key="continue").click().run()
    assert at.chat_input(key="reply")


def _active(at_or_none=None):
    """The user's active attempt (scenario id, mode) straight from the store."""
    from trainer.storage import open_store

    store = open_store()
    try:
        mari = store.get_user_by_name(store.system_actor(), "mari")
        info = store.active_attempt(mari, mari.id)
        return None if info is None else (info.scenario_id, info.mode)
    finally:
        store.close()


def test_starting_another_scenario_during_an_unfinished_test_asks_first(app_env):
    at = apptest.login(apptest.new_app())
    at.button(key="test_pension-late-et").click().run()
    apptest.send(at, "Tere! Sotsiaalkindlustusamet, Kadri kuuleb. Kuidas saan aidata?")
    assert _active() == ("pension-late-et", "test")
    at = apptest.login(apptest.new_app())  # back in the catalogue (a new tab)
    title = load_library(FIXTURE_HOME).get("pension-late-et").title
    at.button(key="practice_child-allowance-et").click().run()
    assert not at.exception
    question = t("session.leave_test", "et", title=title)
    assert [e.value for e in at.warning] == [question]
    assert "Uue stsenaariumi alustamisel see katkestatakse" in question
    assert _active() == ("pension-late-et", "test")  # nothing abandoned yet
    at.button(key="leave_no").click().run()
    assert not at.warning and _active() == ("pension-late-et", "test")
    at.button(key="practice_child-allowance-et").click().run()
    at.button(key="leave_yes").click().run()
    assert not at.exception and at.chat_input(key="reply")
    assert [e.value for e in at.title] == [load_library(FIXTURE_HOME).get("child-allowance-et").title]
    assert _active() == ("child-allowance-et", "practice")


def test_an_unfinished_practice_is_left_without_a_question(app_env):
    at = apptest.login(apptest.new_app())
    at.button(key="practice_pension-late-et").click().run()
    at = apptest.login(apptest.new_app())
    at.button(key="test_child-allowance-et").click().run()
    assert not at.warning and at.chat_input(key="reply")
    assert _active() == ("child-allowance-et", "test")


def test_the_question_is_in_russian_in_the_russian_ui(app_env):
    def russian_tab():
        at = apptest.new_app().run()
        at.sidebar.selectbox[0].select("ru").run()
        return apptest.login(at)

    at = russian_tab()
    at.button(key="test_pension-weekend-ru").click().run()
    at = russian_tab()
    at.multiselect(key="f_language").set_value([]).run()
    at.button(key="practice_pension-late-et").click().run()
    title = load_library(FIXTURE_HOME).get("pension-weekend-ru").title
    assert [e.value for e in at.warning] == [t("session.leave_test", "ru", title=title)]
    assert at.button(key="leave_yes").label == "Да, прервать тест и начать"


def test_filters_start_collapsed_on_a_phone(app_env, monkeypatch):
    from trainer.app import browser

    at = apptest.login(apptest.new_app())
    (box,) = [e for e in at.expander if e.label == t("catalogue.filters", "et")]
    assert box.proto.expanded is True and box.label == "Filtrid"  # a desktop browser
    monkeypatch.setattr(browser, "is_phone", lambda: True)
    at = apptest.login(apptest.new_app())
    (box,) = [e for e in at.expander if e.label == t("catalogue.filters", "et")]
    assert box.proto.expanded is False
    assert at.multiselect(key="f_language").value == ["et"]  # collapsed, still filtering


def test_the_real_library_is_shown_a_page_at_a_time_and_searchable(app_env, monkeypatch):
    """With the whole library (41 Estonian scenarios): the first PAGE_SIZE cards, "show more" adds as many
    again, the search finds any scenario by words of its title (diacritics folded), and a new search or
    filter starts from the first page again. Assigned scenarios stay on top whatever the page."""
    from trainer.app.views.catalogue import PAGE_SIZE
    from trainer.storage import open_store

    monkeypatch.setenv("TRAINER_HOME", str(ROOT))
    lib = load_library(ROOT)
    estonian = sorted((e.metadata() for e in lib.entries if e.ok and e.metadata()["language"] == "et"),
                      key=lambda m: (m["difficulty"], m["title"]))  # scenarios and exercises, as listed
    assert len(estonian) > 2 * PAGE_SIZE
    last = estonian[-1]["id"]
    store = open_store()
    try:
        mari = store.get_user_by_name(store.system_actor(), "mari")
        store.assign(store.system_actor(), [last], None, user_id=mari.id)  # the hardest, last in the list
    finally:
        store.close()
    at = apptest.login(apptest.new_app())
    assert not at.exception
    assert at.button(key=f"assigned_practice_{last}")
    cards = [b.key[len("practice_"):] for b in at.button if b.key and b.key.startswith("practice_")]
    assert cards == [m["id"] for m in estonian[:PAGE_SIZE]]
    assert t("catalogue.count", "et", shown=PAGE_SIZE, total=len(estonian)) in apptest.markdown(at)
    at.button(key="show_more").click().run()
    assert len([b for b in at.button if b.key and b.key.startswith("practice_")]) == 2 * PAGE_SIZE
    # a search (any case, without diacritics) finds a scenario beyond the shown cards
    target = lib.get("pension-late-et")
    assert target.id not in cards
    apptest.search_catalogue(at, "PENSION EI OLE kontole")
    found = [b.key for b in at.button if b.key and b.key.startswith("practice_")]
    assert f"practice_{target.id}" in found and len(found) < PAGE_SIZE
    apptest.search_catalogue(at, "Taotlus esitada emal")  # words in any order
    assert f"practice_{lib.get('application-channel-chat-et').id}" in [b.key for b in at.button]
    apptest.search_catalogue(at, "qqqq")
    assert t("catalogue.none", "et") in [e.value for e in at.info]
    apptest.search_catalogue(at, "")
    assert len([b for b in at.button if b.key and b.key.startswith("practice_")]) == PAGE_SIZE  # from the top again

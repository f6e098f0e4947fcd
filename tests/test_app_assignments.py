"""Mentees page: the picked mentee's assignments (own and cohort's) with status and local dates; the
mentor changes a due date and removes a scenario (with a confirmation); a cohort's assignment set by
the lead is not the mentor's to change, and the lead may (AppTest, a fresh SQLite store)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest_storage import FIXTURE_HOME

from trainer.app.testing import FAST_HASHER, PASSWORD
from trainer.i18n import t
from trainer.simulation.library import load_library
from trainer.storage import open_store

TODAY = dt.date.today()


def _page(url: str, username: str, password: str, language: str, home: str) -> None:
    """The AppTest script: sign in and render the mentees page."""
    from types import SimpleNamespace

    from trainer.app.views import mentor_mentees
    from trainer.simulation.library import load_library
    from trainer.storage import open_store

    store = open_store(url)
    user = store.authenticate(username, password)
    mentor_mentees.render(SimpleNamespace(store=store, library=load_library(home), user=user, lang=language))


@pytest.fixture
def world(tmp_path):
    url = f"sqlite:///{tmp_path / 'trainer.db'}"
    store = open_store(url, password_hasher=FAST_HASHER)
    sysa = store.system_actor()
    org = store.create_org(sysa, "SKA")
    cohort = store.create_cohort(sysa, "Sügis", org_id=org.id)
    lead = store.create_user(sysa, "lea.lepp", PASSWORD, "lead", org_id=org.id, display_name="Lea Lepp")
    mentor = store.create_user(lead, "tiina.tamm", PASSWORD, "mentor", display_name="Tiina Tamm")
    mari = store.create_user(lead, "mari.maasikas", PASSWORD, "trainee", mentor_id=mentor.id, cohort_id=cohort.id,
                             display_name="Mari Maasikas")  # joins today
    own = store.assign(mentor, ["pension-late-et", "pension-weekend-ru"], TODAY + dt.timedelta(days=3), user_id=mari.id)
    old = store.assign(lead, ["child-allowance-et"], TODAY - dt.timedelta(days=10), cohort_id=cohort.id)
    mine = store.assign(mentor, ["family-finland-ru"], TODAY + dt.timedelta(days=5), cohort_id=cohort.id)
    yield {"url": url, "store": store, "lead": lead, "mentor": mentor, "mari": mari, "own": own, "old": old,
           "mine": mine, "cohort": cohort}
    store.close()


def open_page(world, who: str, language: str = "et"):
    from streamlit.testing.v1 import AppTest

    user = world[who]
    at = AppTest.from_function(_page, default_timeout=60,
                               args=(world["url"], user.username, PASSWORD, language, str(FIXTURE_HOME)))
    at.run()
    assert not at.exception, at.exception
    return at


def table(at):
    return next(d.value for d in at.dataframe if "Tähtaeg" in d.value.columns or "Срок" in d.value.columns)


def test_the_mentor_sees_own_and_cohort_assignments_with_status_and_local_dates(world):
    at = open_page(world, "mentor")
    assert t("coach.assign.title", "et", name="Mari Maasikas") in [e.value for e in at.subheader]
    rows = table(at)
    assert list(rows.columns) == ["Stsenaarium", "Kellele", "Tähtaeg", "Olek", "Määratud"]
    by_title = {r["Stsenaarium"]: r for _, r in rows.iterrows()}
    titles = {sid: s.title for sid, s in load_library(FIXTURE_HOME).scenarios.items()}
    due = (TODAY + dt.timedelta(days=3)).strftime("%d.%m.%Y")
    for sid in ("pension-late-et", "pension-weekend-ru"):
        row = by_title[titles[sid]]
        assert (row["Kellele"], row["Tähtaeg"], row["Olek"]) == ("isiklik", due, "tegemata")
    assert by_title[titles["family-finland-ru"]]["Kellele"] == "grupp Sügis"
    # the cohort's assignment already overdue when Mari joined today is not hers
    old = next(r for r in by_title.values() if r["Tähtaeg"] == (TODAY - dt.timedelta(days=10)).strftime("%d.%m.%Y"))
    assert old["Olek"] == "enne liitumist (ei kehti)" and old["Kellele"] == "grupp Sügis"
    # what the lead set for the cohort is not the mentor's to change: not offered, and said why
    assert t("coach.assign.locked", "et") in [e.value for e in at.caption]
    pick = at.selectbox(key=f"assign_pick_{world['mari'].id}")
    assert len(pick.options) == 3 and not any("tähtaeg" in o and "Sügis" in o and old["Stsenaarium"] in o
                                              for o in pick.options)


def test_the_mentor_changes_a_due_date_and_removes_a_scenario_after_confirming(world):
    store, mari, own = world["store"], world["mari"], world["own"]
    at = open_page(world, "mentor")
    pick = at.selectbox(key=f"assign_pick_{mari.id}")
    first = next(i for i, o in enumerate(pick.options) if "isiklik" in o)
    pick.select_index(first).run()  # one of Mari's own assignments
    new_due = TODAY + dt.timedelta(days=14)
    at.date_input(key=f"assign_due_{own.id}_date").set_value(new_due)
    at.button(key=f"assign_save_{own.id}").click().run()
    assert not at.exception, at.exception
    assert [e.value for e in at.success] == [t("coach.assign.saved", "et", due=new_due.strftime("%d.%m.%Y"))]
    assert {a.id: a.due_date for a in store.assignments_for(world["mentor"], mari.id)}[own.id] == new_due
    # remove one of its two scenarios: asks first, cancel keeps it
    remove = next(b for b in at.button if str(b.key).startswith(f"assign_remove_{own.id}_"))
    sid = str(remove.key).rsplit("_", 1)[1]
    remove.click().run()
    assert [e.value for e in at.warning][0].startswith(t("coach.assign.confirm_remove", "et", title="", whom="")[:12])
    at.button(key="assign_remove_no").click().run()
    assert not at.warning
    at.button(key=f"assign_remove_{own.id}_{sid}").click().run()
    at.button(key="assign_remove_yes").click().run()
    assert not at.exception, at.exception
    left = {a.id: a.scenario_ids for a in store.assignments_for(world["mentor"], mari.id)}
    assert left[own.id] == [x for x in own.scenario_ids if x != sid]
    assert len(at.success) == 1 and t("coach.assign.removed", "et", title="")[2:] in at.success[0].value
    assert len(table(at)) == 3


def test_the_lead_may_change_the_cohorts_assignment_in_russian(world):
    at = open_page(world, "lead", "ru")
    rows = table(at)
    assert list(rows.columns) == ["Сценарий", "Кому", "Срок", "Статус", "Назначено"]
    assert "до прихода (не действует)" in set(rows["Статус"])
    pick = at.selectbox(key=f"assign_pick_{world['mari'].id}")
    assert len(pick.options) == 4  # the lead may change all of them
    old = world["old"]
    index = next(i for i, o in enumerate(pick.options) if "группа Sügis" in o and
                 (TODAY - dt.timedelta(days=10)).strftime("%d.%m.%Y") in o)
    pick.select_index(index).run()
    assert t("coach.assign.cohort_note", "ru", name="Sügis") in [e.value for e in at.caption]
    at.checkbox(key=f"assign_nodue_{old.id}").check()
    at.button(key=f"assign_save_{old.id}").click().run()
    assert not at.exception, at.exception
    assert [e.value for e in at.success] == [t("coach.assign.saved", "ru", due=t("coach.assign.no_due", "ru"))]
    assert {a.id: a.due_date for a in world["store"].assignments_for(world["lead"], world["mari"].id)}[old.id] is None

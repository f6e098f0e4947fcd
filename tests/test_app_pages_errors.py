"""Pages say what went wrong instead of swallowing it (code review finding 9), build downloads only on
click and cache the readiness report on the data version (finding 7); the chat timer reads no store."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from conftest_storage import FIXTURE_HOME, ROOT

from trainer.app import testing as apptest
from trainer.i18n import t
from trainer.simulation.library import load_library

SID = "pension-late-et"


@pytest.fixture
def app_env(app_home):
    return apptest.seed_users({"mari": "trainee", "juri": "trainee"})


def _finish_one(at):
    at.button(key=f"practice_{SID}").click().run()
    apptest.end_conversation(at)
    assert not at.exception
    return at


def _finished_attempt(username):
    at = apptest.login(apptest.new_app(), username)
    at.button(key=f"practice_{SID}").click().run()
    apptest.end_conversation(at)
    assert not at.exception and at.metric
    return int(at.session_state["attempt_id"])


def test_result_link_to_a_missing_or_foreign_attempt_says_so(app_env):
    mine = _finished_attempt("mari")
    foreign = _finished_attempt("juri")
    assert mine != foreign
    for wanted in ("999999", str(foreign)):
        at = apptest.new_app()
        at.query_params["attempt"] = wanted
        at = apptest.login(at)
        assert not at.exception, at.exception
        assert [e.value for e in at.title] == [t("result.title", "et")]
        assert t("result.not_available", "et") in [w.value for w in at.warning], wanted
        assert at.metric, "the latest finished conversation is shown instead"


def test_the_chat_timer_reads_no_store(tmp_path, monkeypatch):
    """A web chat's response-time indicator counts from what the chat noted in session state: a run of
    the page reads the attempt once (the page), not once more for the timer (finding 7)."""
    from trainer.storage.attempts import AttemptsMixin

    monkeypatch.setenv("TRAINER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRAINER_DATABASE_URL", raising=False)
    monkeypatch.setenv("TRAINER_HOME", str(ROOT))
    apptest.seed_users({"mari": "trainee"})
    chat = sorted(sid for sid, s in load_library(ROOT).scenarios.items() if s.channel == "chat" and s.language == "et")
    assert chat, "the project has Estonian web-chat scenarios"
    at = apptest.login(apptest.new_app())
    apptest.search_catalogue(at, load_library(ROOT).get(chat[0]).title)  # the whole library: search it
    at.button(key=f"practice_{chat[0]}").click().run()
    assert not at.exception, at.exception
    waiting = t("conversation.response.waiting", "et", seconds=0).split("0")[0]
    assert waiting in apptest.markdown(at)  # the client opened: the trainee is being timed
    reads = []
    real = AttemptsMixin.attempt_state

    def counting(self, *args, **kwargs):
        reads.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(AttemptsMixin, "attempt_state", counting)
    time.sleep(1.1)
    at.run()
    assert not at.exception, at.exception
    assert len(reads) == 1, reads
    assert waiting in apptest.markdown(at)


def test_sources_of_every_fact_read_as_titles_and_addresses() -> None:
    from trainer.onboarding.review import source_for_people

    lib = load_library(ROOT)
    seen = 0
    for topic in lib.knowledge.topics.values():
        for fact in topic.facts:
            for lang in ("et", "ru", "en"):
                shown = source_for_people(fact.source, lang)
                assert shown, fact.source
                for title, address in shown:
                    assert not re.search(r"\.(md|ya?ml)\b", title), (fact.source, title)
                    assert address is None or address.startswith(("https://", "http://")), address
                seen += 1
    assert seen > 100
    assert source_for_people("job-description.md – duty 3.2.4; https://www.riigiteataja.ee/akt/1", "et") == [
        ("Ametijuhend", None), ("Riigi Teataja", "https://www.riigiteataja.ee/akt/1")]
    assert source_for_people("sotsiaalkindlustusamet.ee – peretoetused", "ru") == [
        ("Департамент социального страхования – peretoetused", "https://sotsiaalkindlustusamet.ee")]
    assert source_for_people("err.ee / news.err.ee – payment dates (2024-2025)", "en") == [
        ("ERR – payment dates (2024-2025)", "https://err.ee")]


def test_reference_search_folds_diacritics_and_shows_no_file_names(app_env):
    at = apptest.login(apptest.new_app())
    at.button(key=f"practice_{SID}").click().run()
    assert not at.exception, at.exception
    md = apptest.markdown(at)
    assert "Õiguskantsler leidis" in md and "ska-facts.md" not in md and ".md" not in md
    assert "Koolitusmaterjal" in md and "](https://err.ee)" in md
    assert "Pensionid ja sotsiaaltoetused makstakse iga kuu" in md
    for query in ("oiguskantsler", "ÕIGUSKANTSLER", "Oiguskantsler leidis"):
        at.text_input(key="ref_search").input(query).run()
        md = apptest.markdown(at)
        assert "Õiguskantsler leidis" in md and "Pensionid ja sotsiaaltoetused makstakse iga kuu" not in md, query
    at.text_input(key="ref_search").input("kuupaeval").run()  # ä typed as a
    assert "Pensionid ja sotsiaaltoetused makstakse iga kuu" in apptest.markdown(at)


def test_status_icons_carry_words(app_env):
    at = apptest.login(apptest.new_app())
    md = apptest.markdown(at)
    assert f"{t('status.new', 'et')} · " in md  # a catalogue card's status icon, in words
    at.button(key=f"practice_{SID}").click().run()
    md = apptest.markdown(at)
    assert f"{t('stage.greeting', 'et')} :gray[({t('checklist.missing', 'et')})]" in md
    apptest.send(at, "Tere! Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?")
    md = apptest.markdown(at)
    assert f"{t('stage.greeting', 'et')} :gray[({t('checklist.done', 'et')})]" in md
    apptest.end_conversation(at)
    md = apptest.markdown(at)
    assert f":gray[({t('verdict.pass', 'et')})]" in md and f":gray[({t('verdict.fail', 'et')})]" in md


def test_a_trainee_added_today_does_not_inherit_overdue_cohort_assignments(app_env):
    from trainer.onboarding.progress import what_next
    from trainer.storage import open_store

    today = dt.date.today()
    store = open_store(password_hasher=apptest.FAST_HASHER)
    try:
        admin = store.system_actor()
        org = store.create_org(admin, "SKA")
        cohort = store.create_cohort(admin, "Jaanuar", org_id=org.id)
        store.assign(admin, ["child-allowance-et"], today - dt.timedelta(days=3), cohort_id=cohort.id)  # overdue
        store.assign(admin, [SID], today + dt.timedelta(days=5), cohort_id=cohort.id)
        new = store.create_user(admin, "uus", apptest.PASSWORD, "trainee", display_name="Uus", cohort_id=cohort.id,
                                org_id=org.id, language="et")
        store.assign(admin, ["child-allowance-et"], today - dt.timedelta(days=1), user_id=new.id)  # their own: kept
        lib = load_library(FIXTURE_HOME)
        assigned = what_next(store, admin, new.id, lib, today)["assigned"]
        assert [(a["scenario_id"], a["overdue"]) for a in assigned] == [("child-allowance-et", True), (SID, False)]
        assert len(store.assignments_for(admin, new.id)) == 3  # stored as before: only what is shown differs
        store.create_user(admin, "vana", apptest.PASSWORD, "trainee", cohort_id=cohort.id, org_id=org.id)
    finally:
        store.close()
    at = apptest.login(apptest.new_app(), "vana")  # added today, nothing of their own
    assert not at.exception, at.exception
    keys = {b.key for b in at.button if str(b.key).startswith("assigned_")}
    assert f"assigned_practice_{SID}" in keys and "assigned_practice_child-allowance-et" not in keys

"""The mentoring loop in the app (AppTest): a trainee plays; the mentor lands on the review queue, opens
the attempt, comments on a reply, overrides a criterion (confirmed; the header shows the effective
score) and writes a note, all with trainee text shown literally; the trainee sees the feedback with a
"new" mark from the catalogue, the history and a link, acknowledges it with a reply, and the mentor
sees the reply."""

from __future__ import annotations

import pytest
from conftest_storage import FIXTURE_HOME

from trainer.app import testing as apptest
from trainer.i18n import t
from trainer.onboarding.review import effective_score, format_number
from trainer.simulation.library import load_library
from trainer.storage import open_store

SID = "pension-late-et"
ODD = "Tere! **paks** [link](https://example.com) $x^2$ Sotsiaalkindlustusamet, Mari kuuleb. Kuidas saan aidata?"


@pytest.fixture
def loop_env(app_home):
    users = apptest.seed_users({"mari": "trainee", "tiina": "mentor"})
    store = open_store()
    try:
        store.update_user(store.system_actor(), users["mari"].id, mentor_id=users["tiina"].id)
    finally:
        store.close()
    return users


def _answers():
    exemplary = next(e for e in load_library(FIXTURE_HOME).get(SID).examples if e.kind == "exemplary").answers
    return [ODD, *exemplary[1:]]


def _play(answers) -> int:
    at = apptest.login(apptest.new_app())
    at.button(key=f"practice_{SID}").click().run()
    apptest.play(at, answers)
    if at.chat_input:
        apptest.end_conversation(at)
    assert not at.exception
    store = open_store()
    try:
        mari = store.get_user_by_name(store.system_actor(), "mari")
        return store.list_attempts(mari, user_id=mari.id, status="finished")[0].id
    finally:
        store.close()


def _effective(aid: int) -> float:
    store = open_store()
    try:
        return effective_score(store.get_attempt(store.system_actor(), aid))
    finally:
        store.close()


def _texts(at) -> list[str]:
    return [e.value for e in at.text]


def test_mentor_reviews_from_the_queue_and_trainee_acknowledges(loop_env):
    aid = _play(_answers())

    # the mentor lands on the review queue: the new attempt is there, not reviewed
    mentor = apptest.login(apptest.new_app(), "tiina")
    assert not mentor.exception
    assert [e.value for e in mentor.title] == [t("queue.title", "et")]
    assert t("queue.unreviewed", "et") in apptest.markdown(mentor)
    mentor.button(key=f"review_{aid}").click().run()
    assert not mentor.exception
    assert mentor.selectbox(key="review_attempt").value == aid
    assert ODD in _texts(mentor)  # literal: no bold, link or formula
    assert not any("<strong>paks" in str(e.value) or "**paks**" in str(e.value) for e in mentor.markdown)
    header = [e.value for e in mentor.subheader][0]
    automatic = _effective(aid)  # no override yet: the effective score is the automatic one
    assert f"{format_number(automatic, 'et')} / 100" in header  # one rounding everywhere
    # a comment on the first reply, through the reply's own "Comment" control
    mentor.text_area(key="comment_text_0").input("Tervitus on hea, aga vormistus (**, lingid) jätke ära.")
    mentor.button(key="comment_add_0").click().run()
    assert not mentor.exception
    assert t("review.comment_saved", "et") in [e.value for e in mentor.success]
    # override a criterion: confirmed, and the header now shows the effective score with the automatic one
    assert mentor.radio(key="ov_new_greeting").options == [t("verdict.fail", "et"), t("verdict.n/a", "et")]
    mentor.radio(key="ov_new_greeting").set_value("fail")
    mentor.text_input(key="ov_reason_greeting").input("Tervituses jäi asutuse nimi ebaselgeks.")
    mentor.button(key="override_greeting").click().run()
    assert not mentor.exception
    saved = [e.value for e in mentor.success]
    assert saved and saved[0].startswith("Salvestatud: Tervitus")
    header = [e.value for e in mentor.subheader][0]
    expected = _effective(aid)
    assert expected < automatic  # greeting's points are gone
    assert f"Tulemus {format_number(expected, 'et')} / 100 (automaatne {format_number(automatic, 'et')})" in header
    assert mentor.radio(key="ov_new_greeting").options == [t("verdict.pass", "et"), t("verdict.n/a", "et")]
    mentor.text_area(key="review_note").input("Väga hea kõne, ainult tervitus vajab tööd.")
    mentor.button(key="review_add").click().run()
    assert not mentor.exception
    assert t("review.not_acknowledged", "et") in apptest.markdown(mentor)

    # the trainee: a notice on the catalogue, then the result page with the feedback marked new
    trainee = apptest.login(apptest.new_app())
    assert t("feedback.new", "et") in apptest.markdown(trainee)
    trainee.button(key="open_feedback").click().run()
    assert not trainee.exception
    assert [e.value for e in trainee.title] == [t("result.title", "et")]
    md = apptest.markdown(trainee).replace("\\", "")  # without the markdown escapes
    assert t("feedback.new", "et") in md
    assert trainee.metric[0].value == f"{format_number(expected, 'et')} / 100"  # the effective score
    assert t("feedback.effective", "et", score=format_number(expected, "et"), auto=format_number(automatic, "et")) in md
    texts = _texts(trainee)
    assert "Väga hea kõne, ainult tervitus vajab tööd." in texts
    assert "Tervitus on hea, aga vormistus (**, lingid) jätke ära." in texts
    assert "Tervituses jäi asutuse nimi ebaselgeks." in texts
    assert t("feedback.comment", "et", turn="1. vastus") in md
    assert "Tervitus – täidetud → ei ole täidetud" in md
    # the comment is also under its reply in the one transcript
    transcript = next(e.value for e in trainee.markdown if 'class="turn' in e.value)
    assert 'class="turn-comment"' in transcript and "vormistus (**, lingid)" in transcript
    trainee.text_area(key="feedback_reply").input("Aitäh! Järgmisel korral ütlen asutuse nime selgelt.")
    trainee.button(key="feedback_ack").click().run()
    assert not trainee.exception
    assert t("feedback.saved", "et") in [e.value for e in trainee.success]
    assert t("feedback.new", "et") not in apptest.markdown(trainee)
    assert "Aitäh! Järgmisel korral ütlen asutuse nime selgelt." in _texts(trainee)

    # the mentor sees the reply and that the feedback was read
    again = apptest.login(apptest.new_app(), "tiina")
    assert t("queue.reply_waiting", "et") in apptest.markdown(again)
    again.button(key=f"review_{aid}").click().run()
    assert "Aitäh! Järgmisel korral ütlen asutuse nime selgelt." in _texts(again)
    assert "Õppija luges tagasiside" in apptest.markdown(again).replace("\\", "")


def test_a_link_to_an_attempt_opens_it_after_sign_in_and_history_lists_it(loop_env):
    aid = _play(_answers())
    at = apptest.new_app()
    at.query_params["attempt"] = str(aid)
    at = apptest.login(at)
    assert not at.exception
    assert [e.value for e in at.title] == [t("result.title", "et")]
    assert t("feedback.none", "et") in apptest.markdown(at)
    assert not at.text_area  # nothing to acknowledge yet
    at.button(key="to_history").click().run()
    assert not at.exception
    assert [e.value for e in at.title] == [t("history.title", "et")]
    line = apptest.markdown(at)
    assert "Hilinenud pension" in line or load_library(FIXTURE_HOME).get(SID).title in line
    assert f"{format_number(_effective(aid), 'et')} / 100" in line and t("history.passed", "et") in line
    links = at.get("page_link")
    assert links and f"attempt={aid}" in str(links[0].proto)

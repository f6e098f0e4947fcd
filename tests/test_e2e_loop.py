"""Real browser, the mentoring loop across three roles (headless chromium + Playwright):

1. a trainee plays pension-late-et; after every turn the newest message is in view (not behind the input);
2. the mentor lands on the review queue, opens the attempt and comments on a reply through its own
   "Comment" control;
3. the trainee sees the "new feedback" notice, opens the result page, reads the comment and
   acknowledges it with a reply;
4. the lead opens the trainee by clicking their row in the readiness matrix and opens the attempt.

Screenshots go to ``test-artifacts/loop-*.png``.
"""

from __future__ import annotations

import pytest
from e2e_support import (
    ARTIFACTS,
    CHROMIUM,
    LAUNCH_ARGS,
    chromium_available,
    find_in_catalogue,
    streamlit_server,
)
from e2e_support import wait_idle as support_wait_idle

from trainer.app.testing import PASSWORD, seed_users
from trainer.simulation.examples import play_answers
from trainer.simulation.library import load_library
from trainer.storage import open_store

pytestmark = pytest.mark.browser

TIMEOUT_MS = 45_000
SID = "pension-late-et"
COMMENT = "Tervitus oli selge – järgmine kord küsige isikukood kohe alguses."
REPLY = "Aitäh, küsin edaspidi isikukoodi kohe."

if not chromium_available():
    pytest.skip(f"chromium not found at {CHROMIUM} (set TRAINER_CHROMIUM)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("e2e-loop")
    url = f"sqlite:///{data / 'trainer.db'}"
    users = seed_users({"mari": "trainee", "tiina": "mentor", "elena": "lead"}, url=url, org="SKA")
    store = open_store(url)
    try:
        store.update_user(store.system_actor(), users["mari"].id, mentor_id=users["tiina"].id)
    finally:
        store.close()
    with streamlit_server(data, "e2e-loop-streamlit.log") as base:
        yield base, url


def wait_idle(page) -> None:
    support_wait_idle(page, TIMEOUT_MS, settle_ms=200)


def shot(page, name: str) -> None:
    page.mouse.move(5, 5)
    page.screenshot(path=str(ARTIFACTS / f"loop-{name}.png"), full_page=True)


def login(browser, base: str, username: str):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="et-EE")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(base)
    page.get_by_label("Kasutajanimi").fill(username)
    page.get_by_label("Parool").fill(PASSWORD)
    page.get_by_role("button", name="Logi sisse").click()
    page.get_by_test_id("stSidebarNavLink").first.wait_for()
    wait_idle(page)
    return context, page


NEWEST_IN_VIEW = """() => {
  const msgs = document.querySelectorAll('[data-testid="stChatMessage"]');
  const last = msgs[msgs.length - 1].getBoundingClientRect();
  const input = document.querySelector('[data-testid="stChatInput"]').getBoundingClientRect();
  let box = msgs[msgs.length - 1].parentElement;
  while (box && !(box.scrollHeight > box.clientHeight + 2 && getComputedStyle(box).overflowY !== 'visible')) {
    box = box.parentElement;
  }
  const frame = box ? box.getBoundingClientRect() : {top: 0, bottom: window.innerHeight};
  return {lastTop: last.top, lastBottom: last.bottom, inputTop: input.top,
          frameTop: frame.top, frameBottom: frame.bottom, viewport: window.innerHeight};
}"""


def _attempt_id(url: str) -> int:
    store = open_store(url)
    try:
        mari = store.get_user_by_name(store.system_actor(), "mari")
        return store.list_attempts(mari, user_id=mari.id, status="finished")[0].id
    finally:
        store.close()


def test_trainee_mentor_and_lead_close_the_loop_in_the_browser(server):
    base, url = server
    lib = load_library()
    answers = next(e for e in lib.get(SID).examples if e.kind == "exemplary").answers
    conv = play_answers(lib.get(SID), lib, [])
    counts = []
    for answer in answers:
        if conv.finished:
            break
        conv.reply(answer)
        counts.append(len(conv.turns))
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            # 1. the trainee plays; the newest message is always in view
            context, page = login(browser, base, "mari")
            find_in_catalogue(page, SID, lib.get(SID).title)  # the catalogue shows its first cards only
            page.locator(f".st-key-practice_{SID} button").first.click()
            page.get_by_role("heading", name=lib.get(SID).title).wait_for()
            box = page.get_by_test_id("stChatInputTextArea")
            for n, (answer, expected) in enumerate(zip(answers, counts, strict=False), start=1):
                box.fill(answer)
                box.press("Enter")
                if n == len(counts) and conv.finished:
                    break
                page.wait_for_function(
                    "n => document.querySelectorAll('[data-testid=\"stChatMessage\"]').length >= n", arg=expected)
                wait_idle(page)
                page.wait_for_timeout(400)  # the scroll container follows the new message
                where = page.evaluate(NEWEST_IN_VIEW)
                assert where["lastBottom"] <= where["inputTop"] + 1, (n, where)  # not behind the input
                assert where["lastBottom"] <= where["frameBottom"] + 2 and where["lastTop"] >= where["frameTop"] - 2, \
                    (n, where)
                if n == 3:
                    shot(page, "1-conversation")
            if not conv.finished:
                page.locator(".st-key-end button").click()
                page.locator(".st-key-end_confirm button").click()
            page.get_by_role("heading", name="Tulemus").wait_for()
            wait_idle(page)
            shot(page, "1-result")
            context.close()
            aid = _attempt_id(url)

            # 2. the mentor lands on the review queue and comments on the first reply
            context, page = login(browser, base, "tiina")
            page.get_by_role("heading", name="Ülevaatuse järjekord").wait_for()
            page.get_by_text("üle vaatamata").first.wait_for()
            shot(page, "2-queue")
            page.locator(f".st-key-review_{aid} button").click()
            page.get_by_role("heading", name="Ülevaatus", exact=True).wait_for()
            wait_idle(page)
            page.get_by_role("button", name="Kommenteeri").first.click()
            page.locator(".st-key-comment_text_0 textarea").fill(COMMENT)
            page.locator(".st-key-comment_add_0 button").click()
            page.get_by_text("Kommentaar on salvestatud.").wait_for()
            wait_idle(page)
            assert page.get_by_text(COMMENT).first.is_visible()
            shot(page, "2-review")
            context.close()

            # 3. the trainee sees the new feedback and acknowledges it with a reply
            context, page = login(browser, base, "mari")
            page.locator(".st-key-new_feedback").wait_for()
            page.locator(".st-key-open_feedback button").click()
            page.get_by_role("heading", name="Tulemus").wait_for()
            wait_idle(page)
            feedback = page.locator(".st-key-feedback")
            assert "Uus tagasiside" in feedback.inner_text()
            assert COMMENT in feedback.inner_text() and "1. vastus" in feedback.inner_text()
            shot(page, "3-feedback")
            page.locator(".st-key-feedback_reply textarea").fill(REPLY)
            page.locator(".st-key-feedback_ack button").click()
            page.get_by_text("Tagasiside on märgitud loetuks.").wait_for()
            wait_idle(page)
            assert "Uus tagasiside" not in page.locator(".st-key-feedback").inner_text()
            assert REPLY in page.locator(".st-key-feedback").inner_text()
            context.close()

            # 4. the lead opens the trainee from the matrix, then the attempt
            context, page = login(browser, base, "elena")
            page.get_by_role("link", name="Valmisolek").click()
            page.get_by_role("heading", name="Valmisolek", exact=True).wait_for()
            grid = page.locator(".st-key-readiness_matrix [data-testid='stDataFrame']")
            grid.wait_for()
            wait_idle(page)
            page.wait_for_timeout(800)
            frame = grid.bounding_box()
            page.mouse.click(frame["x"] + 18, frame["y"] + 35 + 17)  # the first row's selection cell
            page.locator(".st-key-lead_trainee").wait_for()
            wait_idle(page)
            panel = page.locator(".st-key-lead_trainee").inner_text()
            assert "Mari" in panel and "Valmisolekuks on veel vaja" in panel
            shot(page, "4-lead-trainee")
            page.locator(f".st-key-lead_open_{aid} button").click()
            page.get_by_role("heading", name="Ülevaatus", exact=True).wait_for()
            wait_idle(page)
            page.get_by_text(REPLY).first.wait_for(state="visible")  # the trainee's reply, on the review page
            context.close()
        finally:
            browser.close()

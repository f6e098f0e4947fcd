"""Real-browser end-to-end test: `streamlit run trainer/app/main.py` + headless chromium (Playwright).

Logs in as a pre-created trainee, plays pension-late-et with its exemplary answers by typing into the
chat input, checks the result page, and plays one Russian scenario (``*-ru``) too when the library
has one. Screenshots go to ``test-artifacts/`` (gitignored).
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

pytestmark = pytest.mark.browser

TIMEOUT_MS = 30_000

if not chromium_available():
    pytest.skip(f"chromium not found at {CHROMIUM} (set TRAINER_CHROMIUM)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("e2e-data")
    seed_users({"mari": "trainee"}, url=f"sqlite:///{data / 'trainer.db'}")
    with streamlit_server(data, "e2e-streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="et-EE")
        pg = context.new_page()
        pg.set_default_timeout(TIMEOUT_MS)
        yield pg
        context.close()
        browser.close()


def shot(page, name: str, height: int | None = None) -> None:
    """Save a screenshot; ``height`` enlarges the viewport for it (Streamlit scrolls inside the page,
    so ``full_page`` alone does not capture a long page)."""
    page.mouse.move(5, 5)  # no hover tooltips (plotly mode bar) in the picture
    if height:
        page.set_viewport_size({"width": 1400, "height": height})
        page.wait_for_timeout(400)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    if height:
        page.set_viewport_size({"width": 1400, "height": 1000})


def wait_idle(page) -> None:
    support_wait_idle(page, TIMEOUT_MS, settle_ms=150)


def login(page, url: str) -> None:
    page.goto(url)
    page.get_by_text("Sisselogimine").first.wait_for()
    shot(page, "01-login")
    page.get_by_label("Kasutajanimi").fill("mari")
    page.get_by_label("Parool").fill(PASSWORD)
    page.get_by_role("button", name="Logi sisse").click()
    page.get_by_role("heading", name="Stsenaariumid").wait_for()
    page.locator("[class*='st-key-practice_'] button").first.wait_for()
    wait_idle(page)


def play(page, scenario_id: str, answers: list[str], prefix: str, mid_shot_after: int = 2) -> None:
    """Start the scenario from the catalogue and type the answers; ends on the result page."""
    lib = load_library()
    scenario = lib.get(scenario_id)
    # how many chat bubbles to expect after each answer (the dialogue does not depend on the seed)
    conv = play_answers(scenario, lib, [])
    counts = []
    for answer in answers:
        if conv.finished:
            break
        conv.reply(answer)
        counts.append(len(conv.turns))
    page.get_by_role("link", name="Stsenaariumid").first.click()
    page.get_by_role("heading", name="Stsenaariumid").wait_for()
    wait_idle(page)
    find_in_catalogue(page, scenario_id, scenario.title)  # the list shows its first cards only
    wait_idle(page)
    if scenario.language != "et" and not page.locator(f".st-key-card_{scenario_id}").count():
        # the catalogue shows the user's language by default: add the scenario's language to the filter
        option = page.get_by_role("option", name={"ru": "vene keel", "en": "inglise keel"}[scenario.language])
        card = page.locator(f".st-key-card_{scenario_id}")
        for attempt in range(4):
            # on a busy machine the drop-down may open late, or a rerun may close it between the
            # option appearing and the click: open it and click again until the card is shown
            if card.count():
                break
            try:
                page.locator(".st-key-f_language input").click(timeout=5_000)
                option.click(timeout=5_000)
                page.keyboard.press("Escape")
                wait_idle(page)
                card.wait_for(timeout=10_000)
                break
            except sync_api.TimeoutError:
                if attempt == 3:
                    raise
                page.keyboard.press("Escape")
                wait_idle(page)
    page.locator(f".st-key-practice_{scenario_id} button").click()
    page.get_by_role("heading", name=scenario.title).wait_for()
    box = page.get_by_test_id("stChatInputTextArea")
    box.wait_for()
    bubbles = page.get_by_test_id("stChatMessage")
    for n, (answer, expected) in enumerate(zip(answers, counts, strict=False), start=1):
        box.fill(answer)
        box.press("Enter")
        if n == len(counts) and conv.finished:
            break
        page.wait_for_function(
            "n => document.querySelectorAll('[data-testid=\"stChatMessage\"]').length >= n", arg=expected,
            timeout=TIMEOUT_MS)
        wait_idle(page)
        # the reply is echoed at once and the answer replaces the typing indicator in a rerun: wait until the
        # newest message is visible (raises on timeout) instead of sampling it once mid-rerun
        bubbles.nth(expected - 1).wait_for(state="visible", timeout=TIMEOUT_MS)
        if n == mid_shot_after:
            shot(page, f"{prefix}-conversation")
    if not conv.finished:
        wait_idle(page)
        page.locator(".st-key-end button").first.click()
        page.locator(".st-key-end_confirm button").click()  # ending asks first
    page.get_by_role("heading", name="Tulemus").wait_for()
    page.get_by_test_id("stMetricValue").first.wait_for()
    wait_idle(page)


def test_play_estonian_and_russian_scenarios_in_a_real_browser(server, page):
    login(page, server)
    shot(page, "02-catalogue")
    lib = load_library()
    answers = next(e for e in lib.get("pension-late-et").examples if e.kind == "exemplary").answers
    play(page, "pension-late-et", answers, "03-et")
    assert page.get_by_test_id("stMetricValue").first.inner_text().strip() == "100 / 100"
    assert page.get_by_text("Tervitasite, nimetasite asutuse ja oma nime.").is_visible()
    assert page.get_by_text("Sooritatud (lävi 80)").is_visible()
    page.locator("[data-testid='stPlotlyChart']").first.wait_for()
    shot(page, "04-et-result", height=2600)
    # one transcript, the quoted words marked inside the evidence turns
    assert page.locator(".turn").count() >= 6 and page.locator(".turn.evidence mark").count() >= 3
    shot(page, "05-et-result-evidence", height=2600)

    flawed = next((e for e in lib.get("pension-late-et").examples
                   if e.kind == "flawed" and "data_protection" in e.expect_failed), None)
    if flawed:  # a critical failure: shown first, as an error
        play(page, "pension-late-et", flawed.answers, "04b-et-flawed")
        page.get_by_text("Kriitiline viga").first.wait_for()
        assert page.get_by_test_id("stMetricValue").first.inner_text().strip() == "0 / 100"
        shot(page, "04c-et-critical-failure", height=1600)

    russian = sorted(sid for sid, s in lib.scenarios.items()
                     if sid.endswith("-ru") and any(e.kind == "exemplary" for e in s.examples))
    if russian:
        sid = russian[0]
        ru_answers = next(e for e in lib.get(sid).examples if e.kind == "exemplary").answers
        play(page, sid, ru_answers, "06-ru", mid_shot_after=1)
        score = page.get_by_test_id("stMetricValue").first.inner_text().strip()
        assert score.endswith("/ 100")
        assert page.get_by_text("Sooritatud (lävi 80)").is_visible(), f"{sid} exemplary run did not pass: {score}"
        shot(page, "07-ru-result", height=2600)

    chat = sorted(sid for sid, s in lib.scenarios.items() if s.channel == "chat")
    if chat:  # a web chat opens with the client's message and shows the response-time indicator
        sid = chat[0]
        page.get_by_role("link", name="Stsenaariumid").first.click()
        page.get_by_role("heading", name="Stsenaariumid").wait_for()
        wait_idle(page)
        find_in_catalogue(page, sid, lib.get(sid).title)
        page.locator(f".st-key-practice_{sid} button").click()
        page.get_by_test_id("stChatMessage").first.wait_for()
        page.get_by_text("Klient ootab vastust").wait_for()
        wait_idle(page)
        shot(page, "08-chat-opening")

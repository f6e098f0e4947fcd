"""Real-browser test of staying signed in and leaving (Playwright + chromium, ``-m browser``).

A trainee signs in, reloads the page (still signed in, the conversation where it was), lives through a
server restart (a message in Estonian instead of Streamlit's English dialog, then signed in again
without a form), ends the conversation and presses Back on the result page (it does not loop back to
the result), and is signed out when the password is changed elsewhere. On a 375 px phone the
catalogue filters are collapsed and the hint and checklist sit above the chat and its input.
"""

from __future__ import annotations

import pytest
from e2e_support import (
    ARTIFACTS,
    CHROMIUM,
    LAUNCH_ARGS,
    chromium_available,
    find_in_catalogue,
    free_port,
    streamlit_server,
)
from e2e_support import wait_idle as support_wait_idle

from trainer.app.testing import PASSWORD, seed_users
from trainer.simulation.library import load_library
from trainer.storage import open_store

pytestmark = pytest.mark.browser

TIMEOUT_MS = 30_000
PHONE_AGENT = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
               " Version/17.0 Mobile/15E148 Safari/604.1")

if not chromium_available():
    pytest.skip(f"chromium not found at {CHROMIUM} (set TRAINER_CHROMIUM)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")


def wait_idle(page) -> None:
    support_wait_idle(page, TIMEOUT_MS, settle_ms=200)


def sign_in(page, url: str) -> None:
    page.goto(url)
    page.get_by_label("Kasutajanimi").fill("mari")
    page.get_by_label("Parool").fill(PASSWORD)
    page.get_by_role("button", name="Logi sisse").click()
    page.get_by_role("heading", name="Stsenaariumid").wait_for()
    wait_idle(page)


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"session-{name}.png"))


def test_reload_restart_back_and_password_change_in_a_real_browser(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db_url = f"sqlite:///{data / 'trainer.db'}"
    seed_users({"mari": "trainee"}, url=db_url)
    port = free_port()
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="et-EE")
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        with streamlit_server(data, "e2e-session.log", port=port, toolbar_viewer=True) as url:
            sign_in(page, url)
            (cookie,) = [c for c in context.cookies() if c["name"] == "trainer_session"]
            assert cookie["value"].startswith("v1.") and cookie["sameSite"] == "Strict" and cookie["expires"] > 0

            page.reload()  # still signed in: no form, straight to the catalogue
            page.get_by_role("heading", name="Stsenaariumid").wait_for()
            assert page.get_by_label("Kasutajanimi").count() == 0

            find_in_catalogue(page, "pension-late-et", load_library().get("pension-late-et").title)
            page.locator(".st-key-practice_pension-late-et button").click()
            box = page.get_by_test_id("stChatInputTextArea")
            box.wait_for()
            box.fill("Tere! Sotsiaalkindlustusamet, Kadri kuuleb.")
            box.press("Enter")
            page.get_by_text("Tere! Sotsiaalkindlustusamet, Kadri kuuleb.").wait_for()
            wait_idle(page)
            assert page.url.endswith("/conversation")
            page.reload()  # a reload keeps the user signed in and on the conversation
            page.get_by_text("Tere! Sotsiaalkindlustusamet, Kadri kuuleb.").wait_for()
            assert page.get_by_label("Kasutajanimi").count() == 0
            wait_idle(page)
        # the server is down: our message in Estonian, not Streamlit's English dialog
        notice = page.locator("#trainer-notice")
        notice.wait_for(timeout=TIMEOUT_MS)
        assert notice.inner_text().startswith("Ühendus katkes – vestlus on salvestatud")
        assert not page.get_by_text("Connection error").is_visible()
        assert not page.get_by_text("Is Streamlit still running").is_visible()
        shot(page, "offline")
        with streamlit_server(data, "e2e-session.log", port=port, toolbar_viewer=True):
            # the page reconnects by itself and is signed in again from the cookie
            page.get_by_text("Tere! Sotsiaalkindlustusamet, Kadri kuuleb.").wait_for()
            notice.wait_for(state="detached", timeout=TIMEOUT_MS)
            wait_idle(page)
            page.reload()
            page.get_by_text("Tere! Sotsiaalkindlustusamet, Kadri kuuleb.").wait_for()
            assert page.get_by_label("Kasutajanimi").count() == 0
            wait_idle(page)

            page.locator(".st-key-end button").first.click()  # ending asks first
            page.locator(".st-key-end_confirm button").click()
            page.get_by_role("heading", name="Tulemus").wait_for()
            wait_idle(page)
            assert page.url.endswith("/result")
            page.go_back()  # Back from the result: past the ended conversation, no loop
            try:
                page.get_by_role("heading", name="Stsenaariumid").wait_for()
            except sync_api.TimeoutError:
                shot(page, "back-failed")
                raise AssertionError(f"Back from the result page ended on {page.url}") from None
            wait_idle(page)
            page.wait_for_timeout(1500)
            assert not page.url.endswith("/result") and not page.url.endswith("/conversation")
            assert page.get_by_role("heading", name="Stsenaariumid").is_visible()

            store = open_store(db_url)  # the password changes elsewhere (a reset by the lead)
            try:
                actor = store.system_actor()
                store.set_password(actor, store.get_user_by_name(actor, "mari").id, "Lähtestatud-parool-9")
            finally:
                store.close()
            page.reload()
            page.get_by_label("Kasutajanimi").wait_for()
            page.get_by_text("Sisselogimine lõppes").wait_for()
            assert not [c for c in context.cookies() if c["name"] == "trainer_session"]
            shot(page, "ended")
            # signed out, a page's own address asks to sign in (no English "Page not found") and
            # opens that page after the sign-in
            page.goto(url + "/history")
            page.get_by_label("Kasutajanimi").fill("mari")
            page.get_by_label("Parool").fill("Lähtestatud-parool-9")
            page.get_by_role("button", name="Logi sisse").click()
            page.get_by_role("heading", name="Minu vestlused").wait_for()
            assert page.url.endswith("/history") and not page.get_by_text("Page not found").count()
        context.close()
        browser.close()


def test_phone_layout_filters_collapsed_hint_and_checklist_above_the_input(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    seed_users({"mari": "trainee"}, url=f"sqlite:///{data / 'trainer.db'}")
    with streamlit_server(data, "e2e-phone.log", toolbar_viewer=True) as url, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 375, "height": 812}, locale="et-EE",
                                      user_agent=PHONE_AGENT, is_mobile=True, has_touch=True)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        sign_in(page, url)
        filters = page.locator("[data-testid='stExpander']").filter(has_text="Filtrid")
        filters.wait_for()
        assert not page.locator(".st-key-f_topic").is_visible()  # collapsed
        filters.get_by_text("Filtrid").click()
        page.locator(".st-key-f_topic").wait_for()
        shot(page, "phone-catalogue")
        find_in_catalogue(page, "pension-late-et", load_library().get("pension-late-et").title)
        page.locator(".st-key-practice_pension-late-et button").click()
        box = page.get_by_test_id("stChatInputTextArea")
        box.wait_for()
        page.get_by_text("Kõnemudel", exact=True).wait_for()
        wait_idle(page)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 375  # nothing overflows sideways
        shot(page, "phone-conversation")
        checklist = page.get_by_text("Kõnemudel", exact=True).bounding_box()
        hint = page.locator("[data-testid='stAlertContentInfo']").last.bounding_box()
        chat = page.locator(".st-key-chat_history").bounding_box()
        # the client card, the checklist and the hint come before the chat, not after all of it
        assert checklist["y"] < hint["y"] < chat["y"] and hint["y"] + hint["height"] <= chat["y"]
        page.mouse.wheel(0, 5000)  # scrolled to the end: the chat ends above the pinned input
        page.wait_for_timeout(500)
        chat = page.locator(".st-key-chat_history").bounding_box()
        assert chat["y"] + chat["height"] <= box.bounding_box()["y"] + 1
        assert chat["height"] <= 0.5 * 812  # a shorter chat on the phone
        shot(page, "phone-conversation-bottom")
        context.close()
        browser.close()

"""Real browser, three roles on one demo store: each sees exactly their own data.

`trainer demo` fills a fresh store; a lead, a mentor and a trainee log in through the login form in
headless chromium. The lead sees every trainee in the readiness matrix, the mentor only their own
mentees, the trainee neither page.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from e2e_support import ARTIFACTS, CHROMIUM, LAUNCH_ARGS, ROOT, chromium_available, streamlit_server

from trainer.storage import open_store

pytestmark = pytest.mark.browser

if not chromium_available():
    pytest.skip(f"chromium not found at {CHROMIUM} (set TRAINER_CHROMIUM)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("roles-data")
    url = f"sqlite:///{data / 'trainer.db'}"
    out = subprocess.run(
        [sys.executable, "-m", "trainer.cli", "demo", "--db", url, "--trainees", "4", "--attempts", "4", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=True,
    )
    accounts = json.loads(out.stdout)["accounts"]
    store = open_store(url)
    admin = store.system_actor()
    users = {u.username: u for u in store.list_users(admin)}
    store.close()
    return data, accounts, users


def login(page, url, account):
    page.goto(url)
    page.get_by_label("Kasutajanimi").fill(account["username"])
    page.get_by_label("Parool").fill(account["password"])
    page.get_by_role("button", name="Logi sisse").click()
    page.get_by_role("link", name="Stsenaariumid").first.wait_for()


def nav_links(page) -> list[str]:
    return [t.split("\n")[-1] for t in page.get_by_test_id("stSidebarNavLink").all_inner_texts()]


def _download(page, label: str) -> str:
    """Click a download button and return the file's path. A click that lands while the page is still
    rerunning is lost (the button is replaced), as a user would find: click again, up to three times
    (seen once in CI on a cold clone: no download within 45 s, the next run fine)."""
    for attempt in range(3):
        try:
            with page.expect_download(timeout=25_000) as download:
                page.get_by_role("button", name=label).click()
            return download.value.path()
        except sync_api.TimeoutError:
            if attempt == 2:
                raise
            page.wait_for_timeout(2_000)
    raise AssertionError("unreachable")


def test_lead_mentor_and_trainee_each_see_their_own_data(demo):
    data, accounts, users = demo
    lead = next(a for a in accounts if a["role"] == "lead")
    mentor = next(a for a in accounts if a["role"] == "mentor")
    trainee = next(a for a in accounts if a["role"] == "trainee")
    trainees = [u for u in users.values() if u.role == "trainee"]
    mentees = [u for u in trainees if u.mentor_id == users[mentor["username"]].id]
    strangers = [u for u in trainees if u.mentor_id != users[mentor["username"]].id]
    assert mentees and strangers, "the demo gives each mentor some trainees"
    with streamlit_server(data, "e2e-roles-streamlit.log") as url, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            for account in (lead, mentor, trainee):
                context = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="et-EE")
                page = context.new_page()
                page.set_default_timeout(45_000)
                login(page, url, account)
                links = nav_links(page)
                if account is lead:
                    assert {"Valmisolek", "Mentiid", "Minu areng"} <= set(links)
                    page.get_by_role("link", name="Valmisolek").click()
                    page.get_by_role("heading", name="Valmisolek", exact=True).wait_for()
                    page.get_by_test_id("stDataFrame").first.wait_for()
                    page.wait_for_timeout(1500)
                    page.screenshot(path=str(ARTIFACTS / "roles-lead-readiness.png"), full_page=True)
                    # the matrix is drawn on a canvas: read what the lead sees through its CSV download
                    csv_text = open(_download(page, "Laadi alla CSV"), encoding="utf-8-sig").read()
                    for u in trainees:
                        assert u.username in csv_text
                elif account is mentor:
                    assert "Mentiid" in links and "Valmisolek" not in links
                    page.get_by_role("link", name="Mentiid").click()
                    page.get_by_test_id("stDataFrame").first.wait_for()
                    page.wait_for_timeout(1500)
                    page.screenshot(path=str(ARTIFACTS / "roles-mentor-mentees.png"), full_page=True)
                    # the table is a canvas; the review picker below it lists the same mentees as text
                    page.get_by_test_id("stMain").get_by_test_id("stSelectbox").first.click()
                    shown = page.get_by_role("listbox").inner_text()
                    for u in mentees:
                        assert u.display_name in shown
                    for u in strangers:
                        assert u.display_name not in shown
                else:
                    assert "Mentiid" not in links and "Valmisolek" not in links
                    page.get_by_role("link", name="Minu areng").click()
                    page.wait_for_timeout(2500)
                    page.screenshot(path=str(ARTIFACTS / "roles-trainee-progress.png"), full_page=True)
                    body = page.locator("body").inner_text()
                    assert trainee["display_name"] in body
                    for u in trainees:
                        if u.username != trainee["username"]:
                            assert u.display_name not in body
                context.close()
        finally:
            browser.close()

"""Shared pieces of the real-browser tests: a Streamlit server on a free port and headless chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("TRAINER_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]


def chromium_available() -> bool:
    return Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(data_dir: Path, log_name: str, port: int | None = None, toolbar_viewer: bool = False):
    """Run the app on ``port`` (default: a free one) with its store in ``data_dir``; yields the base URL.
    ``toolbar_viewer``: as ``trainer app`` runs it (no developer menu)."""
    env = {k: v for k, v in os.environ.items() if k not in ("TRAINER_DATABASE_URL", "TRAINER_HOME")}
    env["TRAINER_DATA_DIR"] = str(data_dir)
    append = port is not None  # the same server again (a restart): keep the first run's log
    port = port or free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    extra = ["--client.toolbarMode", "viewer"] if toolbar_viewer else []
    with open(ARTIFACTS / log_name, "a" if append else "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "trainer" / "app" / "main.py"),
             "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", *extra],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.time() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                        if resp.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.time() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {ARTIFACTS / log_name}")
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def find_in_catalogue(page, scenario_id: str, title: str) -> None:
    """Unless the scenario's card is shown already, type its title into the catalogue's search box (the
    catalogue shows the first cards of the list; a user looks a scenario up the same way). The caller
    waits for the card."""
    if page.locator(f".st-key-card_{scenario_id}").count():
        return
    box = page.locator(".st-key-f_search input")
    box.fill(title)
    box.press("Enter")


def wait_idle(page, timeout_ms: int, settle_ms: int = 150) -> None:
    """Wait until Streamlit has finished the current run (the 'running' status widget is gone)."""
    page.wait_for_timeout(settle_ms)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"] [data-testid=\"stStatusWidgetRunningIcon\"]')"
        " && !document.querySelector('[data-testid=\"stStatusWidgetRunningManIcon\"]')",
        timeout=timeout_ms,
    )

"""Server-side time of one chat turn in the trainer app, against a bare Streamlit echo chat.

One turn = submit a reply through the chat input, play it (client answer), store it with the engine
state, recompute the live checklist and render the chat and the side panel: ``AppTest.run()`` after
``chat_input.set_value()``. The baseline is the same through ``benchmarks/echo_app.py``.

The trainer's chat input sits in an ``st.fragment``; in the browser a submit then reruns only that
fragment (the frontend sends the fragment id with the rerun request). ``AppTest.run()`` always
reruns the whole script, so the benchmark sends the fragment id itself, as the browser does, and
checks that the run rendered the reply, the client's answer and the checklist (the tree after a
fragment run holds only what that run sent). The full-page rerun per reply is reported too.

Also: the service layer alone (PracticeService.send + checklist), and memory per active session
with 20 sessions open (tracemalloc and RSS deltas).

In a real browser (headless chromium through Playwright, the servers started as ``trainer app`` starts
them; ``--no-browser`` leaves it out), measured against the bare echo app in the same run:

- cold start: from starting the server process until the sign-in page is visible (target <= 2 s),
  and the first sign-in after it (Enter until the catalogue is visible); the echo app's first page;
- page switch: a click in the navigation until the new page's heading is visible and the run has
  finished (catalogue, history, progress, result; target <= 0.5 s);
- one chat turn: Enter until the client's answer is visible (not the typing indicator that stands in
  for it meanwhile), against Enter until the echo is visible in the bare echo app (target <= 1.5x).

Both apps are tabs of one browser; each measured tab is brought to the front first, as the tab a user
types in is (chromium throttles the timers of a background tab, and Streamlit's frontend then shows a
run's messages about a second late). "Run finished" is the app's script state (``stApp``'s
``data-test-script-state``), as Streamlit's own browser tests wait for it.

Run: ``.venv/bin/python benchmarks/app_turn.py [--rounds 10] [--sessions 20] [--browser-rounds 3]
[--no-browser | --browser-only]``. Prints the figures.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["TRAINER_DATA_DIR"] = tempfile.mkdtemp(prefix="trainer-bench-")
os.environ.pop("TRAINER_DATABASE_URL", None)


from streamlit.runtime.scriptrunner.script_cache import ScriptCache  # noqa: E402
from streamlit.testing.v1 import AppTest, local_script_runner  # noqa: E402
from streamlit.testing.v1 import app_test as app_test_module  # noqa: E402

from trainer.app import testing as apptest  # noqa: E402
from trainer.i18n import t  # noqa: E402
from trainer.simulation.library import load_library  # noqa: E402

SID = "pension-late-et"
ECHO = str(ROOT / "benchmarks" / "echo_app.py")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def ms(values: list[float]) -> str:
    return f"p50 {1000 * pct(values, 0.5):6.1f} ms   p95 {1000 * pct(values, 0.95):6.1f} ms   (n={len(values)})"


def turns_per_play() -> list[str]:
    answers = next(e for e in load_library().get(SID).examples if e.kind == "exemplary").answers
    return answers[:-1]  # the last answer ends the conversation (result page): not a chat turn


def trainer_session(username: str) -> AppTest:
    return apptest.login(apptest.new_app(), username)


apptest.enable_fragment_reruns()

# AppTest compiles the page script (with its magic AST pass) afresh on every run; a server keeps one
# ScriptCache for its lifetime. Share one, for both apps, so a run costs what it costs in a server.
_SCRIPT_CACHE = ScriptCache()
app_test_module.ScriptCache = local_script_runner.ScriptCache = lambda: _SCRIPT_CACHE


def submit(at: AppTest, answer: str, fragment: bool) -> float:
    """Type ``answer`` and submit it (a fragment rerun like the browser's, or a full rerun); returns
    the server-side seconds, after checking the reply, the client's answer and the checklist were
    rendered by that run."""
    at.chat_input(key="reply").set_value(answer)
    t0 = time.perf_counter()
    apptest.rerun_fragment(at) if fragment else at.run()
    elapsed = time.perf_counter() - t0
    assert not at.exception, at.exception
    texts = [e.value for e in at.text]
    assert answer in texts, "the reply is not shown"
    assert texts[-1] != answer and at.chat_message[-1].name == "assistant", "no client answer after the reply"
    marks = apptest.markdown(at)
    assert t("checklist.title", "et") in marks and "check_circle</span>" in marks, "no updated checklist"
    return elapsed


RERUNS: list[float] = []  # trainer conversation page reruns without a reply (render cost only)
FULL: list[float] = []  # trainer turns with a full-page rerun (AppTest's default), for comparison


def bench_trainer(rounds: int, fragment: bool = True) -> list[float]:
    times = []
    for _ in range(rounds):
        at = trainer_session("bench0")  # a fresh tab on the catalogue
        at.button(key=f"practice_{SID}").click().run()
        for answer in turns_per_play():
            t0 = time.perf_counter()
            at.run()
            RERUNS.append(time.perf_counter() - t0)
            assert apptest.chat_input_fragment(), "the chat input is not in a fragment"
            times.append(submit(at, answer, fragment))
    return times


def bench_echo(rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        at = AppTest.from_file(ECHO, default_timeout=30).run()
        for answer in turns_per_play():
            at.chat_input(key="reply").set_value(answer)
            t0 = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t0)
    return times


def bench_service(rounds: int) -> tuple[list[float], list[float]]:
    from trainer.app.common import get_service

    service = get_service()
    store = service.store
    user = store.get_user_by_name(store.system_actor(), "bench0")
    send, checklist = [], []
    for _ in range(rounds):
        aid = service.start(user, SID, "practice")
        for answer in turns_per_play():
            t0 = time.perf_counter()
            service.send(user, aid, answer)
            t1 = time.perf_counter()
            service.checklist(service.load(user, aid).conversation)
            t2 = time.perf_counter()
            send.append(t1 - t0)
            checklist.append(t2 - t1)
            time.sleep(0.001)
    return send, checklist


def rss_kib() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def open_sessions(n: int, trainer: bool) -> list[AppTest]:
    sessions = []
    answers = turns_per_play()[:2]
    for i in range(n):
        if trainer:
            at = trainer_session(f"bench{i + 1}")
            at.button(key=f"practice_{SID}").click().run()
        else:
            at = AppTest.from_file(ECHO, default_timeout=30).run()
        for answer in answers:
            at.chat_input(key="reply").set_value(answer).run()
        sessions.append(at)
    return sessions


def memory(n: int, trainer: bool) -> tuple[float, float]:
    open_sessions(1, trainer)  # warm-up: imports, caches, library, store
    gc.collect()
    rss0 = rss_kib()
    tracemalloc.start()
    snap0 = tracemalloc.take_snapshot()
    sessions = open_sessions(n, trainer)
    gc.collect()
    snap1 = tracemalloc.take_snapshot()
    tracemalloc.stop()
    rss1 = rss_kib()
    traced = sum(s.size_diff for s in snap1.compare_to(snap0, "filename"))
    assert len(sessions) == n
    return traced / n / 1024, (rss1 - rss0) / n


# -- in a real browser -----------------------------------------------------------------------------

PAGES = {"catalogue": "Stsenaariumid", "history": "Minu vestlused", "progress": "Minu areng", "result": "Tulemus"}
# the run has finished: the app's script state (what Streamlit's own browser tests wait for; a fragment
# run counts too) and no "running" icon; the icon alone shows up only after a run took a while
IDLE = ("() => { const app = document.querySelector('[data-testid=\"stApp\"]');"
        " return !!app && app.dataset.testScriptState === 'notRunning'"
        " && !document.querySelector('[data-testid=\"stStatusWidgetRunningIcon\"], [data-testid=\"stStatusWidgetRunningManIcon\"]'); }")


class Server:
    """A Streamlit server started as ``trainer app`` starts it (viewer toolbar, no error details, no
    file watcher), on a free port; ``started`` is the perf_counter time of the process start."""

    def __init__(self, script: Path, data_dir: Path, log: Path) -> None:
        import socket
        import subprocess

        from trainer.cli import app_command

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k not in ("TRAINER_DATABASE_URL", "TRAINER_HOME")}
        env["TRAINER_DATA_DIR"] = str(data_dir)
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = open(log, "a")  # noqa: SIM115 - closed in stop()
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(app_command(script, self.port), cwd=ROOT, env=env,
                                     stdout=self._log, stderr=subprocess.STDOUT)

    def wait_listening(self, timeout: float = 60) -> None:
        import socket

        deadline = time.perf_counter() + timeout
        while True:
            with socket.socket() as sock:
                sock.settimeout(0.2)
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            if self.proc.poll() is not None or time.perf_counter() > deadline:
                raise RuntimeError(f"server on {self.url} did not start (log: {self._log.name})")
            time.sleep(0.02)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except Exception:  # noqa: BLE001 - a stuck server is killed
            self.proc.kill()
        self._log.close()


def first_page(page, server: Server, heading: str) -> float:
    """Seconds from the server's process start until ``heading`` is visible in the page (the tab in
    front, see :func:`timed`)."""
    server.wait_listening()
    page.bring_to_front()
    page.goto(server.url)
    page.get_by_role("heading", name=heading).wait_for()
    return time.perf_counter() - server.started


def timed(page, action, done) -> float:
    """Seconds from ``action()`` until ``done()`` has returned and Streamlit's run has finished.

    The page is brought to the front first, as the tab a user types in is: the trainer and the echo
    app are two tabs of one browser, and chromium throttles the timers of a tab in the background
    (Streamlit's frontend then renders a run's messages about a second late)."""
    page.bring_to_front()
    t0 = time.perf_counter()
    action()
    done()
    page.wait_for_function(IDLE)
    return time.perf_counter() - t0


def browser_round(browser, data: Path, answers: list[str], expected: list[int], out: dict[str, list[float]]) -> None:
    """One server start of each app: cold start, sign-in, a conversation (each turn next to an echo
    turn), then page switches; the seconds are appended to ``out``."""
    from e2e_support import find_in_catalogue  # tests/ is on the path (browser_figures)

    def add(key: str, seconds: float) -> None:
        out.setdefault(key, []).append(seconds)

    log = data / "servers.log"
    typing = t("coach.typing", "et")
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="et-EE")
    page, echo_page = context.new_page(), context.new_page()
    for p in (page, echo_page):
        p.set_default_timeout(60_000)
    echo = Server(Path(ECHO), data, log)
    trainer = None
    try:
        add("cold_echo", first_page(echo_page, echo, "Echo"))
        trainer = Server(ROOT / "trainer" / "app" / "main.py", data, log)
        add("cold", first_page(page, trainer, "Sisselogimine"))
        page.get_by_label("Kasutajanimi").fill("mari")
        page.get_by_label("Parool").fill(apptest.PASSWORD)
        add("first_sign_in", timed(page, lambda: page.get_by_label("Parool").press("Enter"),
                                   lambda: page.get_by_role("heading", name="Stsenaariumid").wait_for()))
        page.wait_for_function(IDLE)
        find_in_catalogue(page, SID, load_library().get(SID).title)  # the catalogue shows its first cards
        page.locator(f".st-key-practice_{SID} button").click()
        box = page.get_by_test_id("stChatInputTextArea")
        box.wait_for()
        page.wait_for_function(IDLE)
        echo_box = echo_page.get_by_test_id("stChatInputTextArea")
        count_js = "n => document.querySelectorAll('[data-testid=\"stChatMessage\"]').length >= n"
        # the client's answer, not the typing indicator that stands in for it meanwhile (a chat message too)
        answer_js = ("([n, typing]) => { const m = document.querySelectorAll('[data-testid=\"stChatMessage\"]');"
                     " return m.length >= n && !m[m.length - 1].innerText.includes(typing); }")
        for n, (answer, count) in enumerate(zip(answers, expected, strict=True), start=1):
            box.fill(answer)  # typing is the user's time; the figure is Enter -> answer visible
            add("turns", timed(page, lambda: box.press("Enter"),
                               lambda c=count: page.wait_for_function(answer_js, arg=[c, typing])))
            echo_box.fill(answer)
            add("echo_turns", timed(echo_page, lambda: echo_box.press("Enter"),
                                    lambda k=n: echo_page.wait_for_function(count_js, arg=2 * k)))
        page.locator(".st-key-end button").first.click()
        page.locator(".st-key-end_confirm button").click()
        page.get_by_role("heading", name="Tulemus").wait_for()
        page.wait_for_function(IDLE)
        nav = page.locator("[data-testid='stSidebarNav']")
        for _ in range(2):
            for key, heading in PAGES.items():
                link = nav.get_by_role("link", name=heading)
                add(key, timed(page, lambda lk=link: lk.first.click(),
                               lambda h=heading: page.get_by_role("heading", name=h).first.wait_for()))
    finally:
        for server in (trainer, echo):
            if server is not None:
                server.stop()
        context.close()


def browser_figures(rounds: int) -> None:
    """Cold start, page switches and chat turns in headless chromium, with the echo app as baseline."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("real-browser figures: playwright is not installed (left out)")
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from e2e_support import CHROMIUM, LAUNCH_ARGS, chromium_available

    from trainer.simulation.examples import play_answers

    if not chromium_available():
        print(f"real-browser figures: no chromium at {CHROMIUM} (left out)")
        return
    data = Path(tempfile.mkdtemp(prefix="trainer-bench-browser-"))
    apptest.seed_users({"mari": "trainee"}, url=f"sqlite:///{data / 'trainer.db'}")
    lib = load_library()
    answers = turns_per_play()
    expected, conv = [], play_answers(lib.get(SID), lib, [])
    for answer in answers:
        conv.reply(answer)
        expected.append(len(conv.turns))
    out: dict[str, list[float]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        for _ in range(rounds):
            browser_round(browser, data, answers, expected, out)
        browser.close()
    cold, cold_echo, first_sign_in = out["cold"], out["cold_echo"], out["first_sign_in"]
    turns, echo_turns = out["turns"], out["echo_turns"]
    switches = {key: out[key] for key in PAGES}
    every_switch = [v for values in switches.values() for v in values]
    print(f"in a real browser (headless chromium, {rounds} server starts; `trainer app` command line)")
    print(f"  cold start: server process start -> sign-in page visible   {ms(cold)}   (target <= 2 s)")
    print(f"    bare echo app: process start -> first page visible       {ms(cold_echo)}")
    print(f"    first sign-in after the start: Enter -> catalogue        {ms(first_sign_in)}")
    print(f"  page switch: click -> heading visible, run finished        {ms(every_switch)}   (target <= 0.5 s)")
    for key, values in switches.items():
        print(f"    {key:<10} {ms(values)}")
    print(f"  chat turn: Enter -> client's answer visible   {ms(turns)}")
    print(f"    bare echo app: Enter -> echo visible         {ms(echo_turns)}")
    print(f"    ratio trainer / echo    p50 {pct(turns, 0.5) / pct(echo_turns, 0.5):.2f}x"
          f"   p95 {pct(turns, 0.95) / pct(echo_turns, 0.95):.2f}x   (target <= 1.5x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="play-throughs per measurement (4 turns each)")
    parser.add_argument("--sessions", type=int, default=20, help="sessions open for the memory figure")
    parser.add_argument("--browser-rounds", type=int, default=3, help="server starts for the browser figures")
    parser.add_argument("--no-browser", action="store_true", help="leave out the real-browser figures")
    parser.add_argument("--browser-only", action="store_true", help="only the real-browser figures")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (other jobs slow every figure)")
    if not args.no_browser:
        browser_figures(args.browser_rounds)
        print(f"load average after the browser figures: {os.getloadavg()[0]:.1f}")
    if args.browser_only:
        return
    apptest.seed_users({f"bench{i}": "trainee" for i in range(args.sessions + 2)})

    # warm-up both apps (imports, lemmatiser dictionaries, library, store)
    bench_echo(1)
    bench_trainer(1)

    echo, trainer, send, checklist = [], [], [], []
    RERUNS.clear()
    for _ in range(args.rounds):  # interleaved, so a busy machine slows both alike
        echo += bench_echo(1)
        trainer += bench_trainer(1)
        FULL.extend(bench_trainer(1, fragment=False))
        s_send, s_check = bench_service(1)
        send += s_send
        checklist += s_check
    ratio50 = pct(trainer, 0.5) / pct(echo, 0.5)
    ratio95 = pct(trainer, 0.95) / pct(echo, 0.95)
    print(f"one chat turn, server side through AppTest ({args.rounds} play-throughs x {len(turns_per_play())} turns)")
    print(f"  bare echo chat app      {ms(echo)}")
    print(f"  trainer conversation    {ms(trainer)}   (fragment rerun, as in the browser)")
    print(f"  ratio trainer / echo    p50 {ratio50:.2f}x   p95 {ratio95:.2f}x   (target <= 1.5x)")
    print(f"  trainer, full-page rerun per reply   {ms(FULL)}")
    print(f"  trainer page rerun without a reply (load + checklist + render)   {ms(RERUNS)}")
    print("  service layer only")
    print(f"    PracticeService.send  {ms(send)}")
    print(f"    checklist (rescore)   {ms(checklist)}")

    # twice each, the smaller figure: a one-off allocation in the window (a cache filling, the
    # library reloaded because a scenario file changed) is not memory per session
    mem_echo = min(memory(args.sessions, trainer=False), memory(args.sessions, trainer=False))
    mem_trainer = min(memory(args.sessions, trainer=True), memory(args.sessions, trainer=True))
    print(f"memory per active session ({args.sessions} sessions open, 2 turns played in each)")
    print(f"  bare echo chat app      tracemalloc {mem_echo[0]:7.1f} KiB   RSS {mem_echo[1]:7.1f} KiB")
    print(f"  trainer conversation    tracemalloc {mem_trainer[0]:7.1f} KiB   RSS {mem_trainer[1]:7.1f} KiB")


if __name__ == "__main__":
    main()

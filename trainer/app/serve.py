"""``python -m trainer.app.serve run trainer/app/main.py [streamlit options]``: Streamlit's command line,
with the app's first page prepared while the server starts (what ``trainer app`` runs).

For the trainer's own app (any other script, such as the benchmark's echo app, starts exactly as with
``python -m streamlit``):

- two pieces of Streamlit's own start-up that this app does not use are left out or put off, ~0.3 s
  before the server listens on this kind of machine: the scan of every installed distribution's
  metadata for custom components (v2 ``pyproject.toml`` manifests; the app uses none), and the
  registration of Streamlit's plotly chart theme, which imports plotly while ``streamlit`` itself is
  imported; the pages register it when they are imported (:func:`trainer.app.main.load_pages`), before
  any chart is drawn;
- a background thread imports what the sign-in page needs (the storage layer with SQLAlchemy, the app's
  common module) and opens the store (:func:`trainer.app.common.store_resource`) while the browser loads
  the frontend, so the first run finds them ready. Streamlit runs the app script only when the first tab
  connects; until then the server mostly waits. The thread starts once the server listens (before, it
  would slow the import of Streamlit itself, both holding the same interpreter lock), and meanwhile the
  interpreter switches threads every 0.5 ms instead of 5 ms, so the server thread that sends the
  frontend's files is not kept waiting behind the imports.
"""

from __future__ import annotations

import importlib.abc
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP = Path(__file__).resolve().parent / "main.py"
#: the interpreter's thread switch interval while background work runs (Python's default: 0.005 s)
BACKGROUND_SWITCH_INTERVAL = 0.0005
_background = {"count": 0, "interval": 0.005}
_background_lock = threading.Lock()


@contextmanager
def background_work() -> Iterator[None]:
    """Around long CPU-bound work in a background thread (imports, loading the library): the
    interpreter switches threads every 0.5 ms instead of 5 ms, so the server's own thread (sending the
    frontend's files, a run's messages) gets the interpreter lock quickly meanwhile."""
    with _background_lock:
        if _background["count"] == 0:
            _background["interval"] = sys.getswitchinterval()
            sys.setswitchinterval(BACKGROUND_SWITCH_INTERVAL)
        _background["count"] += 1
    try:
        yield
    finally:
        with _background_lock:
            _background["count"] -= 1
            if _background["count"] == 0:
                sys.setswitchinterval(_background["interval"])


def prepare() -> None:
    """Import the sign-in page's modules and open the store (errors are left to the first run)."""
    with background_work():
        try:
            from trainer.app import browser, common, login  # noqa: F401 - imported for the first run

            common.store_resource()
        except Exception:  # noqa: BLE001 - the first run opens the store again and shows the error
            logging.getLogger("trainer.app").warning("preparing the first page failed", exc_info=True)


class _NoPlotlyHere(importlib.abc.MetaPathFinder):
    """While ``streamlit`` is imported by this thread, ``import plotly`` fails: Streamlit then skips
    registering its plotly theme (it does so only when plotly is installed), which the pages do later."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201 - importlib's protocol
        if (name == "plotly" or name.startswith("plotly.")) and threading.get_ident() == self.thread:
            raise ImportError(f"{name}: imported later (trainer.app.serve)")
        return None


def import_streamlit_lean() -> None:
    """Import Streamlit without its plotly theme and without the scan for installed components."""
    blocker = _NoPlotlyHere()
    sys.meta_path.insert(0, blocker)
    try:
        import streamlit  # noqa: F401
    finally:
        sys.meta_path.remove(blocker)
    from streamlit.components.v2 import component_manager

    def no_scan(self, *, start_file_watching: bool = True) -> None:  # noqa: ARG001 - Streamlit's signature
        """The app uses no installed v2 components: nothing to discover."""

    component_manager.BidiComponentManager.discover_and_register_components = no_scan


def prepare_when_listening(server_class) -> None:  # noqa: ANN001
    """Start :func:`prepare` in a thread as soon as the Streamlit server listens."""
    start = server_class.start

    async def start_then_prepare(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        result = await start(self, *args, **kwargs)
        threading.Thread(target=prepare, name="trainer-prepare", daemon=True).start()
        return result

    server_class.start = start_then_prepare


def main(argv: list[str]) -> None:
    if len(argv) > 1 and argv[0] == "run" and Path(argv[1]).resolve() == APP:
        import_streamlit_lean()
        from streamlit.web.server import Server

        prepare_when_listening(Server)
    from streamlit.web import cli

    sys.argv = ["streamlit", *argv]
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])

"""``python -m trainer.app.serve run trainer/app/main.py [streamlit options]``: Streamlit's command line,
with the app's first page prepared while the server starts (what ``trainer app`` runs).

Streamlit runs the app script only when the first browser tab connects; until then the server
process mostly waits (for its sockets, then for the browser to load the frontend). A background
thread uses that time to import what the sign-in page needs (the storage layer with SQLAlchemy and
Alembic, the app's common module: ~0.5 s) and to open and migrate the store (:func:`trainer.app.common.store_resource`),
so the first run finds them ready. Any other script (the benchmark's echo app) starts as with
``python -m streamlit``.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

APP = Path(__file__).resolve().parent / "main.py"


def prepare() -> None:
    """Import the sign-in page's modules and open the store (errors are left to the first run)."""
    try:
        from trainer.app import browser, common, login  # noqa: F401 - imported for the first run

        common.store_resource()
    except Exception:  # noqa: BLE001 - the first run opens the store again and shows the error
        logging.getLogger("trainer.app").warning("preparing the first page failed", exc_info=True)


def main(argv: list[str]) -> None:
    if len(argv) > 1 and argv[0] == "run" and Path(argv[1]).resolve() == APP:
        threading.Thread(target=prepare, name="trainer-prepare", daemon=True).start()
    from streamlit.web import cli

    sys.argv = ["streamlit", *argv]
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])

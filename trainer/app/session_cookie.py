"""The "stay signed in" cookie: signed (HMAC-SHA256), expiring, naming a server-side session record.

The cookie holds ``v1.<session id>.<expiry, unix seconds>.<signature>``; the signature covers the id and
the expiry, so a cookie cannot be forged or extended without the server secret. The record it names
(``trainer.storage.sessions``) decides whether it still signs anyone in: it is checked on every page
load against the user's credential version and disabled flag, and deleted at sign-out.

The secret comes from ``sessions.secret`` in ``trainer.yaml`` (``{"$env": NAME}``; several replicas
must share it), else it is generated once into ``session-secret`` next to the store, readable by the
owner only. Streamlit reads cookies from the request that opened the page (``st.context.cookies``) but
cannot send ``Set-Cookie`` from a script run, so the cookie is written by a small script in the page
(``document.cookie``; ``SameSite=Strict``, ``Secure`` over https). It is therefore not ``HttpOnly``;
the app shows no user-supplied HTML, and a stolen cookie alone is still ended by sign-out, a password
change or disabling (docs/deploy.md).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from trainer.config import settings
from trainer.storage import database_url

COOKIE_NAME = "trainer_session"
SECRET_FILE = "session-secret"
VERSION = "v1"

_secrets: dict[str, bytes] = {}
_secrets_lock = threading.Lock()


def lifetime_seconds() -> int:
    """How long a sign-in lasts (``sessions.lifetime_hours``, default one week)."""
    return int(settings().sessions.lifetime_hours * 3600)


def secret_path(url: str | None = None) -> Path:
    """Where the generated secret lives: the SQLite file's folder, else ``TRAINER_DATA_DIR`` or ``./data``."""
    url = database_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:" \
            and not parsed.database.startswith("file:"):
        return Path(parsed.database).resolve().parent / SECRET_FILE
    return Path(os.environ.get("TRAINER_DATA_DIR") or "./data").resolve() / SECRET_FILE


def secret_key() -> bytes:
    """The signing key: the configured secret, else the generated file's (created owner-only, 0600,
    on first use; several processes starting at once all read the one that was written first)."""
    configured = settings().sessions.secret
    if configured:
        return configured.encode("utf-8")
    path = secret_path()
    key = str(path)
    with _secrets_lock:
        found = _secrets.get(key)
        if found is None:
            found = _secrets[key] = _read_or_create(path)
        return found


def _read_or_create(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        for _ in range(50):  # another process is writing it right now
            value = path.read_text(encoding="ascii").strip()
            if value:
                return value.encode("ascii")
            time.sleep(0.02)
        raise RuntimeError(f"{path} is empty; delete it to generate a new session secret") from None
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secrets.token_hex(32) + "\n")
    return path.read_text(encoding="ascii").strip().encode("ascii")


def _signature(session_id: str, expires: int, key: bytes) -> str:
    mac = hmac.new(key, f"{VERSION}|{session_id}|{expires}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")


def sign(session_id: str, expires: int, key: bytes | None = None) -> str:
    """The cookie value for a session id valid until ``expires`` (unix seconds)."""
    return f"{VERSION}.{session_id}.{int(expires)}.{_signature(session_id, int(expires), key or secret_key())}"


def verify(value: str | None, key: bytes | None = None, now: float | None = None) -> str | None:
    """The session id of a genuine, unexpired cookie value; None for anything else."""
    if not value or len(value) > 400:
        return None
    parts = value.split(".")
    if len(parts) != 4 or parts[0] != VERSION or not parts[2].isdigit():
        return None
    _, session_id, expires, signature = parts
    expected = _signature(session_id, int(expires), key or secret_key())
    if not hmac.compare_digest(expected, signature):
        return None
    if int(expires) <= (time.time() if now is None else now):
        return None
    return session_id


def expired(value: str | None, now: float | None = None) -> bool:
    """Whether a cookie value (genuine or not) names an expiry in the past (to say "expired", not "ended")."""
    parts = (value or "").split(".")
    return len(parts) == 4 and parts[2].isdigit() and int(parts[2]) <= (time.time() if now is None else now)


def request_cookie() -> str | None:
    """The cookie as the browser sent it when it opened this page (None outside a request)."""
    import streamlit as st

    try:
        return st.context.cookies.get(COOKIE_NAME)
    except Exception:  # noqa: BLE001 - no request context (bare mode)
        return None


def set_script(value: str, max_age: int) -> str:
    """A ``<script>`` that stores the cookie in the browser (Secure when the page is served over https)."""
    return ("<script>(function(){var c=" + json.dumps(f"{COOKIE_NAME}={value}; Path=/; Max-Age={int(max_age)};"
            " SameSite=Strict") + ";if(location.protocol==='https:'){c+='; Secure';}document.cookie=c;})();</script>")


def delete_script() -> str:
    """A ``<script>`` that removes the cookie from the browser."""
    return (f"<script>document.cookie={json.dumps(f'{COOKIE_NAME}=; Path=/; Max-Age=0; SameSite=Strict')};"
            "</script>")

"""Password rules: a minimum length, no common password, not built from the username, not one
repeated pattern. The common-password list ships with the package (``common_passwords.txt``, its
source named in the file's header)."""

from __future__ import annotations

import functools
from pathlib import Path

MIN_PASSWORD_LENGTH = 10
COMMON_PASSWORDS_FILE = Path(__file__).with_name("common_passwords.txt")


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords (lower case)."""
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def password_problem(password: object, username: str | None = None) -> str | None:
    """Why ``password`` is not acceptable (``too_short``, ``common``, ``contains_username``,
    ``too_simple``), or None when it is."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        return "too_short"
    low = password.lower()
    if low in common_passwords() or low.strip() in common_passwords():
        return "common"
    name = (username or "").strip().lower()
    if len(name) >= 3 and name in low:
        return "contains_username"
    if len(set(low)) < 4:  # aaaaaaaaaa, abababababab, 1212121212
        return "too_simple"
    return None


MESSAGES = {
    "too_short": f"password must be at least {MIN_PASSWORD_LENGTH} characters",
    "common": "this password is on the list of common passwords",
    "contains_username": "the password must not contain the username",
    "too_simple": "the password needs at least 4 different characters",
}


class WeakPassword(ValueError):
    """The password breaks a rule; ``reason`` is a key of :data:`MESSAGES`."""

    def __init__(self, reason: str) -> None:
        super().__init__(MESSAGES[reason])
        self.reason = reason


def check_password(password: object, username: str | None = None) -> None:
    """Raise :class:`WeakPassword` (a ValueError) when ``password`` breaks a rule."""
    problem = password_problem(password, username)
    if problem is not None:
        raise WeakPassword(problem)

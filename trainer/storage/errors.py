"""Exceptions raised by the store."""

from __future__ import annotations


class StoreError(Exception):
    """Base class of every store error."""


class PermissionDenied(StoreError):
    """The actor is not allowed to read or change the requested data."""


class NotFound(StoreError):
    """The requested id does not exist."""


class Conflict(StoreError):
    """The operation contradicts the current state (e.g. recording a turn on a finished attempt)."""


class AuthError(StoreError):
    """Authentication failed; ``reason`` is one of ``invalid``, ``disabled``, ``locked``, ``ambiguous``
    (SSO: several accounts have the address). A disabled account is only reported as such after the
    right password; otherwise every failure looks the same."""

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason


class StaleState(Conflict):
    """The attempt changed since the caller read it (another tab or replica replied first); nothing
    was written. Reload the attempt and try again."""


class StoreUnavailable(StoreError):
    """The database could not complete the operation (disk full, locked too long, connection lost);
    ``reason`` is ``disk_full``, ``busy`` or ``unavailable``. Nothing was written."""

    def __init__(self, message: str, reason: str = "unavailable") -> None:
        super().__init__(message)
        self.reason = reason


def unavailable(exc: BaseException) -> StoreUnavailable:
    """Classify a driver-level database error as a :class:`StoreUnavailable` with a clear message."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text or "no space" in text or "quota" in text:
        return StoreUnavailable("the database disk is full; nothing was saved", "disk_full")
    if "locked" in text or "busy" in text or "timeout" in text or "lock" in text:
        return StoreUnavailable("the database is busy (locked by another process); nothing was saved", "busy")
    return StoreUnavailable(f"the database is unavailable ({type(exc).__name__}); nothing was saved", "unavailable")

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
    """Authentication failed; ``reason`` is one of ``invalid``, ``disabled``, ``locked``."""

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason

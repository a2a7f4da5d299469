"""Errors a user can do something about, each with one plain sentence to show them.

Anything that is not one of these is a bug and gets a crash report instead.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose ``message`` is a complete, translated sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

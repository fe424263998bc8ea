"""Errors of the command line that its helper modules raise too.

``textrepair.cli`` reports a :class:`UsageError` in one line with exit code 2;
``textrepair.batch`` and the review sampler raise it without importing the CLI
that calls them.
"""

from __future__ import annotations

from .settings import UserError

__all__ = ["UsageError"]


class UsageError(UserError):
    """A command line textrepair cannot act on."""

"""The one error type for bad input: what the user gave (a file, a field, an argument) is wrong.

``dialogan`` prints a ``DialoganError`` as one line and exits with status 2; any other
exception is a bug and shows its traceback. Every user-facing error class derives from it.
"""
from __future__ import annotations


class DialoganError(ValueError):
    """Bad input from the user; the message names the file, field or argument at fault.

    A ``ValueError`` so that code (and tests) that catch ``ValueError`` keep working."""

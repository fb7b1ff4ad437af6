"""Giving the C heap's free pages back to the system.

Python's allocator and glibc's ``malloc`` keep memory a process freed, to reuse it: a
worker that empties its caches of texts read, or a build process about to fork, would
otherwise go on holding (and a forked child inheriting) pages that hold nothing.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable

__all__ = ["give_back_freed_memory"]


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, looked up once; None where there is no glibc."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def give_back_freed_memory() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``; nothing
    elsewhere). It changes no value, only which pages count in the process's memory."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)

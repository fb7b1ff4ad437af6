"""Stable identifiers, hashed from the fewest raw fields that identify a thing (a
paragraph's page and offset, an organisation's full name), so that rebuilding the same
pages gives the same IDs."""

from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


def article_id(page_id: str, page_start: int) -> str:
    """An article: its page and the offset of its first character."""
    return stable_id("art", page_id, str(page_start))


def organisation_id(name: str) -> str:
    """An organisation: its full, current name."""
    return stable_id("org", name)

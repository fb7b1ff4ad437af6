"""The agency a photo credit names beside its photographer.

A national paper's caption closes with its photographer and, in brackets, where the
photo came from: a photo agency or picture library (``某某摄（人民视觉）``,
``某某摄（影像中国）``), or an agency or a paper that sent it (``某某摄（新华社发）``).
An agency's copy prints the agency first and the credit in brackets after it
(``新华社发（某某 摄）``). Read on real pages of 人民日报, its web copies and copies of
the agency's photos in session 30 (five pages with the bracket after the mark, four with
the agency first): the credit, alone on its line under the caption, was no credit to
the layout, so it was read as a section's heading or a caption and its photographer
lost. The agency is cut off before the credit's names are read; the names keep their
offsets in the text.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.role_words import PHOTO_MARK

#: An agency's or a paper's ``发`` (sent by it): ``新华社发``, ``中新社发``, ``某某日报发``.
_SENT_BY_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:社|报|網|网)发")
#: An agency's ``发`` before the credit it sent, in brackets (``新华社发（某某 摄）``).
_SENT_BY_HEAD_RE = re.compile(rf"^{_SENT_BY_RE.pattern}\s*(?=[（(][^（()）]+[）)]$)")
#: The same credit run on to the caption's last sentence (``…护航。新华社发（某某 摄）``).
_SENT_BY_TAIL_RE = re.compile(rf"(?<=[。！？”])\s*({_SENT_BY_RE.pattern}\s*[（(][^（()）]+[）)])$")
#: The same agency alone, naming no photographer, run on to the caption's last sentence
#: (``…施工。新华社发``), as copies of an agency's photos print it.
_SENT_ALONE_TAIL_RE = re.compile(rf"(?<=[。！？”])\s*({_SENT_BY_RE.pattern})$")
#: The bracket closing a credit after its mark (``摄（…）``, ``摄影(…)``, ``供图（…）``).
_SOURCE_TAIL_RE = re.compile(rf"{PHOTO_MARK}(\s*[（(]\s*([^（()）]{{2,10}}?)\s*[）)])$")


@functools.cache
def _sources() -> frozenset[str]:
    return frozenset(lexicon.words("bylines.yaml", "photo_sources"))


def without_photo_source(text: str) -> str:
    """``text`` without the agency a photo credit names in brackets after its mark
    (``唐立摄（人民视觉）`` → ``唐立摄``); ``text`` as it is when no such bracket
    closes it (``某某摄（右）``: a bracket of anything else stays)."""
    match = _SOURCE_TAIL_RE.search(text.rstrip())
    if match is None:
        return text
    source = match.group(2)
    if source in _sources() or _SENT_BY_RE.fullmatch(source):
        return text[: match.start(1)]
    return text


def without_sending_agency(text: str) -> str:
    """``text`` without the agency that sent the photo, printed before its credit in
    brackets (``新华社发（陈某 摄）`` → ``（陈某 摄）``): an agency's copy credits its
    photos so, alone on a line under the caption."""
    match = _SENT_BY_HEAD_RE.match(text.strip())
    return text.strip()[match.end() :] if match else text


def sent_credit_start(text: str) -> int | None:
    """Where a credit after the agency that sent the photo closes a caption's last
    sentence (``…靠泊。新华社发（某某、某某 摄）``), if one does; its names unread."""
    match = _SENT_BY_TAIL_RE.search(text.rstrip())
    return match.start(1) if match else None


def sent_alone(text: str) -> bool:
    """An agency's or a paper's ``发`` alone on its line (``新华社发``): the credit of a
    photo it sent, naming no photographer, under the caption (no kicker of the next item)."""
    return bool(_SENT_BY_RE.fullmatch(text.strip()))


def sent_alone_start(text: str) -> int | None:
    """Where an agency's ``发`` naming no photographer closes a caption's last sentence
    (``…施工。新华社发``), if one does."""
    match = _SENT_ALONE_TAIL_RE.search(text.rstrip())
    return match.start(1) if match else None


def credit_text(text: str) -> str:
    """A photo credit without the agency named before or after it, its names to read
    (``新华社发（陈某 摄）`` → ``（陈某 摄）``, ``唐立摄（人民视觉）`` → ``唐立摄``)."""
    return without_photo_source(without_sending_agency(text))

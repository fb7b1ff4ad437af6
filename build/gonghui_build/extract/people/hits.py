"""A name found in a paragraph by one of the name rules, and what the rule says of it."""

from __future__ import annotations

from dataclasses import dataclass

from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.vocabulary import MentionSource


@dataclass(frozen=True)
class NameHit:
    name: str
    start: int  # span of the name as printed in the paragraph
    end: int
    source: MentionSource | None  # None for a caption: its role says
    confidence: float
    claims: tuple[TitleClaim, ...] = ()
    partial: bool = False  # 陈女士, 刘师傅, 小张: a surname and a form of address
    # whether a post the phrase before the name describes is read (when the model
    # reads no person there)
    described_post: bool = True

"""A slogan in quotation marks read as a dotted name: ``“书香润初心·阅读伴成长”``, an
event's two-part motto set apart by a middle dot, which the model reads as a
transliterated name (润初心·阅读). Kept apart from :mod:`.model`, which weighs every
span the model reads."""

from __future__ import annotations

from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_transliterated, name_parts

_OPEN, _CLOSE = "“", "”"
#: How often jieba's dictionary must have seen a part for it to be a common word of the
#: language (阅读 4979), above the name elements it lists too (买买提 272, 安娜 973).
_COMMON_PART_MIN_FREQ = 1500


def in_a_dotted_slogan(text: str, start: int, end: int) -> bool:
    """The dotted span ``text[start:end]`` stands inside quotation marks, words of the
    quote glued right after it (书香润初心·阅读|伴成长), and one of its parts is a common
    word of the language (阅读): a motto's halves, no person. A name quoted alone
    (“热依拉·买买提”) or closed by a mark stays a name."""
    name = text[start:end]
    if not is_transliterated(name) or start == 0 or end >= len(text):
        return False
    inside = text.rfind(_OPEN, 0, start) > text.rfind(_CLOSE, 0, start)
    common = any(tokenizer.frequency(p) >= _COMMON_PART_MIN_FREQ for p in name_parts(name))
    return inside and is_cjk(text[end]) and common

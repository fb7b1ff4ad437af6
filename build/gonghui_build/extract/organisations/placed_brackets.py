"""A company registered with its place in brackets between its trade and its form
(某某精密铸造（玉环）有限公司, 某某精密机械（天津）有限公司): the place is the name's,
printed after the brand and trade instead of before them (《企业名称登记管理规定》 lets
a firm set its place so), so the brand before the bracket needs no place in front of it.
The walk from the form (:mod:`.walk`) asked for a place a few words left of the brand
and, finding only the words of an unknown brand (恒/nr, 屹/vg, 精密/a, 铸造/v), read no
name at all. Here the brand runs left from the bracket to the clause's function word
or mark (在, 、, ，)."""

from __future__ import annotations

from gonghui_build.extract.organisations.brands import BRAND_STOP_TAGS, is_division
from gonghui_build.extract.organisations.names import words
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token

#: The most words and characters of a brand and trade before the bracket (恒|屹|精密|铸造).
_BRAND_WORDS = 4
_BRAND_CHARS = 6


def _ends_brand(tok: Token) -> bool:
    """A function word, a mark or a verb of the sentence (``left_stops``): the brand
    opens after it."""
    stop = tok.tag.startswith(BRAND_STOP_TAGS) or tok.word in words("left_stops")
    return stop or not all(is_cjk(c) for c in tok.word)


def brand_before_placed_bracket(
    tokens: list[Token], opening: int, text: str, suffix: str
) -> int | None:
    """The index of the first word of the brand before the bracket at ``tokens[opening]``
    that holds a place of China, in a company's name whose form (``suffix``:
    ``brand_suffixes``) follows it; None when the bracket holds no place, or no function
    word or mark ends the brand within a few words (the walk reads the name then)."""
    close = text.find("）" if tokens[opening].word == "（" else ")", tokens[opening].end)
    inner = text[tokens[opening].end : close]
    if suffix not in words("brand_suffixes") or not is_division(inner):
        return None
    chars = 0
    for k in range(opening - 1, max(-1, opening - 2 - _BRAND_WORDS), -1):
        tok = tokens[k]
        if _ends_brand(tok) or tok.end != tokens[k + 1].start:
            return k + 1 if k + 1 < opening else None
        if is_division(tok.word):
            return k  # 浙江|某某精密铸造（玉环）: a place before the brand opens the name
        chars += len(tok.word)
        if chars > _BRAND_CHARS:
            return None
    return 0 if opening - 1 <= _BRAND_WORDS and opening > 0 else None

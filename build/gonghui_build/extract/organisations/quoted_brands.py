"""A company's brand printed in quotes before its trade and form (“海兰江”餐饮公司, “长江”号
轮船公司工会): the walk left stops at the closing quote, which cut the name to its trade and
form (餐饮公司, a kind, or 号轮船公司, a word torn from its brand). The brand in quotes
opens the name, quotes kept so that the name slices the text, as the annotation gives it
(tests/fixtures/ANNOTATION.md: “海兰江”餐饮公司 in the tuning gold); 《企业名称登记管理规定》
(2020), 第六条: a company's name is its place, its brand (字号), its trade and its form.

Read only for a company (or a company's union), after a brand of two to eight characters
of Chinese or Latin letters, with at most 号 between the quote and the trade, and a trade
or a registered form after the quote (“金牌”有限公司, not “某某”|公司工会, the short form of
the company named before): a quoted honour or campaign (“工人先锋号”班组, “安康杯”竞赛)
before a team or an event is no brand."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.text.chars import is_cjk
from gonghui_build.vocabulary import UNION_TYPES, OrgType

#: The brand's quotes, opening and closing.
_OPEN, _CLOSE = "“", "”"
#: The most characters of a quoted brand.
_MOST_BRAND = 8


def quoted_brand_start(text: str, begin: int, start: int, kind: OrgType) -> int:
    """Where a name of ``kind`` whose walk began at ``begin`` (its suffix at ``start``)
    begins when a quoted brand stands right before it (or before a glued 号) and it is a
    company's or a company's union's; else ``begin``."""
    close = begin - 2 if text.startswith("号", begin - 1) else begin - 1  # “长江”号|轮船
    team = words("quoted_team_suffixes").starting(text, start) is not None  # “娘家人”|志愿服务队
    form = start if team else _company_form_start(text, start, kind)
    if close < 0 or text[close] != _CLOSE or form is None:
        return begin
    if form == begin and not (team or words("registered_forms").starting(text, form)):
        return begin  # “我为职工办实事”|公司工会: a campaign before the company's short form
    opening = text.rfind(_OPEN, max(0, close - _MOST_BRAND - 1), close)
    brand = text[opening + 1 : close] if opening >= 0 else ""
    if not 2 <= len(brand) <= _MOST_BRAND or not all(is_cjk(c) or c.isalnum() for c in brand):
        return begin
    return opening


def _company_form_start(text: str, start: int, kind: OrgType) -> int | None:
    """Where the company's form (公司, 有限公司) of a name of ``kind`` starts: its suffix, or
    the company's before a union's (某某公司|工会); None when it is no company's."""
    if kind == OrgType.company:
        return start
    owner = suffix_of(text, start) if kind in UNION_TYPES else None
    if owner is None or suffix_types()[owner] != OrgType.company:
        return None
    return start - len(owner)


def is_quoted_brand(cut: str) -> bool:
    """Whether ``cut`` is a quoted brand alone (“海兰江”, “长江”号), which the model, reading
    the quotes as no part of a name, would cut off the name it opens."""
    core = cut[:-1] if cut.endswith("号") else cut
    return (
        len(core) >= 4
        and core[0] == _OPEN
        and core[-1] == _CLOSE
        and len(core) - 2 <= _MOST_BRAND
        and all(is_cjk(c) or c.isalnum() for c in core[1:-1])
    )

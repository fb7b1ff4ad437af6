"""The card a WeChat post prints over a text it reposts from another account
(``以下文章来源于某某工会，作者某某``) is the platform's furniture: no kicker of the
headline under it, and the article keeps its headline and text. Invented post in the
shape of a district union account's repost."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

_POST = [
    "以下文章来源于江夏工会，作者江夏工会宣传部",
    "江夏区总工会开展“户外劳动者服务月”活动",
    "6月1日，江夏区总工会在纸坊广场启动“户外劳动者服务月”活动，为快递员、外卖送餐员送去清凉用品。",
    "区总工会副主席柴婉清介绍，服务月期间，全区48个服务站将延长开放时间。",
]


def _roles(lines: list[str]) -> list[tuple[str, int | None, str]]:
    parsed = parse_page(page_from_bytes("post.txt", "\n".join(lines).encode()))
    return [(p.role, p.article, p.text) for p in parsed.paragraphs]


def test_a_repost_card_over_a_post_is_furniture_not_a_kicker() -> None:
    roles = _roles(_POST)
    assert roles[0][0] == "furniture" and roles[0][1] is None
    assert roles[1][:2] == ("headline", 0)
    assert [r[0] for r in roles[2:]] == ["body", "body"]


def test_a_sentence_of_the_text_naming_a_source_stays_text() -> None:
    sentence = "以下文章来源于区总工会的调研报告，报告显示全区已建成服务站48个。"
    roles = _roles([*_POST[1:3], sentence])
    assert roles[-1][0] == "body"

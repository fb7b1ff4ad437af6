"""A volunteer team a union names by a quoted word of its own (“暖心人”志愿服务队) is one
body, its name opening at the quote; a team named by its members' trade (律师志愿服务队),
a counted kind (20支职工志愿服务队) or a quoted slogan of several phrases is none."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_quoted_word_before_volunteer_team_names_the_team() -> None:
    text = "镇工会主席带领“暖心人”志愿服务队走进工地开展义诊。"
    assert "“暖心人”志愿服务队" in _names(text)


def test_volunteer_team_named_by_a_trade_or_a_slogan_is_no_body() -> None:
    assert not any("服务队" in n for n in _names("副主席带领律师志愿服务队到村里。"))
    assert not any("服务队" in n for n in _names("全区组建20支职工志愿服务队。"))
    assert not any("服务队" in n for n in _names("组织“学技术、送服务”志愿服务队上街。"))

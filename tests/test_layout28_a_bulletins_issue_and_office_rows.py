"""A union bulletin (简讯, 简报) may print its issue alone in brackets under its name
(``（第12期）``) and its issuing office with the day on one row, no verb of editing
(``东湖区总工会办公室　　　　2024年5月20日``). Both are the masthead's, furniture: the
issue is no kicker and the office no headline over the numbered items, which stay one
article each (layout26). A list page's title before its date is still cut from the date,
and a body's name alone over a headline is still its kicker. Invented text in the shape
read in sessions 37 and 38 (county and district unions' bulletins)."""

from __future__ import annotations

import pytest

from tests.conftest import block_roles, layout_articles

ITEMS = (
    "1、5月15日，东湖区总工会召开十届三次全委会议，选举产生区总工会副主席。\n"
    "2、5月16日，区总工会在区职工服务中心举办基层工会经费审查培训班，86名基层工会干部参加。\n"
    "3、5月18日，东湖区第三届职工篮球赛在区体育馆开幕，24支代表队参赛。\n"
)
FOOT = "报：区委、区政府\n送：区人大、区政协\n"


@pytest.mark.parametrize("issue", ["（第12期）", "第12期", "(2024年第12期)"])
@pytest.mark.parametrize("gap", ["\u3000\u3000\u3000\u3000", "        "])
def test_the_masthead_rows_head_no_item(issue: str, gap: str) -> None:
    masthead = f"东湖区工会简讯\n{issue}\n东湖区总工会办公室{gap}2024年5月20日\n"
    page = masthead + ITEMS + FOOT
    articles = layout_articles(page)
    assert len(articles) == 3
    assert not [text for a in articles for role, text in a if role in ("headline", "kicker")]
    roles = block_roles(page)
    assert roles[issue] == "furniture"


def test_the_office_row_is_furniture_whole() -> None:
    from gonghui_build.layout.furniture import furniture_kind, is_issuing_office
    from gonghui_build.layout.title_meta import title_date_start

    row = "东湖区总工会办公室\u3000\u3000\u3000\u30002024年5月20日"
    assert title_date_start(row) is None
    assert furniture_kind(row)
    assert is_issuing_office("东湖区总工会宣传部")
    assert not furniture_kind("东湖区总工会办公室")


def test_a_list_pages_title_is_still_cut_from_its_date() -> None:
    from gonghui_build.layout.title_meta import title_date_start

    row = "东湖区总工会举办职工篮球赛  2024-05-18"
    assert title_date_start(row) == row.index("2024")

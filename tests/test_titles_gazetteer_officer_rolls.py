"""A gazetteer's roll of a union's officers over its terms (历届县总工会主要负责人名录,
then rows of post, name and years): a post a row prints of no body is held at the
union the roll is of, the one the heading names or, a heading read as no text, the one
named last before it (invented county, names and dates)."""

from __future__ import annotations

from tests.conftest import first_article_positions

_PAGE = (
    "石湾县志\n第一章 工会\n第一节 组织沿革\n"
    "1950年5月，石湾县工会筹备委员会成立，韦海川任主任。1956年改称石湾县总工会，"
    "柏立秋任主席。至1987年底，全县有基层工会八十个。\n"
    "历届县总工会主要负责人名录\n"
    "职 务   姓 名   任职时间\n"
    "主 任   韦海川   1950.5—1956.4\n"
    "主 席   柏立秋   1956.4—1966.6\n"
    "主 席   林月明   1980.3—\n"
    "第二节 主要活动\n"
    "职工教育 1984年，县总工会举办职工文化补习班十期。\n"
)


def test_a_post_of_no_body_in_a_roll_of_officers_is_held_at_the_rolls_union():
    assert ("林月明", "主席", "石湾县总工会") in first_article_positions(_PAGE)


def test_a_roll_headed_as_the_changes_of_its_leaders_is_a_roll_too():
    page = _PAGE.replace("历届县总工会主要负责人名录", "主要领导人变更情况")
    assert ("林月明", "主席", "石湾县总工会") in first_article_positions(page)

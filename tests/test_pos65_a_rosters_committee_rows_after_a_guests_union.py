"""An election roster's committee rows (经费审查委员会主任：某某, 女职工委员会主任：某某)
printed with no union, in a report whose last union named before was a guest's (某省
教育工会副主席出席): the committees are those of the article's own union, whose bare 工会
rows the roster opens with. Invented bodies and names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_REPORT = (
    "12月4日，青禾工程学院第五届教职工代表大会召开。吉林省教育工会副主席晏秋红出席。"
    "开幕式由党委副书记、校工会主席苑丽娟主持。选举结果如下：\n"
    "工会主席：苑丽娟\n"
    "工会副主席：詹晓悦（兼）\n"
    "经费审查委员会主任：巩立新\n"
    "女职工委员会主任：詹晓悦\n"
    "会议期间，代表们进行讨论。"
)


def test_the_committee_rows_are_the_own_unions() -> None:
    positions = first_article_positions(news_page(_REPORT))
    assert ("巩立新", "经费审查委员会主任", "青禾工程学院工会") in positions
    assert ("詹晓悦", "主任", "青禾工程学院工会女职工委员会") in positions


def test_the_guest_keeps_the_guests_union() -> None:
    positions = first_article_positions(news_page(_REPORT))
    assert ("晏秋红", "副主席", "吉林省教育工会") in positions

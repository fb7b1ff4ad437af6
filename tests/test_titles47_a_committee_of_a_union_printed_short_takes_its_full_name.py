"""A committee of a union printed short (a roster's 女职工委员会主任 under 区总工会) is
the committee of the union's full name when the article prints that union in full
(某市某区总工会 in its first sentence): the union's short form is read as its full
name, and so is its committee's. A committee of a union the article names only short
keeps the name read. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_REPORT = (
    "9月6日，南岭市青溪区总工会第三次代表大会召开。\n"
    "会议选举产生了区总工会新一届领导班子：\n"
    "主席：孟宪章\n"
    "副主席：韩素芬\n"
    "女职工委员会主任：韩素芬\n"
)


def test_a_rosters_committee_under_a_short_union_takes_the_full_name():
    found = first_article_positions(news_page(_REPORT))
    assert ("韩素芬", "主任", "南岭市青溪区总工会女职工委员会") in found
    assert ("韩素芬", "副主席", "南岭市青溪区总工会") in found


def test_a_committee_of_a_union_named_only_short_keeps_its_name():
    found = first_article_positions(
        news_page("9月6日，青溪区总工会召开全委会。区总工会女职工委员会主任韩素芬出席会议。")
    )
    assert ("韩素芬", "主任", "青溪区总工会女职工委员会") in found

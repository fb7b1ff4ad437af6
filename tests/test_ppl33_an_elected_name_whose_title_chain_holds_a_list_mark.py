"""An election's 为 states a post for a name whose own title chain, printed before it,
parts its titles with 、 (补选|区总工会党组成员、办公室主任甲为区总工会副主席): the 、
after a title is the chain's, not a list's between two names, so the name keeps the post
the election gives it as well as its chain's. Text and people are invented."""

from __future__ import annotations

from tests.conftest import page_posts as posts


def test_a_chain_of_two_titles_before_the_elected_name_keeps_the_elected_post():
    found = posts("全委会补选区总工会党组成员、组织部部长欧阳明辉为区总工会第八届委员会副主席。")
    assert ("欧阳明辉", "副主席", "区总工会") in found
    assert ("欧阳明辉", "党组成员", "区总工会") in found


def test_two_names_each_after_its_title_are_still_two_items():
    found = posts("会议增补县总工会办公室主任苗春雨、县总工会财务部部长黎晓东为县总工会常委。")
    assert ("苗春雨", "常委", "县总工会") in found
    assert ("黎晓东", "常委", "县总工会") in found

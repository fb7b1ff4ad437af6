"""The railway sections beside the eight of the operating ones (动车段 EMU depot, 综合段
a mixed section, 运输段 a builder's transport section, 生活段 the services section, 房产段
housing, 建筑段 building) are sections as 机务段 is: a body, and the one 段工会 and 段党委
read back to. Near misses: the words in ordinary sentences (综合段落, 运输段时间表) name no
body. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_services_sections_union_post():
    text = news_page("洛阳生活段开展送温暖活动。段工会主席刘振海带队。")
    assert ("刘振海", "主席", "洛阳生活段工会") in first_article_positions(text)


def test_an_emu_depots_committee_holds_its_secretary():
    text = news_page("北京动车段开展技能比武。段党委书记刘振海出席。")
    assert ("刘振海", "党委书记", "北京动车段") in first_article_positions(text)


def test_a_mixed_section_is_a_body():
    assert "北区综合段" in first_article_resolved("北区综合段开展送温暖活动。职工们很满意。")


def test_ordinary_words_name_no_section():
    found = first_article_resolved("他在工地综合段落实安全措施，又到运输段时间表上签字。")
    assert not any(name.endswith("段") for name in found)

"""The regiments (团) of the Xinjiang Production and Construction Corps and their
companies (连) print alone as bodies: before a post (一〇二团党委书记), as a person's unit
(十一团十三连职工), as a place visited (在一〇一团举办). No suffix ends them, so no name
was found; and 〇, outside the characters jieba reads as Chinese, was tagged a symbol, so
一〇三团工会 was lost too. Seen on real pages of the Corps' union news and its monthly
(s39, orgs21). Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.corps_units import corps_units, is_corps_unit
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_orgs


def test_a_regiment_numbered_with_a_circle_zero_opens_its_union():
    assert "一〇三团工会" in first_article_orgs("一〇三团工会组织职工开展棉花采收劳动竞赛。")


def test_the_circle_zero_is_read_as_a_numeral():
    assert [t.tag for t in tag_tokens("一〇三团")][:2] == ["m", "m"]


def test_a_regiment_numbered_digit_by_digit_is_a_body_alone():
    found = first_article_orgs("六师五家渠市总工会在一〇一团举办职工运动会。")
    assert {"一〇一团", "六师五家渠市总工会"} <= found


def test_a_regiment_after_its_division_is_a_body_before_a_post():
    assert "一师十团" in first_article_orgs("一师十团党委书记王立新带领职工清理渠道。")


def test_a_regiments_company_is_a_body():
    assert "十一团十三连" in first_article_orgs("十一团十三连职工王海英种植红枣。")
    assert "九团十二连" in first_article_orgs("九团十二连党支部书记陈艳军带领职工。")


def test_a_regiment_before_its_work_area_ends_at_the_regiment():
    assert "三师四十八团" in first_article_orgs("三师四十八团五作业区第一书记黎维健说。")


def test_idioms_and_counts_of_one_numeral_are_no_regiment():
    for text in ("大家乱成一团，一团和气。", "比赛中该队取得三连胜。", "全市18家集团工会参加。"):
        assert corps_units(text) == [], text


def test_a_bare_regiment_of_one_or_two_numerals_is_no_body():
    assert corps_units("十团组织职工开展竞赛。") == []
    assert not is_corps_unit("一团")


def test_a_longer_number_is_not_cut_into_a_regiment():
    assert corps_units("二十一团结对帮扶。") == []


def test_regiments_listed_by_their_numbers_alone_are_bodies():
    found = first_article_orgs(
        "5月27日，一师阿拉尔市总工会宣讲团赴八团、十一团、十三团开展巡回宣讲。"
    )
    assert {"八团", "十一团", "十三团"} <= found


def test_a_mass_listed_is_no_regiment():
    assert corps_units("大家乱成一团、一团和气。") == []
    assert corps_units("一团、二团两个代表团参加比赛。") == []

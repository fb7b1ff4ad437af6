"""A deputy to the national people's congress printed first in a chain (全国人大代表、某公司
某某; jieba reads 全国|人大代表) holds 代表 at 全国人大, as a province's deputy holds it at
省人大 and 全国政协委员 at 全国政协: the generic word 全国 opens the national bodies'
names (``org_suffixes.yaml`` national_bodies). Invented names and companies."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_national_deputy_holds_the_post_at_the_national_congress():
    found = first_article_positions(news_page("全国人大代表、南岭重工公司车间主任苗建华作了发言。"))
    assert ("苗建华", "代表", "全国人大") in found
    assert ("苗建华", "车间主任", "南岭重工公司") in found


def test_a_national_deputy_alone_before_the_name():
    found = first_article_positions(news_page("全国人大代表苗建华在座谈会上发言。"))
    assert ("苗建华", "代表", "全国人大") in found


def test_the_national_congress_is_an_organisation_of_the_article():
    assert "全国人大" in first_article_orgs("全国人大代表苗建华在座谈会上发言。")


def test_a_provinces_deputy_keeps_the_provinces_congress():
    found = first_article_positions(news_page("省人大代表、金河煤矿机电科科长罗大勇介绍了经验。"))
    assert ("罗大勇", "代表", "省人大") in found
    assert ("罗大勇", "科长", "金河煤矿机电科") in found


def test_the_standing_committees_chair_is_unchanged():
    found = first_article_positions(news_page("全国人大常委会副委员长王明远出席。"))
    assert ("王明远", "副委员长", "全国人大常委会") in found


def test_the_whole_countrys_unions_name_no_body():
    orgs = first_article_orgs("全国各级工会组织要发挥作用，市总工会主席王明远说。")
    assert not any(o.startswith("全国") for o in orgs)


def test_a_workers_delegate_is_no_post():
    found = first_article_positions(
        news_page("会上，职工代表韦丽红讲述了自己的故事，市总工会主席王明远讲话。")
    )
    assert not any(name == "韦丽红" for name, _, _ in found)

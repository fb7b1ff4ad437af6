"""A word of the term a union's post is held in (新一届, 本届, 首届, or its ordinal 第三届)
printed before the union's post says when the post is held, as 新任 and 上届 do: it is
no part of the title nor of the body's name, and the posts the chain names before it
stay in the chain (某厂党委副书记、新一届工会主席某某). The union's standing body printed
after a body the chain named (某馆副馆长、第二届工会委员会主席) is that body's union, as
工会主席 there is; printed right after the body's name and the term (某厂第三届工会委员会
主席) too. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_new_terms_union_chair_after_a_party_post():
    body = "湖州丝绸厂党委副书记、新一届工会主席林浩然主持会议。"
    assert _posts(body, "林浩然") == {("党委副书记", "湖州丝绸厂"), ("主席", "湖州丝绸厂工会")}


def test_a_terms_ordinal_after_a_party_post():
    body = "湖州丝绸厂党委副书记、第三届工会主席林浩然主持会议。"
    assert _posts(body, "林浩然") == {("党委副书记", "湖州丝绸厂"), ("主席", "湖州丝绸厂工会")}


def test_a_terms_ordinal_between_the_body_and_the_title_is_no_part_of_the_title():
    assert _posts("湖州丝绸厂第三届工会主席林浩然主持会议。", "林浩然") == {
        ("主席", "湖州丝绸厂工会")
    }
    assert _posts("湖州丝绸厂新一届工会主席林浩然主持会议。", "林浩然") == {
        ("主席", "湖州丝绸厂工会")
    }


def test_the_standing_body_of_a_term_after_a_post_of_the_body():
    body = "湖州市档案馆副馆长、第二届工会委员会主席林浩然主持会议。"
    assert _posts(body, "林浩然") == {("副馆长", "湖州市档案馆"), ("主席", "湖州市档案馆工会")}


def test_the_standing_body_after_a_post_of_the_body():
    body = "湖州市档案馆副馆长、工会委员会主席林浩然主持会议。"
    assert _posts(body, "林浩然") == {("副馆长", "湖州市档案馆"), ("主席", "湖州市档案馆工会")}


def test_the_standing_body_of_a_term_after_the_bodys_name():
    body = "林浩然当选为湖州丝绸厂第三届工会委员会主席。"
    assert _posts(body, "林浩然") == {("主席", "湖州丝绸厂工会")}


def test_a_federations_committee_of_a_term_stays_the_federations():
    body = "湖州市总工会第十届委员会主席林浩然作工作报告。"
    assert _posts(body, "林浩然") == {("主席", "湖州市总工会")}


def test_the_previous_terms_chair_is_read_as_before():
    body = "湖州丝绸厂召开职代会。上一届工会主席林浩然作工作报告。"
    assert _posts(body, "林浩然") == {("主席", "湖州丝绸厂工会")}

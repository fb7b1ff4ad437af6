"""Titles printed with no body after the article names the body they are held at: an
enterprise's management and board posts in a bare chain (党委委员、副总经理、工会主席某某,
监事会主席某某, 党委书记、董事长某某) after a company, and the posts an institution's own
report prints after its short form 院 (院党委书记、院长某某) after a hospital or an
academy (invented names, bodies and events)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_vice_general_manager_in_a_bare_chain_is_held_at_the_group_named_before():
    held = first_article_positions(
        news_page(
            "近日，石湾路桥集团召开一届三次职工代表大会。会议由党委委员、副总经理、"
            "工会主席覃立新主持。"
        )
    )
    assert ("覃立新", "副总经理", "石湾路桥集团") in held
    assert ("覃立新", "党委委员", "石湾路桥集团") in held
    assert ("覃立新", "主席", "石湾路桥集团工会") in held


def test_a_bare_chair_of_the_board_of_supervisors_is_held_at_the_group_named_before():
    held = first_article_positions(
        news_page("日前，石湾交通投资集团组织全体监事参加专题培训。监事会主席庞立军出席并讲话。")
    )
    assert ("庞立军", "监事会主席", "石湾交通投资集团") in held


def test_a_party_post_beside_a_chair_of_the_board_is_held_at_the_company():
    held = first_article_positions(
        news_page(
            "石湾建工集团召开年度工作会议。党委书记、董事长蓝振东作报告，"
            "党委副书记、总经理邝玉梅主持会议。"
        )
    )
    assert ("蓝振东", "董事长", "石湾建工集团") in held
    assert ("蓝振东", "党委书记", "石湾建工集团") in held
    assert ("邝玉梅", "总经理", "石湾建工集团") in held
    assert ("邝玉梅", "党委副书记", "石湾建工集团") in held


def test_a_bare_party_post_alone_after_a_company_keeps_no_body():
    # no post only an enterprise has: the Party secretary may be the visitors'
    held = first_article_positions(
        news_page("石湾建工集团召开年度工作会议。党委书记蓝振东作报告。")
    )
    assert ("蓝振东", "党委书记", None) in held


def test_an_enterprise_post_after_a_union_federation_keeps_no_body():
    held = first_article_positions(news_page("石湾区总工会召开座谈会。监事会主席庞立军发言。"))
    assert ("庞立军", "监事会主席", None) in held


def test_posts_after_the_short_form_of_an_academy_are_held_at_the_academy():
    held = first_article_positions(
        news_page(
            "石湾市农业科学院召开第四届工会会员代表大会。院党委书记、院长鲁明远出席会议"
            "并讲话，院党委委员、副院长晏文静主持。"
        )
    )
    assert ("鲁明远", "党委书记", "石湾市农业科学院") in held
    assert ("鲁明远", "院长", "石湾市农业科学院") in held
    assert ("晏文静", "党委委员", "石湾市农业科学院") in held
    assert ("晏文静", "副院长", "石湾市农业科学院") in held


def test_posts_after_the_short_form_of_a_hospital_are_held_at_the_hospital():
    held = first_article_positions(
        news_page("石湾市第二人民医院召开职代会。院党委书记蒲建华、院长庞立军出席会议。")
    )
    assert ("蒲建华", "党委书记", "石湾市第二人民医院") in held
    assert ("庞立军", "院长", "石湾市第二人民医院") in held


def test_the_short_form_of_an_institute_after_another_kind_of_body_stays_unread():
    held = first_article_positions(
        news_page("石湾建工集团召开年度工作会议。院党委书记蒲建华出席会议。")
    )
    assert ("蒲建华", "党委书记", "石湾建工集团") not in held


def test_a_bare_town_head_after_the_town_is_held_at_the_town():
    held = first_article_positions(
        news_page(
            "8月2日，柳塘镇总工会开展夏季送清凉活动。镇党委书记卢国栋，镇长蒲建华，"
            "副镇长晏文静分组走访一线职工。"
        )
    )
    assert ("蒲建华", "镇长", "柳塘镇") in held
    assert ("晏文静", "副镇长", "柳塘镇") in held


def test_a_party_post_beside_a_bare_town_head_is_held_at_the_town():
    held = first_article_positions(
        news_page(
            "近日，柳塘镇开展五一慰问活动。柳塘镇党委书记卢国栋，党委副书记、镇长蒲建华"
            "先后前往企业慰问。"
        )
    )
    assert ("蒲建华", "镇长", "柳塘镇") in held
    assert ("蒲建华", "党委副书记", "柳塘镇") in held


def test_a_bare_town_head_when_no_town_is_named_keeps_no_body():
    held = first_article_positions(
        news_page("近日，柳塘区举行工会干部培训班。区委副书记、区长蒲建华出席。副镇长晏文静讲话。")
    )
    assert ("晏文静", "副镇长", None) in held
    assert ("蒲建华", "区长", None) in held

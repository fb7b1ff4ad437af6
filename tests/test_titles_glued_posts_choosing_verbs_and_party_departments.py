"""Two posts printed with no 、 between them after an inner body's title
(党组书记常务副主席, 党组成员副主席) are two posts at the body before them, and a name
printed right after an election's verb and before 当选 (推选出某某同志当选为…主席) holds
the post 当选 states, and a Party committee's department between two posts of a chain
(县委常委、宣传部部长、县总工会主席某某) is no person (invented names, bodies and events)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_party_group_secretary_run_into_the_executive_vice_chair_is_two_posts():
    held = first_article_positions(
        news_page("4月8日，青禾县总工会党组书记常务副主席俞春江带队到开发区调研。")
    )
    assert ("俞春江", "党组书记", "青禾县总工会") in held
    assert ("俞春江", "常务副主席", "青禾县总工会") in held
    assert not any(title == "党组书记常务副主席" for _, title, _ in held)


def test_party_group_member_run_into_the_vice_chair_is_two_posts():
    held = first_article_positions(
        news_page("青禾市总工会党组成员副主席葛文娟出席活动并为获奖职工颁奖。")
    )
    assert ("葛文娟", "党组成员", "青禾市总工会") in held
    assert ("葛文娟", "副主席", "青禾市总工会") in held


def test_an_inner_bodys_own_title_stays_one_post():
    # 女工委主任 is one title (the inner body and its head), no two posts
    held = first_article_positions(
        news_page("青禾纺织厂工会女工委主任葛文娟组织女职工参加健康讲座。")
    )
    assert ("葛文娟", "女工委主任", "青禾纺织厂工会") in held


def test_a_name_chosen_and_then_elected_holds_the_post():
    held = first_article_positions(
        news_page("青禾机械公司召开会员大会，全体会员推选出俞春江同志当选为青禾机械公司工会主席。")
    )
    assert ("俞春江", "主席", "青禾机械公司工会") in held


def test_a_verb_that_is_no_election_opens_no_name_before_dangxuan():
    # 表示 before a name is no election: the name is not read from before 当选
    held = first_article_positions(
        news_page("青禾机械公司召开会员大会。会后大家表示俞春江当选为工会主席众望所归。")
    )
    assert ("俞春江", "主席", "青禾机械公司工会") not in held


def test_a_party_department_between_two_posts_of_a_chain_is_no_person():
    page = news_page("县委常委、宣传部部长、县总工会主席俞春江出席会议并讲话。")
    held = first_article_positions(page)
    assert ("俞春江", "部长", "县委宣传部") in held
    assert not any(name == "宣传部" for name, _, _ in held)


def test_a_name_jieba_reads_whole_before_a_head_s_title_is_still_read():
    # a person whose surname opens like a department's word is still a person
    held = first_article_positions(news_page("座谈会上，宣立群部长对做好下一步工作提出三点要求。"))
    assert any(name == "宣立群" for name, _, _ in held)

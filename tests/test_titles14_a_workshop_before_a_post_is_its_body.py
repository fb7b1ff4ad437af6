"""A plant's workshop printed between the plant's name and a team leader's or a
worker's post (某厂焊接车间班长某某, 某公司后纺车间保全工某某) is the section the post is
held at, as a team or an office is (tests/fixtures/ANNOTATION.md: sections before a
post); the workshop's head (某厂细纱车间主任) stays one post held at the plant, and
车间主任 with no body before it one post of no organisation. Invented plants and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_team_leader_in_a_workshop_is_held_at_the_workshop():
    text = news_page("青禾锅炉厂压力容器车间班长邝德胜介绍了经验。")
    assert ("邝德胜", "班长", "青禾锅炉厂压力容器车间") in first_article_positions(text)


def test_an_occupation_in_a_workshop_is_held_at_the_workshop():
    text = news_page(
        "省总工会公示了奖章人选，青禾纺织有限公司后纺车间保全工邓立春、"
        "柳河机械有限公司细纱车间主任祁文斌等7人入选。"
    )
    positions = first_article_positions(text)
    assert ("邓立春", "保全工", "青禾纺织有限公司后纺车间") in positions
    assert ("祁文斌", "细纱车间主任", "柳河机械有限公司") in positions


def test_a_workshops_head_stays_one_post_at_the_plant():
    text = news_page("柳河重齿机械有限公司机加车间副主任柏海军等13名职工获得奖章。")
    assert ("柏海军", "机加车间副主任", "柳河重齿机械有限公司") in first_article_positions(text)


def test_a_bare_workshop_head_keeps_the_post_and_no_body():
    text = news_page("车间主任邝德胜介绍了经验。")
    assert ("邝德胜", "车间主任", None) in first_article_positions(text)

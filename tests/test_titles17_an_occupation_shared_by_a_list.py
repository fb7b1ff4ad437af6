"""Names listed with 、 after an occupation printed before the list's first name
(快递员甲、乙参加…) all hold that occupation, as a title chain printed before a list is
shared by its names; a name the list titles itself keeps its own post. Invented people
and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_each_courier_listed_after_the_occupation_holds_it():
    positions = first_article_positions(news_page("快递员韦小平、吴大成参加了慰问活动。"))
    assert ("韦小平", "快递员", None) in positions
    assert ("吴大成", "快递员", None) in positions


def test_a_list_of_three_riders_shares_the_occupation():
    positions = first_article_positions(
        news_page("外卖骑手苟志强、高明宇、张晓琪参加了职工座谈会。")
    )
    assert {("高明宇", "外卖骑手", None), ("张晓琪", "外卖骑手", None)} <= positions


def test_a_listed_name_with_its_own_post_keeps_it():
    positions = first_article_positions(
        news_page("蓝天物业公司保洁员陶桂芳、保安员詹建国参加表彰会。")
    )
    assert ("詹建国", "保洁员", "蓝天物业公司") not in positions
    assert any(name == "詹建国" and title == "保安员" for name, title, _ in positions)

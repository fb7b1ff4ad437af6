"""A title printed right after a full name addresses the person (会议由某某主席主持): a
vice-chair whose chain the article printed is addressed as 主席 and holds no further
主席; a name addressed so and given no other post keeps the address as the post
(invented names and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_vice_chair_addressed_as_chair_holds_only_the_chains_posts():
    found = first_article_positions(
        news_page(
            "3月2日，石湾市职工迎春座谈会举行，石湾市总工会党组书记、副主席韦海川出席会议，"
            "座谈会由韦海川主席主持。"
        )
    )
    held = {(title, org) for name, title, org in found if name == "韦海川"}
    assert held == {("党组书记", "石湾市总工会"), ("副主席", "石湾市总工会")}


def test_a_party_groups_secretary_addressed_as_secretary_holds_no_further_post():
    found = first_article_positions(
        news_page(
            "石湾市总工会党组书记、常务副主席丁晓梅带队走访企业。丁晓梅书记指出，要把服务做实。"
        )
    )
    held = {(title, org) for name, title, org in found if name == "丁晓梅"}
    assert held == {("党组书记", "石湾市总工会"), ("常务副主席", "石湾市总工会")}


def test_an_address_is_the_post_of_a_person_given_no_other():
    # the near miss: 吴立新书记 is the only post the article gives 吴立新
    found = first_article_positions(
        news_page("青禾区总工会召开全委会议。吴立新书记出席会议并讲话，要求各级工会做好服务。")
    )
    assert ("吴立新", "书记", None) in found

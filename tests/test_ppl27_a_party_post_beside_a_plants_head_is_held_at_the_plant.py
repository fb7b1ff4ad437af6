"""厂长兼党委副书记某某: a post of the Party committee printed of no body in one chain with
a plant's head the article's plant was given to is held at that plant too, as an
enterprise's 党委书记 is held at the enterprise. Invented plant and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_deputy_party_secretary_beside_the_director_is_the_plants():
    body = (
        "青禾东郊灯芯绒厂工会在全厂开展劳动竞赛。六月八日，厂工会召开总结表彰会，"
        "织布车间乙班等八个班组获“安全班组”称号。厂长兼党委副书记龚立新到会讲话。"
    )
    posts = first_article_positions(news_page(body))
    assert ("龚立新", "厂长", "青禾东郊灯芯绒厂") in posts
    assert ("龚立新", "党委副书记", "青禾东郊灯芯绒厂") in posts

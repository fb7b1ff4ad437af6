"""A weak title (董事, 委员: ``titles.yaml`` weak) printed as the last post of a chain
after a post that is no weak title (党委副书记、董事某某) is a post, as titles in a chain
count: the name holds the whole chain, and a list of an enterprise's officers reads on
past it (某集团党委书记、董事长甲，党委副书记、董事乙，党委委员、纪委书记丙). Alone, a
weak title of no body stays a description. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts

_OFFICERS = (
    "南湖城建集团党委书记、董事长胡承安，党委副书记、董事朱俊明，党委委员、纪委书记夏立斌出席大会。"
)


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_deputy_secretary_and_director_holds_both_posts():
    assert _posts_of("朱俊明", _OFFICERS) == {
        ("党委副书记", "南湖城建集团"),
        ("董事", "南湖城建集团"),
    }


def test_the_officer_after_the_director_keeps_the_groups_body():
    assert _posts_of("夏立斌", _OFFICERS) == {
        ("党委委员", "南湖城建集团"),
        ("纪委书记", "南湖城建集团"),
    }


def test_a_weak_title_alone_is_still_no_post():
    article = page_facts(news_page("座谈会上，劳模代表郜秀英发言。")).articles[0]
    assert not [p for p in article.positions if p.name == "郜秀英"]

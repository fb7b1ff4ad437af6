"""A name printed after its title, then a verb of holding a further post (兼任, 担任, 出任,
after 同时 too: ``people.yaml`` concurrent_post_verbs), holds the post after the verb as
well, as a titled name does after 当选 (:mod:`.concurrent_posts`). Bare 任 and a
delegation's head (由甲担任团长的某团) are left as they were. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "近日，江城重工集团召开三届五次职代会。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_deputy_party_secretary_holding_the_union_chair_too():
    body = _OPENING + "集团党委副书记王建国兼任集团工会主席。"
    assert _posts(body, "王建国") == {
        ("党委副书记", "江城重工集团"),
        ("主席", "江城重工集团工会"),
    }


def test_a_chain_then_tongshi_danren():
    body = _OPENING + "集团党委书记、董事长林海同时担任集团工会名誉主席。"
    assert _posts(body, "林海") == {
        ("党委书记", "江城重工集团"),
        ("董事长", "江城重工集团"),
        ("名誉主席", "江城重工集团工会"),
    }


def test_dangxuan_after_a_title_is_unchanged():
    body = _OPENING + "集团党委副书记王建国当选为集团工会主席。"
    assert _posts(body, "王建国") == {
        ("党委副书记", "江城重工集团"),
        ("主席", "江城重工集团工会"),
    }


def test_a_delegations_head_named_after_you_by_takes_no_post_of_the_union():
    body = "近日，省总工会组团赴外省考察。由省总工会副主席王建国担任团长的考察团一行8人出发。"
    assert ("团长", "省总工会") not in _posts(body, "王建国")
    assert ("副主席", "省总工会") in _posts(body, "王建国")

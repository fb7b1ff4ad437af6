"""A report of an election names the body once, in its first clause: a later clause's
post of no body (，乙当选副主席; ，乙、丙为工会委员) is held at the union the clause before
it named, not at a guest's union named earlier in the paragraph, nor left unstated
(invented names and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_COMPANY_UNION = "青禾电子有限公司工会"


def _congress(clauses: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(
        news_page(f"3月5日，青禾电子有限公司召开第二次工会会员代表大会。{clauses}")
    )


def test_a_later_elected_post_of_no_body_is_held_at_the_union_named_before():
    found = _congress("王立新当选为公司工会主席，赵春梅当选为副主席。")
    assert ("王立新", "主席", _COMPANY_UNION) in found
    assert ("赵春梅", "副主席", _COMPANY_UNION) in found
    found = _congress("王立新同志当选新一届工会委员会主席，赵春梅同志当选副主席。")
    assert ("赵春梅", "副主席", _COMPANY_UNION) in found


def test_items_with_their_own_wei_after_an_elected_clause_share_its_union():
    found = _congress("王立新当选为公司工会主席，赵春梅、孙国强为工会委员。")
    assert ("赵春梅", "委员", _COMPANY_UNION) in found
    assert ("孙国强", "委员", _COMPANY_UNION) in found


def test_a_guests_union_named_earlier_does_not_hold_the_later_post():
    found = first_article_positions(
        news_page(
            "3月12日，青州理工大学第三次工会会员代表大会召开，省教育工会副主席刘明远到会"
            "祝贺。王立新当选为校工会主席，赵春梅当选副主席。"
        )
    )
    assert ("赵春梅", "副主席", "青州理工大学工会") in found
    assert not any(name == "赵春梅" and "教育工会" in (org or "") for name, _, org in found)


def test_what_follows_an_elected_clause_without_a_post_states_none():
    for clauses in (
        "王立新当选为公司工会主席，孙国强为大会致辞。",
        "王立新当选为公司工会主席，会议由孙国强主持。",
    ):
        found = _congress(clauses)
        assert ("王立新", "主席", _COMPANY_UNION) in found, clauses
        assert not any(name == "孙国强" for name, _, _ in found), clauses

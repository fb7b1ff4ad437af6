"""A post printed with the bare word 工会 paragraphs after the article gave a post at the
reporting body's own union, with no body named near it (an election's result, an
officer roster's lines), is held at that union (invented people and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_an_election_of_bare_union_posts_is_the_groups_own_union() -> None:
    body = (
        "5月8日，青禾文旅集团第三届职工代表大会在集团所属湖畔度假酒店召开。\n"
        "会议由集团党委副书记、工会主席郑和平主持。\n"
        "大会选举产生集团第三届工会委员会。郑和平当选为工会主席，张立伟当选为工会副主席。"
    )
    assert ("张立伟", "副主席", "青禾文旅集团工会") in _positions(body)


def test_a_rosters_bare_union_line_is_the_colleges_own_union() -> None:
    body = (
        "6月2日，北岭工程学院第三届教职工代表大会召开。某省教育工会副主席钱立出席会议。\n"
        "开幕式由党委副书记、校工会主席孙梅主持。\n"
        "选举结果如下：\n"
        "工会主席：孙梅\n"
        "工会常务副主席：吴立军"
    )
    assert ("吴立军", "常务副主席", "北岭工程学院工会") in _positions(body)


def test_with_no_own_union_before_it_the_bare_union_stays_bare() -> None:
    body = (
        "5月8日，大会选举产生集团第三届工会委员会。郑和平当选为工会主席，张立伟当选为工会副主席。"
    )
    found = {(n, t) for n, t, _ in _positions(body)}
    assert ("张立伟", "副主席") in found
    assert not any(o and o.endswith("集团工会") for _, _, o in _positions(body))

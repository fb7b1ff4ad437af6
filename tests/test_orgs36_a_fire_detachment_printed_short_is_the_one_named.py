"""A fire and rescue detachment or brigade printed in full, then by its own people as
支队 or 大队 alone before its union or a department (支队工会, 支队政治处, 大队工会), is
the detachment or brigade the article named, as 集团工会 is the named group's; its
political department (政治处) printed bare in a chain leaves the union after it the
detachment's. Invented names and sentences."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _read(body: str) -> set[tuple[str, str | None]]:
    """(as written, full name) of each organisation the item of ``body`` names."""
    orgs = page_facts(news_page(body)).articles[0].orgs
    return {(o.written, o.resolved.name if o.resolved else None) for o in orgs}


def test_a_detachments_union_printed_short_is_the_named_detachments():
    read = _read("岳阳市消防救援支队君山区大队大队长罗振宇说，支队工会成立后，队员们有了自己的家。")
    assert ("支队工会", "岳阳市消防救援支队工会") in read


def test_a_brigades_union_printed_short_is_the_named_brigades():
    read = _read("1月16日，临湘市消防救援大队工会为全体队员发放慰问品。大队工会提前征求了意见。")
    assert ("大队工会", "临湘市消防救援大队工会") in read


def test_the_union_after_a_detachments_political_department_is_the_detachments():
    found = first_article_positions(
        news_page(
            "7月31日，岳阳市总工会副主席林大江到岳阳市消防救援支队调研，"
            "支队政治处主任、工会主席吕方正陪同。"
        )
    )
    assert ("吕方正", "主任", "岳阳市消防救援支队政治处") in found
    assert ("吕方正", "主席", "岳阳市消防救援支队工会") in found

"""An e-paper's byline under a headline whose two-character name is spaced out to the
width of a three-character one, a square before it and 报道 perhaps after it
(``□林 海 报道``), is the byline, not the headline with the real headline pushed up to
a kicker (issue 8). Three real pages print names so (an e-paper's byline, a site's
closing credit, a journal's authors; session 34). Invented page in the shape of a
district e-paper's photo story."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

TEXT = (
    "7月20日是二十四节气中的大暑。当天，新区公用事业集团的养护工人顶高温、冒酷暑，"
    "在滨海大道沿线清扫路面、修剪绿植，全力保障道路畅通。\n"
)


def _page(byline: str) -> str:
    return f"战高温 保畅通\n\n{byline}\n\n{TEXT}"


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("□林 海 报道", id="with_reported"),
        pytest.param("□陈 泳", id="alone_after_the_square"),
    ],
)
def test_spaced_two_character_name_is_the_byline(byline):
    (article,) = layout_articles(_page(byline))
    assert ("headline", "战高温 保畅通") in article
    assert ("byline", byline) in article


def test_two_words_after_the_square_that_are_no_name_stay_the_headline():
    (article,) = layout_articles(_page("□看 点"))
    assert ("byline", "□看 点") not in article


def test_an_epapers_article_content_label_over_the_title_is_no_kicker():
    (article,) = layout_articles("文章内容\n\n" + _page("□林 海 报道"))
    assert ("headline", "战高温 保畅通") in article
    assert all(role != "kicker" for role, _ in article)

"""孟津县 became 洛阳市孟津区 in 2021 (with 吉利区, whose bodies stay apart): a county
federation printed under the county's name, and its short form, take the district's
current name, the printed forms kept as aliases (``reference/renamings.yaml``; text and
people invented, the places real)."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = (
    "11月11日，孟津县总工会在县城一处工地举办专场演出。同日，县总工会主席李明远为农民工送去棉被。"
)


def test_the_county_federation_takes_the_districts_name():
    found = first_article_resolved(_BODY)
    assert "洛阳市孟津区总工会" in found
    assert "孟津县总工会" not in found


def test_the_chair_is_at_the_renamed_federation():
    assert ("李明远", "主席", "洛阳市孟津区总工会") in first_article_positions(news_page(_BODY))


def test_the_other_merged_districts_federation_keeps_its_name():
    assert "洛阳市吉利区总工会" in first_article_resolved(
        "5月8日，洛阳市吉利区总工会举办职工运动会。"
    )

"""A bare 公司 (or 该公司, 集团) before a post, after the article named only a unit of the
enterprise printed with it (…到江海电力有限公司东关供电所调研。公司党委书记…): the
enterprise that opens the unit's name is the body referred back to
(``article_context._enterprise_of_unit``), as a street's body names its street. Real
pages of a city federation's visits print the host so (s42, titles34). Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page

_VISIT = "9月5日，临江市总工会副主席高明远一行到江海电力有限公司东关供电所调研。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("after", "name", "expected"),
    [
        (
            "公司党委书记、总经理宋立新陪同调研。",
            "宋立新",
            {("党委书记", "江海电力有限公司"), ("总经理", "江海电力有限公司")},
        ),
        ("该公司工会主席李海燕陪同调研。", "李海燕", {("主席", "江海电力有限公司工会")}),
        ("公司工会主席李海燕陪同调研。", "李海燕", {("主席", "江海电力有限公司工会")}),
    ],
)
def test_a_bare_company_is_the_enterprise_its_unit_was_named_with(after, name, expected):
    assert _posts(_VISIT + after, name) == expected


def test_a_group_opening_its_stations_name():
    body = "近日，市总工会到临江燃气集团有限公司东关站慰问。集团工会主席郑晓东陪同。"
    assert _posts(body, "郑晓东") == {("主席", "临江燃气集团有限公司工会")}


def test_the_company_named_last_is_still_the_nearest():
    body = (
        "近日，市总工会到南岭化工有限公司调研，又到江海电力有限公司东关供电所调研。"
        "公司工会主席李海燕陪同调研。"
    )
    assert _posts(body, "李海燕") == {("主席", "江海电力有限公司工会")}


def test_a_unit_named_after_a_bare_kind_word_names_no_enterprise():
    body = "近日，市总工会到公司质检中心调研。公司工会主席李海燕陪同调研。"
    assert _posts(body, "李海燕") == {("主席", None)}


def test_a_station_of_no_company_gives_the_post_no_body():
    body = "近日，市总工会到东关供电所调研。公司工会主席李海燕陪同调研。"
    assert _posts(body, "李海燕") == {("主席", None)}

"""A company's short name of brand and trade printed right before an occupation and a
name holds the post (华湘电机焊工某某) for the trades of heavy machinery and
petrochemicals too (某某重机, 某某石化: reference/org_suffixes.yaml brand_trades): the
build read no body, and so no post, before a welder printed after 某某重机. Near misses:
the trade word as a common noun (石化行业) is no body. Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_welder_of_a_heavy_machinery_works_short_name():
    assert _posts("北湖重机焊工周大成说，工会很暖心。", "周大成") == {("焊工", "北湖重机")}


def test_a_welder_of_a_petrochemical_works_short_name():
    assert _posts("华湘石化焊工韩立说，工会很暖心。", "韩立") == {("焊工", "华湘石化")}


def test_the_trade_as_a_common_noun_names_no_body():
    body = "他在石化行业干了二十年，焊工周大成说，工会很暖心。"
    assert _posts(body, "周大成") == {("焊工", None)}

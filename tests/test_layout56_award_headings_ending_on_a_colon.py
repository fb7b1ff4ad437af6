"""An award list whose headings end on their colon (``一等奖：`` over the winners, one a
line, ``某某（某公司）``) is an award list in sections as headings without the colon
make one: each winner's line a body paragraph (never a photo caption), each heading a
heading (no body paragraph, though its colon made it read as text). Invented text in
the shape of a city union's WeChat post."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """\
某市第三届焊工职业技能竞赛落幕
某市工会 2024年10月28日 18:06 福建
10月26日，某市总工会主办的第三届焊工职业技能竞赛决赛举行，来自30家企业的60名焊工同台竞技。
经过激烈角逐，最终评出一等奖2名、二等奖3名。获奖名单如下——
一等奖：
郝明川（某重工有限公司）
简立群（某造船有限公司焊接车间）
二等奖：
晏秋生（某钢构有限公司）
管文涛（某机械厂）
钱晓雨（某锅炉有限公司）
据悉，一等奖获得者将按程序申报市五一劳动奖章。
"""


def _roles() -> dict[str, str]:
    (article,) = layout_articles(PAGE)
    return {text: role for role, text in article}


def test_each_winner_is_a_body_paragraph() -> None:
    roles = _roles()
    assert roles["郝明川（某重工有限公司）"] == "body"
    assert roles["钱晓雨（某锅炉有限公司）"] == "body"


def test_the_headings_with_their_colon_are_no_body() -> None:
    roles = _roles()
    assert roles["一等奖："] != "body"
    assert roles["二等奖："] != "body"

"""A WeChat post prints one title, then its header row naming the account before the
stamp (``某市工会 2024年10月28日 18:06 福建``); a short line under that row
(``针线之间比真功！``) is the post's own opening words, no subtitle of the title. A web
copy's deck under a title over a ``来源：`` field stays its subtitle. Invented text."""

from __future__ import annotations

from tests.conftest import layout_articles

TEXT = """\
10月26日，某市总工会主办的第三届缝纫工职业技能竞赛决赛举行，来自30家企业的60名缝纫工同台竞技。
本届竞赛分理论考试和实际操作两部分，由职业技术学校教师和企业技术骨干现场打分。
"""


def _roles(head: str) -> dict[str, str]:
    (article,) = layout_articles(head + TEXT)
    return {text: role for role, text in article}


def test_a_line_under_the_posts_header_row_is_no_subtitle() -> None:
    roles = _roles(
        "某市第三届缝纫工技能竞赛落幕 十二名选手获奖\n某市工会 2024年10月28日 18:06 福建\n针线之间比真功！\n"
    )
    assert roles["某市第三届缝纫工技能竞赛落幕 十二名选手获奖"] == "headline"
    assert roles["针线之间比真功！"] != "subtitle"

"""A list of links after a web copy's text that prints one link twice, read in session 14
round 3 (invented pages in the shape of a provincial portal's related links and a city
site's box of other days' headlines): the link printed twice stands in the list like the
others; with no text after it, neither copy heads anything, and the later copy is no
title printed after a headless item's text."""

from __future__ import annotations

from tests.conftest import layout_roles

BULLETED_LINKS = (
    "本月起，青禾市将集中开展职工欠薪专项法律援助行动，确保职工按时拿到工资。\n"
    "此次行动将在全市四十个法律援助工作站全面开展。（记者 柏云舟 通讯员 祁晓岚）\n"
    "·北岭县总工会组建八个职工维权站\n"
    "·东川区开展专项检查督查工资支付\n"
    "·南湖镇工会帮九十名职工讨回欠薪\n"
    "·南湖镇工会帮九十名职工讨回欠薪\n"
    "·西坪县确保职工工资按时足额发放\n"
)

DATED_LINKS = (
    "4月27日，青禾市庆祝五一国际劳动节大会举行，大会表彰了一批先进集体和个人。\n"
    "据了解，全市共有十四家单位获得五一劳动奖状，四十四名个人获得五一劳动奖章。\n"
    "要闻 22-01-20\n"
    "要闻 22-01-20\n"
    "要闻 22-01-18\n"
    "要闻 22-01-17\n"
)

TITLE_AFTER_TEXT = (
    "近日，青禾市总工会为一线职工送去清凉慰问品，慰问职工一千余人。\n"
    "据悉，此次慰问活动将持续到八月底。\n"
    "青禾市总工会开展夏送清凉活动\n"
)


def _articles(roles: dict[str, tuple[str, int | None]]) -> set[int]:
    return {article for _, article in roles.values() if article is not None}


def test_a_bulleted_link_printed_twice_after_the_text_is_no_headline():
    roles = layout_roles(BULLETED_LINKS)
    assert "headline" not in {role for role, _ in roles.values()}
    assert roles["·南湖镇工会帮九十名职工讨回欠薪"] == ("furniture", None)
    assert roles["·西坪县确保职工工资按时足额发放"] == ("furniture", None)
    assert _articles(roles) == {0}


def test_a_dated_link_printed_twice_after_the_text_is_no_headline():
    roles = layout_roles(DATED_LINKS)
    assert "headline" not in {role for role, _ in roles.values()}
    assert roles["要闻 22-01-18"] == ("furniture", None)
    # a title printed once after its text is still the headline of the text above it
    roles = layout_roles(TITLE_AFTER_TEXT)
    assert roles["青禾市总工会开展夏送清凉活动"] == ("headline", 0)

"""A front page's guide to items printed on other pages, set below an item (issue 8): a
pointer line (``▶详见第2版``) or a title closing on its page (``某区…（2版）``) is furniture,
no kicker of the next item on the page; a headline with no pointer keeps its place."""

from __future__ import annotations

from tests.conftest import layout_furniture, layout_heads

FIRST = (
    "第01版：要闻\n"
    "昌平区总工会启动春风行动\n"
    "本报讯（记者 韦一鸣）3月1日，昌平区总工会启动“春风行动”，为务工人员提供岗位1200个。\n"
)
NEXT = "延庆区总工会慰问护林员\n本报讯 3月1日，延庆区总工会走访八达岭林场，为护林员送去慰问品。\n"
POINTERS = (
    FIRST
    + "今日导读\n顺义区举办职工技能比武\n▶详见第2版\n门头沟区工会驿站上新\n▶详见第3版\n"
    + NEXT
)
TITLED = FIRST + "顺义区举办职工技能比武（2版）\n门头沟区工会驿站上新（3版）\n" + NEXT


def test_a_pointer_line_is_furniture_and_no_kicker():
    assert layout_heads(POINTERS)[-1] == [("headline", "延庆区总工会慰问护林员")]
    assert "▶详见第3版" in layout_furniture(POINTERS)


def test_a_title_closing_on_its_page_is_furniture():
    assert layout_heads(TITLED) == [
        [("headline", "昌平区总工会启动春风行动")],
        [("headline", "延庆区总工会慰问护林员")],
    ]
    assert "门头沟区工会驿站上新（3版）" in layout_furniture(TITLED)

"""A news list's bullet before each item's headline (``• 某集团工会召开…``).

An enterprise union's site and a group's news page list their items with a bullet before
each title, a date under it and the text after (session 31, layout9: real pages of an
enterprise group's news list and of union sites' 工作动态 columns). The bullet is the list's
mark, not the headline's text: the headline drops it as a repair (``markup_removed``),
its paragraph keeping the printed line. A mark framing a section's name on both sides
(``◆劳模开讲◆``) stays. The bullets are one definition (:data:`cues.BULLET_MARKS`): a
headline index's titles are compared without any bullet a digest item may open with.
Invented text throughout.
"""

from __future__ import annotations

from gonghui_build.layout.index import title_key
from gonghui_build.layout.repair import clean
from gonghui_build.layout.shapes import is_counter_row
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page

NEWS_LIST = (
    "集团要闻\n"
    "  • 东岭集团工会召开季度工作推进会\n"
    "    2024-05-12\n"
    "    为落实年度工作要点，5月12日上午，集团工会主席范志远主持召开季度工作推进会，"
    "各分公司工会主席参加会议。\n"
    "  • 东岭集团工会开展职工健步走活动\n"
    "    2024-05-08\n"
    "    5月8日，集团工会组织三百余名职工沿江开展健步走活动，副主席韩秋实参加活动。\n"
)


def _headlines(text: str) -> list[tuple[str, str | None]]:
    parsed = parse_page(page_from_bytes("list.txt", text.encode("utf-8")))
    return [(p.text, p.cleaned.original) for p in parsed.paragraphs if p.role == "headline"]


def test_a_news_lists_bullet_is_no_part_of_its_items_headline():
    heads = _headlines(NEWS_LIST)
    assert [text for text, _ in heads] == [
        "东岭集团工会召开季度工作推进会",
        "东岭集团工会开展职工健步走活动",
    ]


def test_the_bullet_stays_in_the_headlines_printed_line():
    (_, original), _ = _headlines(NEWS_LIST)
    assert original.lstrip().startswith("•")


def test_a_mark_framing_a_section_name_on_both_sides_stays():
    text = "◆劳模开讲◆"
    assert clean(text, [(0, len(text))], [], "headline").text == text


def test_a_bullet_before_running_text_is_left_to_the_digest_item():
    text = "▲近日，青川区总工会为辖区环卫工人送去防暑用品。"
    assert clean(text, [(0, len(text))], [], "body").text == text


def test_an_index_title_is_compared_without_any_bullet_a_digest_item_opens_with():
    assert title_key("◎东岭集团工会召开季度工作推进会") == "东岭集团工会召开季度工作推进会"
    assert title_key("□青川区总工会开展送清凉活动") == "青川区总工会开展送清凉活动"


#: An enterprise group's page: the title's fields in a bulleted list under it, its
#: counter printed count first (``• 2175次阅读``).
FIELDS_IN_A_LIST = (
    "企业要闻\n\n"
    "青川三公司荣获主题征文活动多个奖项\n\n"
    "  • 2021/10/16 00:00:00\n"
    "  • 来源：\n"
    "  • 作者：韩雪\n"
    "  • 2175次阅读\n\n"
    "10月15日，在东岭集团工会主题征文表彰活动中，青川三公司获得优秀组织奖，"
    "公司本部柯远的征文荣获一等奖。\n\n"
    "今年5月，集团工会联合党委宣传部发起主题征文活动。\n"
)


def test_a_bulleted_counter_printed_count_first_is_no_headline():
    heads = [text for text, _ in _headlines(FIELDS_IN_A_LIST)]
    assert heads == ["青川三公司荣获主题征文活动多个奖项"]


def test_counters_printed_count_first_are_counter_rows():
    assert is_counter_row("3529次阅读")
    assert is_counter_row("• 318阅读")
    assert is_counter_row("1526 次浏览")


def test_a_count_of_people_taking_part_is_no_counter_row():
    assert not is_counter_row("100人参加")
    assert not is_counter_row("第3次阅读会")

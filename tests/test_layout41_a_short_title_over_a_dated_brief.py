"""A short title (``新春送温暖``, under a headline's usual length) over a lead that opens
with the day's date (``1月12日，市总工会启动…``), right after an item opened by its
dateline (``本报讯 1月10日，…``) and signed by no credit: the next brief of the page, not a
section of the item above — a report's first section heading does not open with the day
again under a dated item. A short heading over text that opens otherwise (``会上，…``),
or one among the item's other sections, stays a section. Invented pages in the shape of
city workers' papers' e-paper pages of briefs read in session 42."""

from __future__ import annotations

from tests.conftest import layout_heads

FIRST = (
    "市总工会召开十五届三次全委会\n\n"
    "本报讯 1月10日，市总工会召开十五届三次全委（扩大）会议，市总工会主席柯文清作工作报告。\n\n"
)


def _headlines(text: str) -> list[list[str]]:
    return [[t for role, t in heads if role == "headline"] for heads in layout_heads(text)]


def test_a_short_title_over_a_dated_lead_heads_the_next_brief():
    page = FIRST + "新春送温暖\n\n1月12日，市总工会启动“新春送温暖”活动，计划慰问困难职工1200户。\n"
    assert _headlines(page) == [["市总工会召开十五届三次全委会"], ["新春送温暖"]]


def test_a_short_heading_over_other_text_stays_a_section():
    page = FIRST + "会议要求\n\n会上，柯文清要求各级工会扎实做好今年各项工作。\n"
    assert _headlines(page) == [["市总工会召开十五届三次全委会"]]


def test_a_dated_paragraph_under_a_later_section_stays_in_the_report():
    page = (
        FIRST
        + "会议要求\n\n会上，柯文清要求各级工会扎实做好今年各项工作。\n\n"
        + "后续安排\n\n1月15日，市总工会将召开专题会议部署送温暖工作。\n"
    )
    assert _headlines(page) == [["市总工会召开十五届三次全委会"]]


def test_a_short_title_under_an_item_with_no_dateline_is_as_before():
    page = (
        "市总工会召开十五届三次全委会\n\n市总工会召开十五届三次全委（扩大）会议，柯文清作工作报告。\n\n"
        "新春送温暖\n\n1月12日，市总工会启动“新春送温暖”活动。\n"
    )
    assert _headlines(page) == [["市总工会召开十五届三次全委会"]]

"""Section numbers at the top of a headless copy (invented pages)."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page

HEADLESS_REPORT = (
    "一、全会概况和上级的关怀\n"
    "4月8日至9日，南河市总工会第五届委员会第三次全体会议在市职工活动中心召开，"
    "全市120名委员出席会议。\n"
    "会议听取并审议了市总工会常委会工作报告，表彰了一批先进集体和个人。\n"
    "二、下一步工作打算\n"
    "全市各级工会要围绕中心、服务大局，做好职工服务工作。\n"
)


def _roles(text: str) -> dict[str, str]:
    parsed = parse_page(page_from_bytes("s9b_layout_report.txt", text.encode("utf-8")))
    return {p.text: p.role for p in parsed.paragraphs}


def test_a_section_number_first_on_a_headless_page_is_a_section_heading_not_the_headline():
    """A copy of a report that left its title out opens with ``一、…``: that line heads a
    section of the text, so the article has no headline rather than a wrong one."""
    roles = _roles(HEADLESS_REPORT)
    assert roles["一、全会概况和上级的关怀"] == "section_heading"
    assert "headline" not in roles.values()
    assert roles["二、下一步工作打算"] == "section_heading"


def test_a_headline_over_the_numbered_sections_stays_the_headline():
    """With its title printed over the sections, the title is the headline and the
    numbered lines its section headings."""
    roles = _roles("南河市总工会五届三次全委会侧记\n" + HEADLESS_REPORT)
    assert roles["南河市总工会五届三次全委会侧记"] == "headline"
    assert roles["一、全会概况和上级的关怀"] == "section_heading"

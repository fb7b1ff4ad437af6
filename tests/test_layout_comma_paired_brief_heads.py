"""A briefs column may set each item's head as two matched phrases parted by a comma
(``●送清凉，暖人心``), on its own line or run in before the item's text. The first
phrase is no longer than a connective (``同时，``), so the line was read as running text
and every item after the first lost its head. Two slogans of one length, neither opened
by a connective, a time word or a number nor shaped like a name, are a head. Invented
text in the shape of provincial workers' papers' briefs columns."""

from __future__ import annotations

from gonghui_build.layout.display import is_display_text
from tests.conftest import layout_heads

OWN_LINE = (
    "第06版：职工天地\n基层传真\n"
    "●学技能，促就业\n"
    "近日，岭南区上塘街道总工会举办外卖骑手技能培训班，50余名骑手参加。（侯一鸣）\n"
    "●送清凉，暖人心\n"
    "7月15日，北湖区卢桥街道总工会为环卫工人送去防暑物品。（邱晓薇）\n"
)

RUN_IN = (
    "第06版：职工天地\n基层传真\n"
    "●学技能，促就业 近日，岭南区上塘街道总工会举办外卖骑手技能培训班。（侯一鸣）\n"
    "●送清凉，暖人心 7月15日，北湖区卢桥街道总工会为环卫工人送去防暑物品。（邱晓薇）\n"
    "●强技能，比本领 7月18日，南湖区总工会举办焊工技能比武，30余名职工参赛。（方晓东）\n"
)


def _heads(page: str) -> list[str]:
    return [t.lstrip("●") for a in layout_heads(page) for _, t in a]


def test_every_comma_paired_head_on_its_own_line_heads_its_brief() -> None:
    assert _heads(OWN_LINE) == ["学技能，促就业", "送清凉，暖人心"]


def test_every_comma_paired_head_run_in_before_its_text_heads_its_brief() -> None:
    assert _heads(RUN_IN) == ["学技能，促就业", "送清凉，暖人心", "强技能，比本领"]


def test_a_connective_a_time_word_a_count_or_two_names_before_a_comma_are_no_slogans() -> None:
    assert is_display_text("送温暖，聚人心")
    assert not is_display_text("据了解，记者从")
    assert not is_display_text("近一年，全市共")
    assert not is_display_text("王小明，李大伟")

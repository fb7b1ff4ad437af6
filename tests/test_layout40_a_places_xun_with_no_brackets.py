"""A place's 讯 printed with no brackets at a brief's start (``清河讯 7月8日，…``,
``柳营讯（通讯员 某某）近日，…``), as county and local papers print their briefs, is the
item's dateline, as ``本报讯`` and the bracketed ``【清河讯】`` are: the text after it is
the item's, the reporters in brackets its credit. Only the text's day or the reporters
after it make it one: a news word's 讯 (``喜讯``, ``简讯``) opens no dateline, and a
place's 讯 before anything else stays text. Invented briefs in the shape of local
papers' pages read in session 41."""

from __future__ import annotations

from gonghui_build.layout.cues import DATELINE_RE, dateline_prefix
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from tests.conftest import page_facts

ITEM = (
    "清河县总工会开展“送清凉”活动\n\n"
    "清河讯 7月8日，清河县总工会副主席孙立华带领机关干部深入一线，为300余名职工送去防暑降温物品。\n"
    "孙立华叮嘱大家注意劳逸结合。\n"
)


def test_a_places_xun_before_the_day_is_a_dateline():
    assert dateline_prefix("清河讯 7月8日，清河县总工会为职工送去防暑物品。") is not None
    assert dateline_prefix("柳营讯 近日，柳营镇总工会举办入会集中行动。") is not None


def test_a_places_xun_before_its_reporters_is_a_dateline_with_its_credit():
    text = "柳营讯（通讯员 钱子墨）近日，柳营镇总工会举办入会集中行动，80余名快递员加入工会。"
    assert dateline_prefix(text) == "柳营讯（通讯员 钱子墨）"
    page = f"县区传真\n\n{text}\n"
    assert [[a.name for a in art.authors] for art in page_facts(page).articles] == [["钱子墨"]]


def test_the_item_under_its_headline_gets_a_dateline_and_keeps_its_text():
    parsed = parse_page(page_from_bytes("p.txt", ITEM.encode()))
    roles = [(p.role, p.text.strip()) for p in parsed.paragraphs]
    assert len(parsed.articles) == 1
    assert ("dateline", "清河讯") in roles
    assert any(role == "body" and text.startswith("7月8日") for role, text in roles)


def test_a_news_words_xun_is_no_dateline():
    for text in ("喜讯 7月9日，南关区总工会获评先进单位。", "简讯 7月9日，某某工会举办培训。"):
        assert dateline_prefix(text) is None


def test_a_places_xun_before_anything_else_stays_text():
    assert not DATELINE_RE.match("清河讯息化建设稳步推进")
    assert dateline_prefix("清河讯 全县工会干部学习会议精神。") is None

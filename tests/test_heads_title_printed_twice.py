"""Heads of web copies whose title is printed more than once (invented pages)."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page

TITLE = "松溪县总工会举办首届职工书法作品展开幕式"
TITLE_AGAIN_UNDER_TEXT = (
    "首页 新闻 正文\n\n"
    f"{TITLE}\n\n"
    "新闻正文 37 0\n\n"
    f"{TITLE}\n\n"
    f"{TITLE}\n\n"
    "本报讯（记者 祁远航）5月12日，松溪县首届职工书法作品展在县职工文化宫开幕，展出全县职工"
    "创作的书法作品一百二十幅。本次展览由松溪县总工会主办，展期十天。\n"
    f"{TITLE}\n\n"
    "欢迎 发表评论:\n"
)


def test_a_title_printed_again_under_the_text_leaves_the_copy_over_the_text_its_head():
    """A portal prints its title in the menu, twice over the text and once more under
    it (over the comments): the copy right over the text heads the article; the copy
    under it starts no second article."""
    text = TITLE_AGAIN_UNDER_TEXT
    parsed = parse_page(page_from_bytes("title_again.txt", text.encode("utf-8")))
    assert len(parsed.articles) == 1
    (headline,) = [p for p in parsed.paragraphs if p.role == "headline"]
    over_text = text.index(f"{TITLE}\n\n本报讯")
    assert headline.page_start == over_text
    dateline = next(p for p in parsed.paragraphs if p.role == "dateline")
    assert dateline.article == headline.article
    copies = [p for p in parsed.paragraphs if p.text == TITLE and p.role == "furniture"]
    assert len(copies) == 3

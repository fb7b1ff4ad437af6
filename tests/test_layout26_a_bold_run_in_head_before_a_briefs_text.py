"""A web copy of a briefs column may keep each brief's head in bold before its text
(``**某地工会送清凉到工地** 7月3日，…``, a blank or none after the bold): the bold marks the
head as a bullet does, so each brief is an article headed by its bold head when its text
opens with a dateline or with its day or the word for lately and a comma. A bold sentence
(a caption), a bold label (``**编者按：**``) or a report's bold numbered part (``**一、…**``)
heads no article. Invented text in the shape read in session 37 (union sites' copies of
workers' papers' briefs)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

PAGE = "江西工人报\n2024年7月5日 星期五\n第02版：工会新闻\n"
ITEMS = [
    ("九江工会送清凉到工地", "7月3日，九江市总工会为三百余名建筑工人送去防暑用品。（万立新）"),
    ("萍乡举办职工篮球联赛", "7月1日至4日，萍乡市总工会举办第五届职工篮球联赛。（廖华）"),
    ("上饶开通法律援助热线", "本报讯 近日，上饶市总工会开通职工法律援助热线。（彭雨）"),
]


def _heads(articles: list[list[tuple[str, str]]]) -> list[str]:
    return [text for a in articles for role, text in a if role == "headline"]


@pytest.mark.parametrize("gap", [" ", "", "\u3000"])
def test_each_brief_is_headed_by_its_bold_head(gap: str) -> None:
    page = PAGE + "".join(f"**{head}**{gap}{text}\n" for head, text in ITEMS)
    articles = layout_articles(page)
    assert len(articles) == 3
    assert _heads(articles) == [head for head, _ in ITEMS]
    assert ("byline", "（廖华）") in articles[1]


def test_bold_captions_labels_and_numbered_parts_head_no_article() -> None:
    page = PAGE + (
        "九江市职工技能大赛开幕\n"
        "本报讯（记者 万立新）7月3日，九江市第五届职工技能大赛在市工人文化宫开幕。\n"
        "**一、赛项更多元** 7月3日，大赛新设无人机装调、网约配送等八个赛项。\n"
        "**编者按：**近日，九江市总工会在全市开展技能大赛。\n"
        "**选手在焊工项目比赛中。** 7月3日，焊工项目在市技师学院进行。\n"
    )
    articles = layout_articles(page)
    assert len(articles) == 1
    assert _heads(articles) == ["九江市职工技能大赛开幕"]

"""A web copy of an e-paper may print the photo's caption with its credit first
(``某报记者 某某 报道 “职工书屋”里，…。``, ``记者 某某 摄 …现场，…。``) between the title
and the byline and dateline of the text it illustrates. That is the article's photo
caption: one article, not a text closed by the byline and a second article from the
dateline. Invented text in the shape read in session 36."""

from __future__ import annotations

import pytest

from gonghui_build.layout.photo_credits import credit_opens_caption
from tests.conftest import layout_articles

TITLE = "职工书屋里的“充电”时光\n"
TEXT = (
    "本报讯 近日，江城市总工会为全市30家企业职工书屋配送图书1万余册。\n"
    "据了解，今年以来，市总工会已新建职工书屋15家，累计服务职工3万余人次。\n"
)


@pytest.mark.parametrize(
    ("caption", "byline"),
    [
        (
            "江城日报记者 马骏驰 报道 “职工书屋”里，几名一线职工正在翻阅技术书籍。\n",
            "□本报记者 马骏驰 通讯员 柯小笛\n",
        ),
        ("记者 韩二虎 摄 “技能比武”现场，选手们正在进行焊接操作。\n", "本报记者 韩二虎\n"),
    ],
)
def test_a_credit_first_caption_stays_in_the_article(caption: str, byline: str) -> None:
    articles = layout_articles(TITLE + caption + byline + TEXT)
    assert len(articles) == 1
    roles = [role for role, _ in articles[0]]
    assert roles[:4] == ["headline", "photo_caption", "byline", "dateline"]


@pytest.mark.parametrize(
    "line",
    [
        "本报记者 马骏驰 报道 近日，市总工会举办培训。市总工会主席出席。",  # two sentences
        "本报讯 近日，市总工会举办培训。",  # a dateline, no credit
        "马骏驰 摄",  # a credit alone
    ],
)
def test_near_misses_open_no_caption(line: str) -> None:
    assert not credit_opens_caption(line)


def test_text_after_the_credit_line_keeps_two_articles() -> None:
    """A credit-first line followed by text (not a byline or dateline) is left alone."""
    page = (
        TITLE
        + "江城日报记者 马骏驰 报道 “职工书屋”里，几名一线职工正在翻阅技术书籍。\n"
        + "据了解，今年以来，市总工会已新建职工书屋15家。\n"
    )
    roles = [role for art in layout_articles(page) for role, _ in art]
    assert "photo_caption" not in roles

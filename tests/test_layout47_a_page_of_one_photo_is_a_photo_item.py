"""A page that prints nothing but one photo, its caption (``图为某区…现场。``) and its
credit (``某某 摄``), under a page label or alone: the caption and credit were read as
what stands before the page's first article, and with no article after them the page
gave none. They are a photo item, the page's one article. Invented text in the shape of
e-paper photo pages and photo copies on workers' papers' sites read in session 45."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

CAPTION = "图为北湖区总工会组织的职工趣味运动会现场。"


@pytest.mark.parametrize(
    "page",
    [
        f"第08版：图片\n2019年9月17日 星期二\n{CAPTION}（林晓彤 摄）\n",
        f"{CAPTION}\n林晓彤 摄\n",
    ],
)
def test_a_caption_and_its_credit_alone_are_a_photo_item(page: str) -> None:
    (article,) = layout_articles(page)
    assert [role for role, _ in article] == ["photo_caption", "photo_credit"]
    assert article[0][1].strip() == CAPTION


def test_a_photo_over_an_articles_head_stays_that_articles() -> None:
    page = (
        f"{CAPTION}\n林晓彤 摄\n北湖区职工趣味运动会开幕\n"
        "本报讯（记者 林晓彤）7月10日，北湖区职工趣味运动会开幕，200余名职工参加。\n"
    )
    articles = layout_articles(page)
    assert len(articles) == 1
    assert ("headline", "北湖区职工趣味运动会开幕") in articles[0]

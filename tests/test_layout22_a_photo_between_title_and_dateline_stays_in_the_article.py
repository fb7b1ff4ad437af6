"""An e-paper page may print an article's photo between its title and its dateline: the
headline, the caption (``图为…现场。``) and its credit, then ``本报讯（记者…）…``. That is one
article whose head holds the photo, not a photo item and a news item with no headline.
Invented text in the shape of a city workers' paper's page."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

TITLE = "北海职工技能大赛决赛落幕\n"
DATELINE = (
    "本报讯（记者 黄小海 通讯员 韦丽娟）9月20日，北海市职工技能大赛决赛在市工人文化宫落幕，"
    "八个工种的二百余名选手参加决赛。\n"
)


@pytest.mark.parametrize(
    "photo",
    [
        "图为焊工项目决赛现场。\n",
        "图为焊工项目决赛现场。 本报记者 黄小海 摄\n",
        "图为焊工项目决赛现场。\n本报记者 黄小海 摄\n",
        "9月20日，选手在焊工项目决赛中。 韦丽娟 摄\n",
    ],
)
def test_a_photo_between_title_and_dateline_stays_in_the_article(photo: str) -> None:
    articles = layout_articles(TITLE + photo + DATELINE)
    assert len(articles) == 1
    roles = dict((text, role) for role, text in articles[0])
    assert roles["北海职工技能大赛决赛落幕"] == "headline"
    assert "photo_caption" in roles.values()
    assert "body" not in roles.values()
    assert any(role == "dateline" for role in roles.values())


def test_a_dateline_under_its_own_title_after_a_photo_item_is_a_new_article() -> None:
    """A photo item (title, caption, credit) and the next news item's own title over its
    dateline: two articles, as before."""
    text = TITLE + "图为焊工项目决赛现场。 本报记者 黄小海 摄\n" + "钦州工会送清凉\n" + DATELINE
    assert len(layout_articles(text)) == 2


def test_a_dateline_after_an_articles_text_is_still_a_new_article() -> None:
    """An article with text (not only captions) is not held open by this rule."""
    text = (
        TITLE
        + "图为焊工项目决赛现场。 本报记者 黄小海 摄\n"
        + "比赛为期三天，分理论和实操两部分进行，选手们经过激烈角逐决出名次。\n"
        + "钦州工会送清凉\n"
        + DATELINE
    )
    assert len(layout_articles(text)) == 2

"""A photo box's label printed in brackets (``【图说】``) between two news items on an
e-paper page opens a photo item of its own (its caption and the photographer's credit);
it is no section heading of the news item above. Invented text in the shape of a
provincial workers' paper's page."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

NEWS = """\
沙县工会为环卫工人送清凉
本报讯（记者 林晓峰）7月16日，沙县总工会在城区设立“爱心驿站”，为环卫工人免费提供饮用水和防暑药品。
"""

PHOTO = """\
{label}
7月15日，永安市总工会在一家纺织企业开展职工技能比武，图为参赛选手在进行操作。
本报记者 蔡文广 摄
"""

NEXT = """\
尤溪职工书屋再添新书
本报讯（通讯员 邱晓燕）近日，尤溪县总工会向基层职工书屋配送图书一万册。
"""


def _photo_item(label: str) -> list[tuple[str, str]]:
    articles = layout_articles(NEWS + PHOTO.format(label=label) + NEXT)
    assert len(articles) == 3
    assert [role for role, _ in articles[0]] == ["headline", "dateline"]
    return articles[1]


def test_a_bracketed_photo_label_opens_a_photo_item() -> None:
    photo = _photo_item("【图说】")
    assert photo[0][1].startswith("7月15日，永安市总工会")
    assert photo[-1] == ("photo_credit", "本报记者 蔡文广 摄")
    assert block_roles(NEWS + PHOTO.format(label="【图说】"))["【图说】"] == "furniture"


def test_the_label_without_brackets_and_the_older_label_still_do() -> None:
    assert _photo_item("图说")[-1] == ("photo_credit", "本报记者 蔡文广 摄")
    assert _photo_item("图片新闻")[-1] == ("photo_credit", "本报记者 蔡文广 摄")


def test_a_heading_that_only_holds_the_word_stays_a_section_heading() -> None:
    """A line that only holds the label among other words is no label: a heading in the
    article (one article, as before)."""
    text = NEWS + "图说工会十年变化\n" + "十年间，全县新建基层工会一百二十家，会员增加一万人。\n"
    articles = layout_articles(text)
    assert len(articles) == 1
    assert ("section_heading", "图说工会十年变化") in articles[0]

"""A digital copy prints the paper's name glued to the page's label, 第 opening the label
(``某某工人报第3版``, ``某某日报第十二版：要闻``), over or under the page's items: page
furniture, no kicker of the item under it. Left by earlier sessions as a lead (only a name
set apart from the label was read so). A number glued to a name with no 第 (``某某报3版``)
and words glued after the label (``…第3版发布``) are left alone: a title may end so.
Invented pages."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_articles, layout_furniture

ITEM = (
    "松河区总工会举办职工乒乓球赛\n"
    "本报讯（记者 闵素琴）5月8日，松河区总工会举办职工乒乓球赛，120名职工参赛。\n"
)


def test_a_papers_name_glued_to_its_page_label_is_furniture():
    for row in ("松河工人报第3版", "松河日报第十二版：要闻", "松河工人报第A3版"):
        page = row + "\n" + ITEM
        (article,) = layout_articles(page)
        assert article[0] == ("headline", "松河区总工会举办职工乒乓球赛"), row
        assert row in layout_furniture(page)


def test_no_label_without_its_ordinal_or_with_words_glued_after_it():
    for text in ("松河工人报3版", "松河工人报第3版发布", "我读工人报第一天"):
        assert furniture_kind(text) is None, text

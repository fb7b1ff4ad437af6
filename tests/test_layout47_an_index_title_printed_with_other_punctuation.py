"""A printed page's headline index lists each item's title, and the item prints it again
over its text, but not always with the same marks or the same line breaks: the index
sets the kicker and headline on one line parted by a comma (``送清凉，进林场 某总工会…``)
where the item prints them on two lines with none; the item breaks its headline over two
lines (``某总工会慰问一线`` / ``护林员``) that the index prints whole. The comma made the
index line text, an article of its own; the broken headline was read as a kicker over a
three-character headline. Invented text in the shape of workers' papers' e-paper pages
(版面导航 over the items) read in session 45."""

from __future__ import annotations

from gonghui_build.layout.index import bare_key
from tests.conftest import layout_articles

PAGE_TOP = "第02版：要闻\n2019年9月17日 星期二\n"
FIRST = (
    "顺义区工会服务站实现镇街全覆盖\n"
    "本报讯（记者 林晓彤）9月15日，顺义区工会服务站实现镇街全覆盖，全区建成服务站30个。\n"
)
LAST = (
    "石景山区举办职工乒乓球比赛\n"
    "本报讯（记者 白雪峰）9月16日，石景山区举办职工乒乓球比赛，200余名职工参赛。\n"
)
LEAD = (
    "本报讯（通讯员 孟可欣）9月15日，市总工会副主席白雪峰带队走访林场，为42名护林员送去防暑用品。\n"
)


def _page(listed: str, printed: str) -> str:
    index = f"顺义区工会服务站实现镇街全覆盖\n{listed}\n石景山区举办职工乒乓球比赛\n"
    return PAGE_TOP + index + FIRST + printed + LEAD + LAST


def _heads(text: str) -> list[list[tuple[str, str]]]:
    return [
        [(role, body.strip()) for role, body in article if role in ("kicker", "headline")]
        for article in layout_articles(text)
    ]


def test_an_index_line_its_comma_made_text_is_no_article() -> None:
    page = _page("送清凉，进林场 市总工会慰问护林员", "送清凉 进林场\n市总工会慰问护林员\n")
    heads = _heads(page)
    assert len(heads) == 3
    assert heads[1] == [("kicker", "送清凉 进林场"), ("headline", "市总工会慰问护林员")]


def test_a_headline_broken_before_a_short_rest_is_one_headline() -> None:
    heads = _heads(_page("市总工会慰问一线护林员", "市总工会慰问一线\n护林员\n"))
    assert heads[1] == [("headline", "市总工会慰问一线"), ("headline", "护林员")]


def test_a_kicker_over_a_longer_headline_stays_a_kicker() -> None:
    heads = _heads(_page("送清凉进林场市总工会慰问护林员", "送清凉进林场\n市总工会慰问护林员\n"))
    assert heads[1] == [("kicker", "送清凉进林场"), ("headline", "市总工会慰问护林员")]


def test_titles_compared_without_their_punctuation() -> None:
    assert bare_key("送清凉，进林场 市总工会慰问护林员") == bare_key(
        "送清凉进林场市总工会慰问护林员"
    )
    assert bare_key("市总工会：慰问“一线”护林员！") == "市总工会慰问一线护林员"


def test_a_lone_line_of_text_over_its_own_title_stays_text() -> None:
    page = "送清凉，进林场 市总工会慰问护林员\n市总工会慰问护林员\n" + LEAD
    assert len(layout_articles(page)) >= 1
    assert "送清凉，进林场 市总工会慰问护林员" in [
        body.strip() for article in layout_articles(page) for _, body in article
    ]

"""A union's work bulletin (工作简报) may number its news items and print each one's head
over its one paragraph (``一、某州总工会召开七届五次全委会`` / ``6月15日，某州总工会召开…``):
each item is an article, as a digest's bulleted item is, headed by its head without the
number; the distribution rows at the bulletin's foot (``报：…``, ``送：…``, ``发：…``) are
furniture. A report's or a gazetteer's numbered parts (a subject matter, a body's name
alone, or parts under the article's own title) stay sections of one article. Invented
text in the shape read in session 37 (prefecture unions' bulletins)."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

MASTHEAD = "黔东南州总工会工作简报\n第12期\n黔东南州总工会办公室编                2023年6月20日\n"
ITEMS = (
    "一、州总工会召开七届五次全委会\n"
    "6月15日，黔东南州总工会召开七届五次全委会，州总工会常务副主席潘文华作工作报告。\n"
    "二、凯里市总工会开展“送法进企业”活动\n"
    "6月12日，凯里市总工会组织律师走进六家企业，为三百余名职工讲解劳动合同法。\n"
    "三、黎平县总工会举办职工乒乓球赛\n"
    "6月9日至10日，黎平县总工会举办职工乒乓球赛，二十支代表队参赛。\n"
)
FOOT = "报：省总工会\n送：州委、州政府\n发：各县（市）总工会\n"


def _heads(articles: list[list[tuple[str, str]]]) -> list[str]:
    return [text for a in articles for role, text in a if role == "headline"]


def test_each_numbered_news_item_is_an_article() -> None:
    articles = layout_articles(MASTHEAD + ITEMS + FOOT)
    assert len(articles) == 3
    assert _heads(articles) == [
        "一、州总工会召开七届五次全委会",
        "二、凯里市总工会开展“送法进企业”活动",
        "三、黎平县总工会举办职工乒乓球赛",
    ]


def test_the_distribution_rows_are_furniture() -> None:
    roles = block_roles(MASTHEAD + ITEMS + FOOT)
    assert [roles[row] for row in FOOT.splitlines()] == ["furniture"] * 3


def test_a_reports_numbered_parts_stay_one_article() -> None:
    parts = (
        "一、加强组织建设\n近日，县总工会在全县非公企业开展建会入会集中行动。\n"
        "二、深化劳动竞赛\n3月5日，县总工会启动“建功新时代”劳动竞赛。\n"
    )
    assert len(layout_articles(MASTHEAD + parts)) == 1


def test_a_bodys_name_alone_is_a_gazetteers_part() -> None:
    parts = (
        "一、县总工会\n3月5日，县总工会召开全委会。\n"
        "二、县教育工会\n4月8日，县教育工会举办教师技能比赛。\n"
    )
    assert len(layout_articles(MASTHEAD + parts)) == 1


def test_numbered_items_under_an_articles_own_title_stay_its_sections() -> None:
    titled = "全州工会上半年工作亮点\n" + ITEMS
    articles = layout_articles(titled)
    assert len(articles) == 1
    assert _heads(articles) == ["全州工会上半年工作亮点"]


def test_the_headline_as_published_carries_no_number() -> None:
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    page = page_from_bytes("bulletin.txt", (MASTHEAD + ITEMS + FOOT).encode("utf-8"))
    heads = [p.text for p in parse_page(page).paragraphs if p.role == "headline"]
    assert heads == [
        "州总工会召开七届五次全委会",
        "凯里市总工会开展“送法进企业”活动",
        "黎平县总工会举办职工乒乓球赛",
    ]

"""A photo item with a title of its own set between two news items of an e-paper page
(``暖心驿站`` / one caption paragraph / ``本报记者 某某 本报通讯员 某某 摄``, then the next
item's headline): an article of its own, its caption its text and its credit its
photographers, however short the title — not a section of the item above, which took
the photographers as its own. A section heading among other sections, or over more than
one paragraph, or with no credit closing it, stays a section of the item. Invented pages
in the shape of workers' papers' e-paper text layers and photo items read in session 42."""

from __future__ import annotations

from tests.conftest import layout_heads, page_authors, page_facts

FIRST = (
    "全市职工乒乓球赛开赛\n\n"
    "本报讯（记者 戴文杰）4月20日，全市职工乒乓球比赛在市体育中心开赛，来自56家单位的"
    "300余名职工参赛。\n比赛为期三天，设男子团体、女子团体等6个项目。\n\n"
)
PHOTO = (
    "暖心驿站\n\n"
    "日前，清源市总工会在城区新建10个户外劳动者服务驿站，为环卫工人、快递员提供休息、"
    "饮水、充电等服务。\n本报记者 戴文杰 本报通讯员 钟秀英 摄\n\n"
)
LAST = (
    "技能比武显身手\n\n"
    "本报讯（通讯员 程志远）4月18日，清源市建筑行业电工技能比武在市职教中心举行，42名选手同台竞技。\n"
)


def _headlines(text: str) -> list[list[str]]:
    return [[t for role, t in heads if role == "headline"] for heads in layout_heads(text)]


def test_a_titled_photo_item_between_two_items_is_an_article():
    assert _headlines(FIRST + PHOTO + LAST) == [
        ["全市职工乒乓球赛开赛"],
        ["暖心驿站"],
        ["技能比武显身手"],
    ]


def test_the_photo_items_credit_is_its_own_not_the_item_aboves():
    authors = [
        [(a.name, a.role.value) for a in art.authors]
        for art in page_facts(FIRST + PHOTO + LAST).articles
    ]
    assert authors[0] == [("戴文杰", "reporter")]
    assert authors[1] == [("戴文杰", "photographer"), ("钟秀英", "photographer")]


def test_a_titled_photo_item_at_the_pages_end_is_an_article_too():
    assert _headlines(FIRST + PHOTO)[1:] == [["暖心驿站"]]


def test_a_section_over_two_paragraphs_before_a_photo_stays_a_section():
    section = (
        "暖心驿站\n\n"
        "日前，清源市总工会在城区新建10个户外劳动者服务驿站。\n"
        "驿站提供休息、饮水、充电等服务，受到环卫工人欢迎。\n"
        "本报记者 戴文杰 摄\n\n"
    )
    assert _headlines(FIRST + section + LAST) == [["全市职工乒乓球赛开赛"], ["技能比武显身手"]]


def test_a_section_among_other_sections_stays_a_section():
    page = FIRST + "赛场内外\n\n场馆里，来自各单位的啦啦队为选手加油助威。\n\n" + PHOTO + LAST
    assert _headlines(page) == [["全市职工乒乓球赛开赛"], ["技能比武显身手"]]


def test_a_section_with_no_photo_credit_stays_a_section():
    section = "暖心驿站\n\n日前，清源市总工会在城区新建10个户外劳动者服务驿站。\n\n"
    assert _headlines(FIRST + section + LAST) == [["全市职工乒乓球赛开赛"], ["技能比武显身手"]]
    assert ("钟秀英", "photographer") not in page_authors(FIRST + section + LAST)

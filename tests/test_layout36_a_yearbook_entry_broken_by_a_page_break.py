"""A PDF copy of a county yearbook breaks an entry at the page's end: the entry's first
line runs on in mid-sentence (``【困难职工帮扶】全年…，为``), then come the page number and
the book's name as running head (``·156·`` / ``云岭区年鉴（2019）``), then the rest of the
entry. Read in session 40 (layout36) on yearbooks' and gazetteers' PDF copies: the head
read as a place's tag before a headline (the entry lost it), and the book's name between
the lines became the headline of the entry's rest; a gazetteer's name printed under its
page (``白水县志``) was read as a caption. Invented pages in those shapes."""

from __future__ import annotations

from gonghui_build.layout.book_heads import is_book_furniture
from tests.conftest import layout_articles, layout_furniture


def _articles(text: str) -> list[list[tuple[str, str]]]:
    return [[(role, plain.strip()) for role, plain in a] for a in layout_articles(text)]


_furniture = layout_furniture


YEARBOOK = """云岭区年鉴（2019）
区总工会
【概况】2019年，区总工会有基层工会612个，会员5.3万人。全年新建基层工会41个，新
发展会员3200人，其中农民工会员1800人。（撰稿：杜雅琳）
【困难职工帮扶】全年区总工会投入帮扶资金186万元，走访慰问困难职工家庭420户，为
·156·
云岭区年鉴（2019）
家庭发放助学金32.4万元，帮助87名困难职工子女顺利入学。（撰稿：杜雅琳）
【职工技能大赛】10月，区总工会联合区人社局举办第三届职工技能大赛，设焊工、电工、
育婴员3个工种，310名职工参赛，21人获“云岭区技术能手”称号。（撰稿：杜雅琳）
·157·
"""


def test_the_broken_entry_keeps_its_head_and_its_rest():
    articles = _articles(YEARBOOK)
    assert len(articles) == 3
    broken = articles[1]
    assert broken[0] == ("headline", "【困难职工帮扶】")
    assert ("body", "家庭发放助学金32.4万元，帮助87名困难职工子女顺利入学。") in broken


def test_the_books_name_between_the_lines_is_furniture():
    assert _furniture(YEARBOOK).count("云岭区年鉴（2019）") == 2


def test_a_gazetteers_name_under_its_page_is_furniture():
    text = """第二十一章 群众团体
第一节 县总工会
一、组织机构
1950年8月，建立白水县工会筹备委员会。1953年4月召开白水县第一次工人代表大会。
·412·
第二节 共青团
1949年10月，建立新民主主义青年团白水县工作委员会。
白水县志
"""
    assert "白水县志" in _furniture(text)
    assert all(p != "白水县志" for article in _articles(text) for _, p in article)


def test_the_books_name_alone_reads_as_furniture():
    for line in ("云岭区年鉴（2019）", "松河市年鉴2021", "白水县志", "东平县志（1986—2005）"):
        assert is_book_furniture(line), line


def test_a_headline_ending_in_zhi_or_naming_a_yearbook_is_no_furniture():
    for line in ("致敬老同志", "工匠志", "松河市年鉴（2019）出版发行", "区总工会"):
        assert not is_book_furniture(line), line


def test_one_tagged_headline_on_a_web_page_stays_whole():
    """Near miss: a city site's district tag before its one headline (no yearbook's
    entries on the page) is no entry head."""
    text = """【某区】情系职工，金秋送福——某区总工会走访慰问活动
本报讯 9月20日，某区总工会走访慰问困难职工家庭30户。
"""
    articles = _articles(text)
    assert len(articles) == 1
    assert articles[0][0] == ("headline", "【某区】情系职工，金秋送福——某区总工会走访慰问活动")

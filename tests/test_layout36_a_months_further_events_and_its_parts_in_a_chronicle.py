"""A city's chronicle put online by its gazetteer office (read in session 40, layout36)
prints under each month's heading (``1月`` alone) its days set off by a blank, a part of
the month so set off (``中旬  某厂工会举办…``), and after ``本月  …`` further events of that
month as paragraphs of their own with no date. Each is an entry; before, either kind of
paragraph left the whole chronicle one article. Invented pages in that shape."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout


def _articles(text: str) -> list[list[tuple[str, str]]]:
    page = layout(split_blocks(text))
    return [
        [(p.role, p.block.plain.strip()) for p in page.placed if p.article == a.index]
        for a in page.articles
    ]


CHRONICLE = """您当前的位置: 首页 > > 晋城大事记

晋城大事记（1992）

  1992年

    1月
  6日 市总工会在市工人文化宫召开全市工会工作会议，各县区工会主席等120余人参加。

   15日 阳城县总工会为全县38户特困职工送去面粉和棉衣。

    本月 市总工会女工部在全市纺织系统开展女职工劳动保护专项检查。

    沁水县煤炭系统工会组织职工业余文艺队下矿慰问演出12场。

    2月
  10日 市总工会与市劳动局联合召开全市劳动竞赛表彰大会，表彰先进集体26个。

   中旬 高平市丝织厂工会举办首届职工象棋比赛，46名职工参赛。

   28日 市总工会召开三届五次全委会，选举赵满仓为市总工会副主席。
"""


def test_each_day_part_of_month_and_further_event_is_an_entry():
    articles = _articles(CHRONICLE)
    assert len(articles) == 7
    assert articles[3] == [("body", "沁水县煤炭系统工会组织职工业余文艺队下矿慰问演出12场。")]
    assert articles[5] == [("body", "中旬 高平市丝织厂工会举办首届职工象棋比赛，46名职工参赛。")]


def test_an_undated_paragraph_under_a_days_entry_keeps_the_chronicle_one_text():
    """Near miss: an undated paragraph under an entry dated by its day (no ``本月``) is
    no further event of the month: the page stays one article, as before."""
    text = CHRONICLE.replace("    本月 市总工会女工部", "    20日 市总工会女工部")
    assert len(_articles(text)) == 1


def test_a_part_of_the_month_set_off_by_a_comma_is_no_entrys_date():
    """Near miss: ``中旬，…`` under a chronicle's title stays an article's text (a measuring
    set's chronicle page so has it)."""
    text = """宁安市总工会2020年大事记
8日，市总工会召开十二届四次全委会议，部署2020年工会工作。
21日，市总工会领导分4组走访慰问困难职工和劳模52户。
中旬，市总工会向一线防疫人员送去慰问品价值8万元。
28日，市总工会发出致全市职工的倡议书。
"""
    assert len(_articles(text)) == 1

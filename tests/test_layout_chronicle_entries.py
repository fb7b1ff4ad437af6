"""Chronicles (大事记) whose entries set their date off by a comma (``5日，…``) or print
the day alone before a wide blank, under the chronicle's title: one item an entry, the
title the page's. Pinned with invented pages in the shapes of union sites' monthly
chronicles and provincial federations' monthly lists of events."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout


def _articles(text: str) -> list[list[tuple[str, str]]]:
    page = layout(split_blocks(text))
    return [
        [(p.role, p.block.plain.strip()) for p in page.placed if p.article == a.index]
        for a in page.articles
    ]


WEB_CHRONICLE = """当前位置：首页>工会工作>大事记
青禾市总工会二〇二一年三月大事记
发布时间：2021年04月08日
    2日，市总工会召开全市工会宣传工作会议，市总工会副主席林书远出席并讲话。
    5日至9日，市总工会组织劳模疗休养团赴东岭山区开展疗休养活动。
    同日，市总工会女职工委员会举办“巾帼建新功”主题读书会，八十名女职工参加。
    18日，市总工会召开十届五次全委（扩大）会议，市总工会主席邵明川作工作报告。
"""


def test_each_comma_dated_entry_under_a_chronicle_title_is_an_item():
    articles = _articles(WEB_CHRONICLE)
    assert len(articles) == 4
    assert all(not any(role == "headline" for role, _ in a) for a in articles)
    assert articles[2] == [
        ("body", "同日，市总工会女职工委员会举办“巾帼建新功”主题读书会，八十名女职工参加。")
    ]


def test_the_chronicle_title_is_no_entry_headline_nor_text():
    texts = [text for article in _articles(WEB_CHRONICLE) for _, text in article]
    assert "青禾市总工会二〇二一年三月大事记" not in texts


def test_month_and_span_dates_open_entries_too():
    page = """柳营区工会大事记（上）
  1月7日，区总工会举办新春职工书画展，展出作品一百二十幅。
  3月，区总工会下发《关于做好快递站点职工入会工作的通知》。
  2月28日至3月1日，区总工会召开三届六次委员会议。
"""
    assert len(_articles(page)) == 3


def test_days_set_off_by_a_wide_blank_under_a_month_title_are_entries():
    page = """东岭省总工会5月要事

3  省总工会在东岭市召开全省工会经费审查工作会议。省总工会副主席葛春林出席。

12  省总工会与省人社厅联合举办全省职工职业技能大赛开幕式。

26  省总工会副主席葛春林会见来访的邻省总工会考察团一行。
"""
    articles = _articles(page)
    assert len(articles) == 3
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)


def test_dated_paragraphs_split_under_a_chronicle_title_only_not_in_a_news_article():
    page = """柳营区总工会开展“两节”送温暖活动
本报讯（通讯员 钱雨桐）
12日，柳营区总工会领导班子分四组走访慰问困难职工一百二十户。
15日，区总工会为环卫工人送去棉手套和热饮。
18日，区总工会在职工服务中心举办新春游园会。
"""
    assert len(_articles(page)) == 1
    assert len(_articles(WEB_CHRONICLE)) == 4


def test_a_title_over_dated_paragraphs_and_another_keeps_one_article_all_dated_splits():
    mixed = WEB_CHRONICLE.replace(
        "    18日，", "    全月，市总工会共慰问困难职工三百户。\n    18日，"
    )
    assert len(_articles(mixed)) == 1
    assert len(_articles(WEB_CHRONICLE)) == 4


def test_a_chronicle_title_over_undated_text_stays_a_headline_over_dated_entries_not():
    page = """青禾市总工会启动编纂工会大事记
近日，青禾市总工会启动《青禾工会七十年》大事记编纂工作，邀请十名老工会干部参与。
编纂工作计划年内完成初稿，明年出版。
"""
    articles = _articles(page)
    assert len(articles) == 1
    assert ("headline", "青禾市总工会启动编纂工会大事记") in articles[0]
    assert all(role != "headline" for a in _articles(WEB_CHRONICLE) for role, _ in a)


# Invented: a state farm's gazetteer put online, a year's chronicle under the year alone
# (printed twice: the page's title and the book's heading), each entry's date set off by
# one blank.
FARM_YEAR = """您的当前位置：
1996年
1996年
  1月16日 农场召开六届二次职工代表大会。
  3月8日 农场工会在三队组织女职工技能比赛，四十人参加。
  9月 农场工会被总局工会授予先进职工之家称号。
  11月2日~12月10日 农场为职工住宅区铺设供暖管网。
"""


def test_a_year_alone_titles_a_gazetteer_chronicle_whose_dates_a_blank_sets_off():
    articles = _articles(FARM_YEAR)
    assert len(articles) == 4
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)
    assert articles[2] == [("body", "9月 农场工会被总局工会授予先进职工之家称号。")]
    assert "1996年" not in [text for a in articles for _, text in a]


def test_blanks_the_ocr_left_inside_dates_still_open_entries():
    page = """1991年
1991年
1 月20日 农场举行职工春节联欢会，农场领导班子成员出席。
2 月14~15日 农场召开五届三次职代会，场长做工作报告。
9 月3 日 总局工会检查组来农场检查职工之家建设。
12月 农场工会被评为先进基层工会。
"""
    assert len(_articles(page)) == 4


def test_comma_dated_entries_under_a_year_alone_are_entries_too():
    page = FARM_YEAR.replace("日 ", "日，").replace("9月 ", "9月，")
    assert len(_articles(page)) == 4


def test_a_year_alone_over_an_undated_paragraph_keeps_its_text_one_article():
    page = FARM_YEAR.replace("  9月 ", "  全年农场工会共走访慰问困难职工八十户。\n  9月 ")
    assert len(_articles(page)) == 1
    assert len(_articles(FARM_YEAR)) == 4


def test_dates_set_off_by_a_blank_under_a_news_headline_stay_the_article_text():
    page = """南湾农场工会开展“职工之家”创建回头看
本报讯（通讯员 简立新）
3月8日 农场工会检查一队、二队职工之家，查看书屋和活动室。
3月9日 农场工会检查三队、四队职工之家，听取职工意见。
3月12日 农场工会召开专题会议，通报检查情况。
"""
    assert len(_articles(page)) == 1


def test_entries_a_book_wraps_at_its_width_are_whole_entries_under_the_year():
    page = """1993年
1993年
3月2日 分局社教现场会在农场召开。分局党委书记邹长青、副书记闻晓及各农场党委书记参
加了会议。会议交流了经验，研究制定了奔小康的奋斗目标。
3月12日 农场召开第八届二次职工代表大会。
5月11日 农场开始专项清理工作。这次清理的重点是私分粮食、领导干部承包土地等八个问
题。
7月9日 农场召开职工代表视察、民主对话会。会上，工会主席尚立森对代表提出的问题作了
答复。
"""
    articles = _articles(page)
    assert len(articles) == 4
    assert articles[0][0][1].endswith("研究制定了奔小康的奋斗目标。")


def test_a_year_over_a_reports_numbered_sections_keeps_the_report_one_article():
    page = """2022年
一、组织建设
3月，县总工会召开基层工会组建推进会，新建基层工会十二个。
6月，县总工会在开发区建成职工服务驿站三个。
二、维权服务
5月，县总工会开展劳动法律宣传月活动，受理职工咨询八十余人次。
9月，县总工会联合县人社局开展欠薪专项检查。
"""
    assert len(_articles(page)) == 1


def test_the_years_closing_entry_dated_shi_nian_is_an_entry_too():
    blank = FARM_YEAR + "  是年 农场工会新建职工书屋六个。\n"
    comma = (
        FARM_YEAR.replace("日 ", "日，").replace("9月 ", "9月，")
        + "  是年，农场工会新建职工书屋六个。\n"
    )
    assert len(_articles(blank)) == 5
    assert len(_articles(comma)) == 5
    assert _articles(blank)[4] == [("body", "是年 农场工会新建职工书屋六个。")]

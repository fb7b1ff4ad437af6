"""Chronicles (大事记) in the shapes of yearbooks and gazetteers put online: a year printed
alone in Chinese numerals (``二〇一八年``) titles the entries under it as ``2018年`` does; a
date printed alone on its line heads the paragraph under it, one entry; ``是年`` set off by
a wide blank closes a year with an entry of its own; a chronicle title naming one year and
no month dates its entries. Near-misses: a round-up's themed sub-heads, a report's numbered
sections and a news article whose paragraphs open with dates stay one article. Every page
is invented."""

from __future__ import annotations

from gonghui_build.extract.page import extract_page
from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.printed_dates import dates_in
from gonghui_build.layout.segment import layout
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page


def _articles(text: str) -> list[list[tuple[str, str]]]:
    page = layout(split_blocks(text))
    return [
        [(p.role, p.block.plain.strip()) for p in page.placed if p.article == a.index]
        for a in page.articles
    ]


CHINESE_YEAR = """二〇一八年
二〇一八年
1月19日，林场工会召开第四届职工代表大会第二次会议，职工代表九十六人出席。
3月8日，林场工会组织女职工开展登山健身活动。
5月，林场工会开展安全生产知识竞赛，十支队伍参赛。
9月12日，林场工会为二十六名困难职工子女发放助学金。
"""

DATES_ALONE = """柳塘区总工会2021年大事记
1月6日
区总工会召开全区工会工作会议，区总工会主席葛文川作工作报告。
3月12日
区总工会举办女职工维权知识讲座，七十名女职工参加。
4月28日至29日
区总工会举办庆祝“五一”职工文艺汇演，十八个节目参演。
"""


def _entry_years(text: str) -> list[tuple[int | None, str]]:
    parsed = parse_page(page_from_bytes("c.txt", text.encode("utf-8")))
    return [(a.date.year, a.date.basis) for a in extract_page(parsed).articles]


def test_a_year_printed_alone_in_chinese_numerals_titles_the_entries_under_it():
    articles = _articles(CHINESE_YEAR)
    assert len(articles) == 4
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)
    assert "二〇一八年" not in {text for a in articles for _, text in a}


def test_a_year_in_chinese_numerals_alone_on_its_line_is_a_year_heading():
    [heading] = dates_in("二〇一八年", 0, 0, None)
    assert (heading.kind, heading.date, heading.precision) == ("year_heading", "2018", "year")


def test_four_numerals_that_read_as_no_recent_year_are_no_year_heading():
    assert [d.kind for d in dates_in("一二三四年", 0, 0, None)] == []


def test_entries_under_a_chinese_numeral_year_take_its_year():
    assert set(_entry_years(CHINESE_YEAR)) == {(2018, "same_page")}


def test_a_date_alone_on_its_line_heads_the_entry_under_it():
    articles = _articles(DATES_ALONE)
    assert len(articles) == 3
    assert [text for _, text in articles[2]] == [
        "4月28日至29日",
        "区总工会举办庆祝“五一”职工文艺汇演，十八个节目参演。",
    ]
    assert not any(role == "headline" for a in articles for role, _ in a)


def test_a_chronicle_title_naming_a_year_and_no_month_dates_its_entries():
    assert _entry_years(DATES_ALONE) == [(2021, "same_page")] * 3


def test_shi_nian_set_off_by_a_wide_blank_is_an_entry_of_its_own():
    page = """第三章　大事记
二〇〇五年
1月  县总工会开展送温暖活动，慰问困难职工一百四十户。
3月8日  县总工会表彰“三八”红旗手十八名。
7月  县总工会举办职工篮球赛，十二支代表队参赛。
是年  全县新建基层工会二十七个。
"""
    articles = _articles(page)
    assert len(articles) == 4
    assert articles[3] == [("body", "是年  全县新建基层工会二十七个。")]


def test_dates_alone_in_a_news_article_without_a_chronicle_title_stay_one_article():
    page = """柳塘区总工会举办职工文化月系列活动
本报讯（通讯员 钱雨桐）
5月6日
区总工会在职工之家举办书画展，展出作品八十幅。
5月13日
区总工会举办职工合唱比赛，十二支合唱队参赛。
5月20日
区总工会举办职工读书分享会。
"""
    assert len(_articles(page)) == 1


def test_a_chronicle_title_over_a_date_alone_and_an_undated_paragraph_stays_one_article():
    page = DATES_ALONE.replace(
        "3月12日\n", "全年，区总工会共慰问困难职工三百户，发放慰问金四十万元。\n3月12日\n"
    ).replace("区总工会举办女职工", "5月，区总工会举办女职工")
    assert len(_articles(page)) == 1


def test_a_round_up_with_themed_sub_heads_stays_one_article():
    page = """各地工会多措并举服务快递从业者
本报记者 唐知秋
“爱心驿站”全覆盖
桐溪区总工会今年新建户外劳动者服务站十八个，为快递员提供饮水、休息服务。
入会渠道更便捷
东岭市总工会推出“扫码入会”，半年来两千名快递员入会。
技能提升有保障
青柳县总工会联合县职业学校开设免费电工培训班，首期学员三十六人。
"""
    assert len(_articles(page)) == 1


def test_a_report_with_numbered_sections_stays_one_article():
    page = """青柳县总工会2020年工作总结
一、加强思想政治引领
全年组织宣讲十八场，覆盖职工四千人次。
二、深化劳动和技能竞赛
组织开展县级技能竞赛七项，参赛职工一千一百人。
三、做好帮扶救助工作
慰问困难职工二百八十户，发放慰问金五十万元。
"""
    assert len(_articles(page)) == 1


WRAPPED_YEAR = """1996年
1996年
1 月5 日 林场工会在场部礼堂召开第七届职工代表大会第二次会议，职工代表九十八人出席，
会议审议通过了林场年度生产计划。
2 月12~13日 林场工会组织慰问组走访困难职工家庭。
3 月8 日 林场工会表彰“三八”红旗手十一名，并为女职工举办
健康知识讲座。
6 月20日 林场举办第九届职工运动会。
"""


def test_an_entry_the_ocr_broke_in_mid_sentence_keeps_its_rest_and_the_others_split():
    articles = _articles(WRAPPED_YEAR)
    assert len(articles) == 4
    assert [text for _, text in articles[2]] == [
        "3 月8 日 林场工会表彰“三八”红旗手十一名，并为女职工举办",
        "健康知识讲座。",
    ]


def test_an_undated_paragraph_after_an_entry_that_ends_its_sentence_keeps_one_article():
    page = WRAPPED_YEAR.replace(
        "6 月20日 林场举办", "全年林场工会新发展会员八十人。\n6 月20日 林场举办"
    )
    assert len(_articles(page)) == 1


def test_entries_under_a_year_heading_are_dated_to_the_month_they_open_with():
    parsed = parse_page(page_from_bytes("c.txt", CHINESE_YEAR.encode("utf-8")))
    dates = [(a.date.date, a.date.precision) for a in extract_page(parsed).articles]
    assert dates == [
        ("2018-01", "month"),
        ("2018-03", "month"),
        ("2018-05", "month"),
        ("2018-09", "month"),
    ]


def test_an_entry_opening_with_no_month_under_a_year_heading_keeps_the_year():
    page = CHINESE_YEAR + "是年，林场工会新发展会员六十人。\n"
    parsed = parse_page(page_from_bytes("c.txt", page.encode("utf-8")))
    last = extract_page(parsed).articles[-1]
    assert (last.date.date, last.date.precision) == ("2018", "year")

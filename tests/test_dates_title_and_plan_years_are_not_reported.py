"""Years that name a document's term or next year's plans are not the year a text was
written: a work summary that signs itself in December is not dated by the contract term
in a title it cites, nor by the plans it closes with."""

from __future__ import annotations

from gonghui_build.extract.dates import infer_article_date
from gonghui_build.extract.dates.article import explicit_years, in_document_title
from gonghui_build.extract.dates.page import date_articles
from gonghui_build.layout.printed_dates import dates_in

# Invented: a company union's year-end summary, in the shape of one.
SUMMARY = (
    "2016年，公司工会围绕生产经营中心任务，较好地完成了全年工作。\n"
    "4月8日召开一届五次职工代表大会，审议通过了《工资集体协商协议（2016—2018年）》。\n"
    "9月20日举办职工趣味运动会，三百余名职工参加。\n"
    "四、2017年工作打算\n"
    "继续开展劳动竞赛，办好职工书屋。\n"
)


def test_a_year_in_a_documents_title_is_not_one_the_text_reports():
    years = [y for y, _ in explicit_years(SUMMARY)]
    assert 2016 in years
    assert 2018 not in years


def test_a_year_heading_next_years_plans_is_not_one_the_text_reports():
    assert 2017 not in [y for y, _ in explicit_years(SUMMARY)]
    assert infer_article_date(SUMMARY).year == 2016


def test_a_title_mark_closed_before_the_year_does_not_hide_it():
    text = "学习《工会法》。2016年举办培训班。"
    assert not in_document_title(text, text.index("2016"))
    assert in_document_title("《2016年度考核办法》", 1)


def test_a_summary_signed_in_its_year_keeps_its_signature_date():
    signed = dates_in("二〇一六年十二月二十六日", 0, 0, 0)
    [dated] = date_articles([SUMMARY], printed=signed)
    assert (dated.date, dated.basis) == ("2016-12-26", "printed_date")

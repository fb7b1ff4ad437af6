"""An activity themed on a congress as done (学习贯彻党的二十大精神) on a day before the
congress in its year is of a later year: the article is not of the congress's year."""

from __future__ import annotations

from gonghui_build.extract.dates.article import infer_article_date
from gonghui_build.extract.page import extract_page
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

# Invented: a company union's May Day forum themed on the congress's spirit, no year printed.
FORUM = """青禾机械公司工会举办劳模座谈会

5月6日，青禾机械公司工会举办以学习贯彻党的二十大精神为主题的劳模座谈会，十二名劳模参加。
座谈会上，劳模代表罗春明交流了岗位创新的体会。
"""


def test_a_day_themed_on_the_congress_done_before_it_in_its_year_is_of_the_next_year():
    dated = infer_article_date("今年4月12日-14日，公司举办“学习贯彻二十大、奋进新征程”篮球赛。")
    assert (dated.date, dated.year, dated.basis) == ("2023-04", 2023, "event_reference")
    assert "二十大" in (dated.evidence or "")


def test_an_awaited_congress_or_a_review_telling_it_apart_keeps_the_congress_year():
    awaited = infer_article_date("9月20日，“喜迎二十大”职工篮球赛在体育馆举行。")
    review = infer_article_date(
        "今年3月，公司举办技能比武。5月，举办运动会。党的二十大召开后，工会深入学习贯彻党的二十大精神。"
    )
    after = infer_article_date("11月28日，市总工会宣讲团宣讲党的二十大精神。")
    assert [d.year for d in (awaited, review, after)] == [2022, 2022, 2022]
    assert after.month == 11
    themed = infer_article_date("5月，开展以学习贯彻党的二十大精神为主题的交流会。")
    assert (themed.year, themed.month) == (2023, 5)


def test_the_forum_and_its_activity_are_dated_in_the_year_after_the_congress():
    parsed = parse_page(page_from_bytes("f.txt", FORUM.encode("utf-8")))
    [article] = extract_page(parsed).articles
    assert article.date.year == 2023
    assert "2023-05-06" in {a.date.start for a in article.activities}


def test_one_days_report_naming_the_congress_done_in_another_sentence_is_of_the_next_year():
    forum = infer_article_date(
        "4月26日，青禾市总工会召开劳模座谈会。座谈中，劳模们围绕贯彻落实党的二十大精神谈体会。"
    )
    assert (forum.year, forum.month) == (2023, 4)
    planned = infer_article_date("今年5月，公司获评先进集体。公司将深入学习贯彻党的二十大精神。")
    assert planned.year == 2022

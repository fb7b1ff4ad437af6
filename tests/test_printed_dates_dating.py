"""Articles dated from the dates their page prints (a masthead, a web timestamp, a source
line), which evidence wins over which, and dates inside an article resolved against the
day it was published. Pages and texts are invented."""

from __future__ import annotations

from gonghui_dev.scoring import gold_basis

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import find_dates, infer_article_date, resolve
from gonghui_build.extract.dates.page import date_articles
from gonghui_build.extract.dates.resolve import days_of, one_day_of, with_duration
from gonghui_build.extract.facts import ArticleDate
from gonghui_build.extract.page import extract_page
from gonghui_build.layout.printed_dates import PrintedDate, dates_in
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

PUBLISHED_2020_01_14 = ArticleDate(
    "2020-01-14", "day", "printed_date", "2020年1月14日", 2020, 1, 14
)
PUBLISHED_2015_07_20 = ArticleDate(
    "2015-07-20", "day", "printed_date", "2015年07月20日", 2015, 7, 20
)
PUBLISHED_2019_09_17 = ArticleDate(
    "2019-09-17", "day", "printed_date", "2019年9月17日", 2019, 9, 17
)


def printed(line: str, article: int | None = None) -> PrintedDate:
    found = dates_in(line, 0, 0, article)
    assert len(found) == 1, found
    return found[0]


def only(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


# --- which evidence wins ---------------------------------------------------------------


def test_an_article_under_a_page_publication_date_is_dated_to_that_day():
    masthead = printed("2019年9月17日 星期二")
    [d] = date_articles(["今年9月10日，区总工会举办培训班。"], printed=[masthead])
    assert (d.date, d.precision, d.basis) == ("2019-09-17", "day", "printed_date")
    assert (d.year, d.month, d.day) == (2019, 9, 17)
    assert "2019年9月17日" in d.evidence


def test_every_article_of_the_page_takes_the_pages_printed_date():
    masthead = printed("工人日报 2015年7月15日 星期三")
    texts = ["区总工会召开会议。", "2015年，厂工会开展劳动竞赛。", "市总工会慰问职工。"]
    dates = date_articles(texts, printed=[masthead])
    assert [d.date for d in dates] == ["2015-07-15"] * 3
    assert {d.basis for d in dates} == {"printed_date"}


def test_an_articles_own_timestamp_beats_the_pages_date():
    page = printed("2021年4月20日 星期二")
    own = printed("2021-04-19 10:26:53 来源：京工网", article=1)
    dates = date_articles(["区总工会召开会议。", "职工健步走活动举行。"], printed=[page, own])
    assert [d.date for d in dates] == ["2021-04-20", "2021-04-19"]


def test_the_metadata_file_beats_a_printed_date():
    masthead = printed("2019年9月17日 星期二")
    [d] = date_articles(["区总工会召开会议。"], curated="2019-09-18", printed=[masthead])
    assert (d.date, d.basis) == ("2019-09-18", "curated_metadata")


def test_a_printed_date_beats_an_older_year_in_the_text_and_says_whether_the_text_agrees():
    masthead = printed("2020年1月14日 星期二")
    [older] = date_articles(["2019年，区总工会帮助农民工讨薪。"], printed=[masthead])
    assert (older.date, older.basis) == ("2020-01-14", "printed_date")
    assert "agrees" not in older.evidence
    [same] = date_articles(["2020年1月，区总工会慰问职工。"], printed=[masthead])
    assert "the text agrees: 2020年" in same.evidence


def test_a_web_posting_years_after_the_text_is_a_repost_dated_from_the_text():
    posted = printed("发布时间：2013-06-20　来源：地方志编纂室")
    texts = ["2011年，市总工会新建基层工会二百个。", "4月28日，市总工会召开推进会。"]
    dates = date_articles(texts, printed=[posted])
    assert [d.year for d in dates] == [2011, 2011]
    assert [d.basis for d in dates] == ["explicit_date", "same_page"]


def test_a_masthead_is_no_repost_however_old_the_years_its_articles_name():
    masthead = printed("2019年9月17日 星期二")
    [d] = date_articles(["自2012年以来，厂工会坚持开展技术比武。"], printed=[masthead])
    assert (d.date, d.basis) == ("2019-09-17", "printed_date")


def test_a_printed_date_before_what_the_text_reports_is_not_the_articles():
    line = printed("2017年6月14日")
    [d] = date_articles(["2018年3月，区总工会举办培训班。"], printed=[line])
    assert (d.year, d.basis) == (2018, "explicit_date")


def test_without_printed_dates_the_page_is_dated_from_its_text():
    dates = date_articles(["2018年，区总工会举办培训班。", "职工书屋建成。"])
    assert [(d.year, d.basis) for d in dates] == [(2018, "explicit_date"), (2018, "same_page")]


# --- dates resolved against the day of publication --------------------------------------


def test_a_month_and_day_after_publication_are_of_the_year_before():
    r = resolve(only("12月28日"), PUBLISHED_2020_01_14)
    assert r.start == "2019-12-28"
    assert resolve(only("1月10日"), PUBLISHED_2020_01_14).start == "2020-01-10"


def test_a_planned_date_after_publication_stays_in_its_year():
    r = resolve(only("3月5日"), PUBLISHED_2020_01_14, ahead=True)
    assert r.start == "2020-03-05"


def test_a_bare_day_after_the_publication_day_is_of_the_month_before():
    assert resolve(only("20日"), PUBLISHED_2019_09_17).start == "2019-08-20"
    assert resolve(only("10日"), PUBLISHED_2019_09_17).start == "2019-09-10"


def test_a_range_of_months_runs_into_the_next_year():
    r = resolve(only("11月至2月"), PUBLISHED_2020_01_14)
    assert (r.start, r.end) == ("2019-11", "2020-02")


def test_relative_words_count_from_the_publication_day():
    def start(word: str) -> tuple[str | None, str | None]:
        r = resolve(only(word), PUBLISHED_2020_01_14)
        return r.start, r.start_precision

    assert start("近日") == ("2020-01", "month")
    assert start("上月") == ("2019-12", "month")
    assert start("昨天") == ("2020-01-13", "day")
    assert start("年底") == ("2020", "year")


def test_last_year_and_this_year_keep_counting_from_the_publication_year():
    assert resolve(only("去年11月"), PUBLISHED_2020_01_14).start == "2019-11"
    assert resolve(only("今年3月"), PUBLISHED_2019_09_17).start == "2019-03"


# --- end to end --------------------------------------------------------------------------

PAGE = """第03版：工会新闻
2019年9月17日 星期二

区总工会举办职工乒乓球比赛

本报讯（记者 林晓秋）9月14日至15日，区总工会在区体育馆举办职工乒乓球比赛，二百余名职工参赛。

区总工会还将于10月举办职工运动会。
"""


def test_a_page_printing_its_date_dates_its_article_and_the_activities_it_reports():
    parsed = parse_page(page_from_bytes("p.txt", PAGE.encode("utf-8")))
    assert [d.date for d in parsed.printed_dates] == ["2019-09-17"]
    [article] = extract_page(parsed).articles
    assert (article.date.date, article.date.basis) == ("2019-09-17", "printed_date")
    starts = {(a.date.start, a.date.end) for a in article.activities}
    assert ("2019-09-14", "2019-09-15") in starts
    assert ("2019-10", None) in starts  # planned: after publication, in the same year


def test_the_scorer_reads_a_printed_date_as_the_golds_same_page():
    assert gold_basis("printed_date") == "same_page"
    assert gold_basis("explicit_date") == "explicit_date"


def test_a_date_shortly_after_publication_is_one_the_news_announces_in_that_year():
    published = ArticleDate("2021-04-27", "day", "printed_date", "2021年4月27日", 2021, 4, 27)
    assert resolve(only("5月1日"), published).start == "2021-05-01"
    assert resolve(only("11月1日"), published).start == "2020-11-01"


# --- spans of days and durations ----------------------------------------------------------


def test_a_day_and_a_duration_make_a_span_from_that_day():
    when = resolve(only("18日上午"), PUBLISHED_2015_07_20)
    spanned = with_duration(when, 3, closing=False)
    assert (spanned.start, spanned.end, spanned.time_of_day) == (
        "2015-07-18",
        "2015-07-20",
        "morning",
    )


def test_an_activity_closing_on_a_day_ends_its_span_there():
    when = resolve(only("9月15日"), PUBLISHED_2019_09_17)
    spanned = with_duration(when, 2, closing=True)
    assert (spanned.start, spanned.end) == ("2019-09-14", "2019-09-15")


def test_a_duration_needs_a_single_day_to_make_a_span():
    month = resolve(only("今年3月"), PUBLISHED_2019_09_17)
    assert with_duration(month, 3, closing=False) == month
    assert with_duration(resolve(only("9月10日"), PUBLISHED_2019_09_17), 0.5, False).end is None


def test_a_span_of_days_counts_both_ends():
    assert days_of(resolve(only("6月13日至17日"), PUBLISHED_2019_09_17)) == 5
    assert days_of(resolve(only("5月28日到6月1日"), PUBLISHED_2019_09_17)) == 5
    assert days_of(resolve(only("11月至2月"), PUBLISHED_2020_01_14)) is None


COURSE = """区总工会举办基层工会主席培训班

本报讯 6月13日至17日，区总工会在区委党校举办基层工会主席培训班，一百零六名基层工会主席参加。

本报讯 9月15日，由区总工会主办的职工乒乓球比赛在区体育馆落幕。比赛为期两天，二十八支代表队参赛。
"""


def test_activities_take_their_span_and_duration_from_the_days_the_text_gives():
    masthead = "2019年9月17日 星期二\n\n"
    parsed = parse_page(page_from_bytes("c.txt", (masthead + COURSE).encode("utf-8")))
    articles = extract_page(parsed).articles
    by_dates = {(a.date.start, a.date.end): a for art in articles for a in art.activities}
    course = by_dates[("2019-06-13", "2019-06-17")]
    assert (course.duration_days, course.duration_text) == (5, "6月13日至17日")
    assert ("2019-09-14", "2019-09-15") in by_dates


# --- date shapes of real pages --------------------------------------------------------------


def test_yuanyue_is_january_and_money_before_it_is_not():
    d = only("元月十日至十二日在渭城棉纺织厂举行")
    assert (d.month, d.day, d.end_month, d.end_day) == (1, 10, 1, 12)
    assert find_dates("月薪三千元月底发放") == []
    assert find_dates("单元月考") == []


def test_a_date_of_record_after_jiezhi_dates_the_article():
    d = infer_article_date("截至2012年1月10日，专项行动共为四百三十余名农民工追回欠薪。")
    assert (d.year, d.basis) == (2012, "explicit_date")
    planned = infer_article_date("截至2025年底，全市要建成职工驿站五百家。")
    assert planned.year is None


def test_dangtian_is_the_day_named_before_it():
    texts = ["6月12日，钢筋工乔大勇在项目职工之家里说。当天，市建筑工会在这里召开现场推进会。"]
    [meeting] = [d for d in find_activities(texts) if d.category == "meeting"]
    assert (meeting.date.month, meeting.date.day, meeting.date.text) == (6, 12, "当天")


def test_lishi_gives_a_duration_like_weiqi():
    texts = ["9月15日，海淀区职工乒乓球比赛在海淀体育中心落幕。比赛历时两天，十二支代表队参赛。"]
    [game] = [d for d in find_activities(texts) if d.category == "competition"]
    assert game.duration_days == 2


def test_a_lecture_printed_with_a_span_of_days_is_on_one_day_of_it():
    span = resolve(only("5月10日至13日"), PUBLISHED_2019_09_17)
    session = one_day_of(span)
    assert (session.start, session.start_precision, session.end) == ("2019-05", "month", None)
    assert (session.basis, session.text) == (span.basis, "5月10日至13日")
    across = one_day_of(resolve(only("6月27日至7月3日"), PUBLISHED_2019_09_17))
    assert (across.start, across.start_precision) == ("2019", "year")


def test_a_month_after_the_activity_beats_the_bare_year_before_it():
    texts = ["今年的“金秋助学”活动于7月启动，重点资助困难职工家庭子女。"]
    [found] = [d for d in find_activities(texts) if "金秋助学" in d.name]
    assert (found.date.month, found.date.text) == (7, "7月")


LECTURE = """区总工会举办基层工会主席培训班

本报讯 6月13日至17日，区总工会在区职工培训中心举办基层工会主席培训班，一百零六名基层工会主席参加。湘潭大学教授雷振宇讲授《工会法》，区总工会法律工作部部长邹敏讲解劳动争议调解实务。
"""


def test_a_lecture_of_a_course_keeps_the_course_as_parent_and_takes_its_month():
    page = "2019年9月17日 星期二\n\n" + LECTURE
    parsed = parse_page(page_from_bytes("l.txt", page.encode("utf-8")))
    acts = [a for art in extract_page(parsed).articles for a in art.activities]
    [course] = [a for a in acts if a.category == "training"]
    lectures = [a for a in acts if a.category == "lecture"]
    assert (course.date.start, course.date.end) == ("2019-06-13", "2019-06-17")
    assert lectures
    for lecture in lectures:
        assert (lecture.date.start, lecture.date.end) == ("2019-06", None)
        assert acts[lecture.parent] is course

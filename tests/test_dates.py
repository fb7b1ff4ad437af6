"""Dates as the paper writes them, resolved against an article's date; article dates
inferred from the text, from dated events, or taken from the curated metadata file."""

from __future__ import annotations

from dataclasses import replace

import pyarrow.parquet as pq
import pytest

from gonghui_build import reference
from gonghui_build.extract.dates import (
    ArticleDate,
    DateText,
    find_dates,
    infer_article_date,
    resolve,
)
from gonghui_build.pipeline import InputError, run

ARTICLE_2023_07 = ArticleDate("2023-07", "month", "explicit_date", "2023年", 2023, 7)
ARTICLE_2017 = ArticleDate("2017", "year", "event_reference", "十九大", 2017, None)


def only(text: str) -> DateText:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def test_a_range_gives_start_and_end():
    d = only("5月28日到6月1日")
    assert (d.month, d.day, d.end_month, d.end_day) == (5, 28, 6, 1)
    r = resolve(d, ARTICLE_2023_07)
    assert (r.start, r.end, r.start_precision, r.end_precision) == (
        "2023-05-28",
        "2023-06-01",
        "day",
        "day",
    )


def test_a_range_whose_end_gives_only_the_day_stays_in_its_month():
    r = resolve(only("11月12日至14日"), ARTICLE_2017)
    assert (r.start, r.end) == ("2017-11-12", "2017-11-14")


def test_a_range_across_years_keeps_both_years():
    r = resolve(only("2019年12月至2020年2月"), ARTICLE_2017)
    assert (r.start, r.end, r.basis) == ("2019-12", "2020-02", "explicit")


def test_time_of_day_is_kept_beside_the_date():
    r = resolve(only("7月10日上午"), ARTICLE_2023_07)
    assert (r.start, r.time_of_day, r.text) == ("2023-07-10", "morning", "7月10日上午")


def test_this_year_and_last_year_resolve_against_the_article():
    assert resolve(only("今年4月"), ARTICLE_2023_07).start == "2023-04"
    last = resolve(only("去年10月"), ARTICLE_2023_07)
    assert (last.start, last.start_precision, last.basis) == ("2022-10", "month", "relative")


def test_recently_is_only_as_precise_as_the_anchor_allows():
    # 近日 is shortly before publication; the article's month is only its latest event
    for word in ("近日", "日前", "前不久"):
        r = resolve(only(word), ARTICLE_2023_07)
        assert (r.start, r.start_precision, r.basis) == ("2023", "year", "relative")


def test_a_bare_day_takes_the_article_month_only_when_it_is_known():
    assert resolve(only("25日"), ARTICLE_2023_07).start == "2023-07-25"
    unsure = resolve(only("25日"), ARTICLE_2017)
    assert (unsure.start, unsure.start_precision) == ("2017", "year")


def test_no_article_year_means_no_date_rather_than_a_guess():
    none = ArticleDate(None, None, "none", None, None, None)
    assert resolve(only("5月28日"), none).start is None


def test_chinese_numeral_dates_are_read():
    d = only("二〇一八年五月")
    assert (d.year, d.month) == (2018, 5)


def test_month_without_day_keeps_month_precision():
    r = resolve(only("11月中旬"), ARTICLE_2017)
    assert (r.start, r.start_precision) == ("2017-11", "month")


def test_article_year_from_an_explicit_date():
    d = infer_article_date("2021年6月7日至11日，延庆区举办基层工会主席培训班。")
    assert (d.year, d.month, d.basis) == (2021, 6, "explicit_date")


def test_a_target_year_is_not_the_articles_year():
    d = infer_article_date("今年，区总工会召开会议，提出到2035年建成……工会。")
    assert d.year is None


def test_article_year_from_a_dated_event_reference():
    d = infer_article_date("各级工会认真学习贯彻党的二十大精神。")
    assert (d.year, d.basis) == (2022, "event_reference")
    assert "二十大" in d.evidence


def test_the_latest_dated_event_wins():
    d = infer_article_date("学习贯彻十八届六中全会精神，回顾党的十八大以来的成就。")
    assert (d.year, d.basis) == (2016, "event_reference")


def test_every_reference_event_has_a_date_and_a_source():
    events = reference.load("events.yaml").events
    assert events
    for entry in events:
        assert entry.start and entry.source, entry


def test_curated_metadata_overrides_inference(pages_dir, tmp_path):
    (pages_dir / "a.txt").write_text(
        "区总工会召开学习会议\n\n本报讯 近日，区总工会召开学习贯彻党的十九大精神座谈会。\n",
        encoding="utf-8",
    )
    (pages_dir / "metadata.csv").write_text(
        "source_file,date,newspaper,page_label\na.txt,2018-01-05,劳动午报,第3版\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run(pages_dir, out)
    article = pq.read_table(out / "articles.parquet").to_pylist()[0]
    assert (article["date"], article["date_precision"], article["date_basis"]) == (
        "2018-01-05",
        "day",
        "curated_metadata",
    )
    page = pq.read_table(out / "pages.parquet").to_pylist()[0]
    assert (page["newspaper"], page["page_label"]) == ("劳动午报", "第3版")
    # the activities are dated against the curated date, not the inferred 2017
    activity = pq.read_table(out / "activities.parquet").to_pylist()[0]
    assert activity["start_date"].startswith("2018")


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        ("source_file,date\na.txt,2018\n", "missing columns"),
        ("source_file,date,newspaper,page_label\nb.txt,2018,,\n", "no page 'b.txt'"),
        ("source_file,date,newspaper,page_label\na.txt,5 May 2018,,\n", "is not YYYY"),
    ],
)
def test_a_bad_metadata_file_is_reported_with_its_line(pages_dir, tmp_path, csv_text, message):
    (pages_dir / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (pages_dir / "metadata.csv").write_text(csv_text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        run(pages_dir, tmp_path / "out")


def test_fixed_date_holidays_are_dates():
    d = only("“三八”妇女节当天，县总工会举办健康讲座。")
    assert (d.month, d.day) == (3, 8)
    before = only("五一前夕，区总工会表彰劳模。")
    # shortly before: the month only, April for the 1st of May (s40 acts43: real_dev6's gold)
    assert (before.month, before.day) == (4, None)


def test_a_year_word_alone_is_only_a_year():
    r = resolve(only("今年以来，集团工会开展劳动竞赛。"), ARTICLE_2023_07)
    assert (r.start, r.start_precision) == ("2023", "year")


def test_an_end_relative_to_the_article_year():
    d = replace(only("10月中旬"), end_month=2, end_relative_year=1)
    r = resolve(d, ARTICLE_2023_07)
    assert (r.start, r.end) == ("2023-10", "2024-02")


def test_a_year_in_a_plan_or_a_target_is_not_the_articles_year():
    text = "2018年，区总工会服务职工。区总工会将于12月召开会议，总结全年工作，部署2019年任务。"
    assert infer_article_date(text).year == 2018

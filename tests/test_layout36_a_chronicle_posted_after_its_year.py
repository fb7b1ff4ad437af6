"""A chronicle put online after its year, its entries printing no year: under its year's
heading (``1992年``) or a title naming one year (``某市总工会2020年大事记``), the site's
posting stamp (``2014-05-12 10:21``, ``发布时间：2021-01-15``) dated every entry, so
entries of 1992 were read as of 2014. Read in session 40 (layout36) on a city's chronicle
put online by its gazetteer office and a union's yearly chronicle. The heading's year
dates them (``same_page``), as a month's title does. Invented texts."""

from __future__ import annotations

from gonghui_build.extract.dates.page import date_articles
from gonghui_build.layout.printed_dates import dates_in

ENTRIES = [
    "6日 市总工会在市工人文化宫召开全市工会工作会议。",
    "本月 市总工会女工部开展女职工劳动保护专项检查。",
]


def _printed(heading: str, stamp: str):
    return dates_in(heading, 0, 0, None) + dates_in(stamp, 40, 1, None)


def test_entries_posted_years_later_take_their_heading_year():
    dated = date_articles(ENTRIES, printed=_printed("1992年", "2014-05-12 10:21"))
    assert [(d.year, d.basis) for d in dated] == [(1992, "same_page")] * 2


def test_a_years_chronicle_posted_the_next_january_is_of_its_year():
    printed = _printed("宁安市总工会2020年大事记", "发布时间：2021-01-15")
    assert {d.kind for d in printed} >= {"year_heading"}
    dated = date_articles(ENTRIES, printed=printed)
    assert [d.year for d in dated] == [2020, 2020]


def test_a_stamp_of_the_headings_own_year_still_dates_the_page():
    """Near miss: posted in the year its heading names, the stamp is the entries' date."""
    dated = date_articles(ENTRIES, printed=_printed("2020年", "2020-06-30 09:00"))
    assert [(d.date, d.basis) for d in dated] == [("2020-06-30", "printed_date")] * 2

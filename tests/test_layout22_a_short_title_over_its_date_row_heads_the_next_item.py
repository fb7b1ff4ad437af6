"""On a list page each item prints a short title, its own date row (``03-08``,
``2025-03-08``, ``2025年3月8日``), then its text: when the open item's headline stood over a
date row, the next title over a date row heads the next item, not a section heading of
the one above. A title over a date row in an article not headed that way (a notice's
signature over its date, a related link) changes nothing. Invented text in the shape of
a city union's web list page."""

from __future__ import annotations

import pytest

from gonghui_build.layout.dated_items import is_date_row, is_post_date_row
from tests.conftest import layout_articles

LIST = """\
工作动态
培训班开班
{first}
3月7日，宜昌市总工会基层工会主席培训班开班，一百二十名基层工会主席参加培训。
劳动竞赛启动
{second}
3月4日，宜昌市总工会在坝区启动重点工程劳动竞赛，二十家参建单位的职工参赛。
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("03-08", "03-05"),
        ("2025-03-08", "2025-03-05"),
        ("2025年3月8日", "2025年3月5日"),
        ("[2025-03-08]", "[2025-03-05]"),
        ("2025-03-08 来源：宜昌市总工会", "2025-03-05 来源：宜昌市总工会"),
        ("发布时间：2025-03-08 09:15", "发布时间：2025-03-05 10:20"),
    ],
)
def test_a_short_title_over_its_date_row_heads_the_next_item(first: str, second: str) -> None:
    articles = layout_articles(LIST.format(first=first, second=second))
    assert len(articles) == 2
    assert articles[0][0] == ("headline", "培训班开班")
    assert articles[1][0] == ("headline", "劳动竞赛启动")


def test_a_short_heading_with_no_date_rows_stays_in_the_article() -> None:
    text = LIST.replace("{first}\n", "").replace("{second}\n", "")
    articles = layout_articles(text)
    assert len(articles) == 1
    assert ("section_heading", "劳动竞赛启动") in articles[0]


def test_a_date_row_only_under_the_second_title_changes_nothing() -> None:
    """The open article's headline prints no date row: its heading over a date is no
    sign of a list (one article, as before)."""
    text = LIST.replace("{first}\n", "").format(second="2025-03-05")
    articles = layout_articles(text)
    assert len(articles) == 1


def test_a_signature_over_its_date_ends_no_article() -> None:
    notice = """\
关于举办职工乒乓球比赛的通知
各基层工会：
经研究，决定于4月举办全市职工乒乓球比赛。请各单位于3月20日前报名。
宜昌市总工会
2025年3月8日
"""
    articles = layout_articles(notice)
    assert len(articles) == 1


def test_what_a_date_row_is() -> None:
    for row in ("03-08", "3/8", "2025-03-08", "2025.03.08", "[2025-03-08]", "2025年3月8日"):
        assert is_date_row(row), row
    for row in ("3月8日", "2025-13-08", "03-08 18:07", "发布时间：2025-03-08", "第3-8版"):
        assert not is_date_row(row), row


def test_a_mastheads_date_row_is_no_posting_date() -> None:
    assert is_post_date_row("2025-03-08 来源：宜昌市总工会")
    assert is_post_date_row("2025-03-08 09:15:32")
    for row in ("工人日报 2025年3月8日 星期六", "第3版 2025年3月8日", "3月7日，某某开班。"):
        assert not is_post_date_row(row), row


def test_a_title_and_its_date_on_one_line_are_cut_apart() -> None:
    """A list page may print the date after the title on its line (``培训班开班
    2025-03-08``): the title is the item's headline, the date its furniture."""
    text = LIST.replace("\n{first}", " {first}").replace("\n{second}", "  {second}")
    articles = layout_articles(text.format(first="2025-03-08", second="[03-05]"))
    assert len(articles) == 2
    assert articles[0][0] == ("headline", "培训班开班")
    assert articles[1][0] == ("headline", "劳动竞赛启动")


def test_a_title_naming_a_date_in_its_words_is_not_cut() -> None:
    """A date run into the title's words, or a date that is the whole line, stays."""
    from gonghui_build.layout.title_meta import title_date_start

    assert title_date_start("培训班开班 2025-03-08") == len("培训班开班 ")
    for line in ("2025-03-08", "第3版 2025-03-08", "某某会议于2025-03-08召开", "工作动态 03-08"):
        assert title_date_start(line) is None, line


def test_a_related_reading_row_keeps_its_date() -> None:
    """A row of a list of links (相关阅读: ``· 某某活动启动 2023-03-15``) is no item's title
    over its date: the row stays furniture whole (the merge of stop 44 caught the cut
    splitting such rows on a shape page)."""
    from gonghui_build.layout.title_meta import title_date_start

    for line in (
        "· 石桥区总工会走访慰问快递小哥 2023-03-28",
        "•新就业形态劳动者入会行动启动 2023-03-15",
    ):
        assert title_date_start(line) is None, line

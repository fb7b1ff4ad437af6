"""An item with no dateline whose text opens with a day (``4月25日，…``: a union site's
copy, a post) is of kind ``other``, as the annotation's convention has it since 12-07
(web, WeChat and digest items without a dateline); one with a dateline is still a news
item. Its dated lead still dates its news for the activities, as a news item's does
(invented text)."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from tests.conftest import page_facts

TITLE = "东坪区总工会举办职工心理健康讲座\n"
TEXT = "4月25日，东坪区总工会在区工人文化宫举办职工心理健康讲座，120名职工参加。\n"


def _kinds(text: str) -> list[str]:
    return [a.kind for a in layout(split_blocks(text)).articles]


def test_undatelined_text_opening_with_a_day_is_other() -> None:
    assert _kinds(TITLE + TEXT) == ["other"]


def test_a_datelined_item_is_still_a_news_item() -> None:
    assert _kinds(TITLE + "本报讯 " + TEXT) == ["news_item"]


def test_its_dated_lead_still_dates_the_activity() -> None:
    article = page_facts("青禾工会网 2024-04-28\n" + TITLE + TEXT).articles[0]
    assert [a.date.start for a in article.activities] == ["2024-04-25"]


def test_a_bare_name_over_it_is_its_reporter_as_over_a_news_item() -> None:
    """Printed as ``other``, read as news: a name with no role word over the dated lead is
    the reporter, as it was while such text was a news item (not the signer of an essay)."""
    article = page_facts("青禾工会网 2024-04-28\n" + TITLE + "林晓雯\n" + TEXT).articles[0]
    assert [(a.name, a.role.value) for a in article.authors] == [("林晓雯", "reporter")]


def test_a_feature_signed_over_its_text_reads_no_dated_lead_as_news() -> None:
    """A reporter's byline over the text makes a feature, whose opening day is a scene of
    the story, not its news: the read kind stays the printed one."""
    text = TITLE + "本报记者 林晓雯\n" + TEXT
    assert [(a.kind, a.read_kind) for a in layout(split_blocks(text)).articles] == [
        ("feature", "feature")
    ]

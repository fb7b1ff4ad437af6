"""A chronicle's entry of its own that opens with 次日 or 同日 (its day is in the entry
before: ``1月18日，…``, then ``次日，…``) dates its activity to that day or the day after,
not only to the month, as county and district unions' chronicles under a year's title tell
the next day's events. Invented chronicle."""

from __future__ import annotations

from tests.conftest import page_facts

CHRONICLE = """青禾县总工会2022年大事记

1月18日，县总工会开展“两节”送温暖活动，走访慰问困难职工126户。

次日，县总工会举办新春职工书画展。

3月5日至7日，县总工会举办女职工素质提升培训班。

同日，县总工会召开女职工委员会会议。

次日，县总工会召开经费审查委员会会议。

4月，县总工会开展“安康杯”竞赛活动。

是月，县总工会举办劳模工匠宣讲会。
"""


def starts() -> list[tuple[str | None, str | None]]:
    facts = page_facts(CHRONICLE)
    return [(a.name, a.date.start) for art in facts.articles for a in art.activities]


def test_the_next_day_and_the_same_day_in_entries_of_their_own_are_days():
    got = dict(starts())
    assert got["新春职工书画展"] == "2022-01-19"
    assert got["女职工委员会会议"] == "2022-03-05"
    assert got["经费审查委员会会议"] == "2022-03-06"


def test_entries_with_their_own_date_or_a_month_keep_it():
    got = dict(starts())
    assert got["“两节”送温暖活动"] == "2022-01-18"
    assert got["劳模工匠宣讲会"] == "2022-04"


def test_the_next_day_in_a_news_item_with_no_day_before_is_not_the_papers_day():
    page = "工会新闻\n2023年9月20日 星期三\n某某简讯\n\n本报讯 次日，县总工会举办职工书画展。\n"
    dates = [a.date.start for art in page_facts(page).articles for a in art.activities]
    assert "2023-09-20" not in dates and "2023-09-21" not in dates

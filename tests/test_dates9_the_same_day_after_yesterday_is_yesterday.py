"""当天 or 次日 told after a day counted from publication (昨天上午，…开幕。当天下午，…召开
换届会议), as a web copy's second item (又讯) tells it, is that day or the day after,
counted from the article's day: not a day the text never names. Invented sentences."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def starts(body: str) -> list[str | None]:
    page = "工会新闻\n2023年5月11日 星期四\n" + news_page(body)
    return [a.date.start for art in page_facts(page).articles for a in art.activities]


def test_the_same_afternoon_after_yesterday_morning_is_yesterday():
    got = starts(
        "昨天上午，青禾县职工书法作品展在县工人文化宫开幕。当天下午，县职工书画协会召开换届会议。"
    )
    assert got == ["2023-05-10", "2023-05-10"]


def test_the_next_day_after_yesterday_is_today():
    got = starts("昨天，青禾县职工书法作品展开幕。次日，县职工书画协会召开换届会议。")
    assert got[-1] == "2023-05-11"

"""An event first read in a photo caption over the text (某某联欢会开场舞蹈。), with no
day, takes the day the text gives when it names the event again after that day
(2019年1月27日中午，…举办的某某联欢会在某文化宫举行): the gold of real_dev8. A day after the
name, or a day of another year than the name gives, dates something else. Shape read on
real pages (a provincial daily's web copy with its photo captions printed above the
story); pages written for these tests (invented names)."""

from __future__ import annotations

from tests.conftest import page_facts


def _dates(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.date.start) for a in page_facts(text).articles[0].activities]


def _page(body: str) -> str:
    return (
        "禾城工会办起新春联欢会\n\n"
        "2019年禾城职工新春联欢会开场舞蹈。本报记者 林青 摄\n\n"
        f"本报讯（记者 林青）{body}\n"
    )


def test_the_caption_event_takes_the_day_the_story_gives():
    body = "2019年1月27日中午，禾城市总工会举办的2019年禾城职工新春联欢会在禾城工人文化宫举行，200余名职工参加。"
    assert _dates(_page(body))[0][1] == "2019-01-27"


def test_a_day_after_the_name_dates_something_else():
    body = "禾城市总工会举办的2019年禾城职工新春联欢会在禾城工人文化宫举行，节目将于2月3日重播。"
    assert _dates(_page(body))[0][1] != "2019-02-03"

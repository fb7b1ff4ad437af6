"""Activities, s32 (issue 11): the people who give a talk are not its audience. A count
right before a verb of giving a talk and its head (三位劳模工匠作事迹宣讲, 五名劳模分别
进行了宣讲) or of telling (两位劳模讲述了…) counts the speakers; the audience is the
count before a verb of taking part (200余名职工代表聆听). Sentences written for these
tests (invented unions, people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(text: str) -> list[int | None]:
    return [d.participants.count if d.participants else None for d in find_activities([text])]


def test_the_audience_after_the_speakers_is_the_count() -> None:
    text = "6月5日，青禾区总工会举办劳模事迹宣讲会，三位劳模工匠作事迹宣讲，200余名职工代表聆听。"
    assert _counts(text) == [200]


def test_speakers_alone_give_no_count() -> None:
    text = "6月5日，青禾区总工会举办劳模事迹宣讲会，三位劳模作事迹宣讲。"
    assert _counts(text) == [None]


def test_those_the_talk_is_given_to_stay_counted() -> None:
    text = "7月3日，青禾区总工会在区文化宫举办安全生产宣讲会，为120名一线职工宣讲。"
    assert _counts(text) == [120]


def test_listeners_of_a_work_report_stay_counted() -> None:
    text = "5月8日，青禾县总工会召开2025年工作会议，180名代表听取了县总工会工作报告。"
    assert _counts(text) == [180]


def _rows(*texts: str) -> list[tuple[str, int | None]]:
    return [
        (d.name, d.participants.count if d.participants else None)
        for d in find_activities(list(texts))
    ]


def test_named_speakers_telling_their_talks_are_parts_of_the_talk_event() -> None:
    rows = _rows(
        "6月20日，青禾市劳模工匠进园区宣讲活动在青禾新材料产业园举行，共计150余人参加。",
        "市总工会副主席林秋水为宣讲员颁发聘书，劳模工匠苏晴、罗振川、葛文清开展事迹宣讲。",
    )
    assert rows == [("青禾市劳模工匠进园区宣讲活动", 150)]


def test_a_talk_told_to_a_counted_audience_gives_the_event_its_count() -> None:
    rows = _rows(
        "5月4日，青禾市劳模宣讲团报告会首场开讲。劳动模范柳明远来到青禾街道为60余名职工开展精彩宣讲。"
    )
    assert rows == [("青禾市劳模宣讲团报告会", 60)]


def test_a_talk_in_an_article_with_no_talk_event_stays_an_activity() -> None:
    rows = _rows("4月9日，青禾区总工会在区职工之家开展安全生产宣讲，八十名职工参加。")
    assert len(rows) == 1

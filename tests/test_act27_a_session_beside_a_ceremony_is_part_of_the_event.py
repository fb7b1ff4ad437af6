"""Activities, act27: a talk told before or after a contest's closing ceremony (闭幕式前，
某某作讲座) is a part of the contest; one told at the ceremony (闭幕式上) stays the
ceremony's. Sentences written for these tests (invented unions, people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_CONTEST = "5月20日，青溪市第三届职工电工技能大赛在市技师学院举行，40名选手参赛。"
_CLOSING = "当天下午举行闭幕式暨颁奖仪式，市总工会副主席王一帆宣读获奖名单。"


def test_a_talk_before_the_closing_is_part_of_the_contest() -> None:
    found = find_activities(
        [_CONTEST, _CLOSING, "闭幕式前，高级技师李青山为选手作了题为《安全用电》的技术讲座。"]
    )
    assert found[-1].parent == 0


def test_a_talk_at_the_closing_stays_the_ceremonys() -> None:
    found = find_activities(
        [_CONTEST, _CLOSING, "闭幕式上，高级技师李青山为选手作了题为《安全用电》的技术讲座。"]
    )
    assert found[-1].parent == 1

"""A speech made at a meeting told already (某某等5名代表作大会发言): the meeting's word
between 作 and 发言 is the speech's kind, no meeting of its own. Read on real_dev21: a
steel group's workers' congress gave a second meeting, 5名代表作大会. Near miss: a
meeting held (召开表彰大会) stays one. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(*paragraphs: str) -> list[str | None]:
    return [a.name for a in find_activities(list(paragraphs))]


def test_a_speech_at_the_congress_is_no_meeting():
    opening = "3月12日，青禾钢铁集团第十届职工代表大会第一次会议召开，300名代表出席。"
    speech = "会议审议通过了集体合同草案。炉长邬启明、质检员兰雅平等5名代表作大会发言。"
    assert len(_names(opening, speech)) == 1


def test_a_meeting_held_stays_one():
    text = "5月1日，青禾区总工会召开劳动模范表彰大会，6名劳模作典型发言。"
    assert _names(text) == ["劳动模范表彰大会"]

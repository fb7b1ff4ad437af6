"""Participants of activities (s39 acts38): a contest's report tells where it was held in
one sentence and counts its entrants in the next, closing on the words of the match
(…的86名技能高手现场过招, …的186名选手参加两个工种的比拼, 同场竞技); the words of joining
read so were 参赛, 角逐, 同台竞技 only, and the count was lost. Real pages of s39 (a
Shandong district's skills contest, a national union's contest final, provincial sports
meets) write it so. Near misses: a sentence naming a contest of its own before those words
(开展技能比拼) counts that one, not the contest before it; a sentence of no joining keeps
the contest uncounted.
Paragraphs written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(text: str) -> list[tuple[str | None, int | None]]:
    return [
        (a.name, a.participants.count if a.participants else None) for a in find_activities([text])
    ]


def test_contestants_matched_on_site_in_the_next_sentence():
    text = (
        "7月7日，海宁市东港区第九届职工职业技能大赛在东港职业学院正式启幕。"
        "经过前期层层选拔出的86名技能“高手”现场过招。"
    )
    assert _counts(text) == [("海宁市东港区第九届职工职业技能大赛", 86)]


def test_teams_joining_the_match_of_two_trades_in_the_next_sentence():
    text = (
        "10月20日，2024年全国邮政行业职工职业技能大赛决赛在蓉举行。"
        "来自全国31支代表队的186名选手参加快递员、邮件分拣员两个工种的比拼。"
    )
    [(name, count)] = _counts(text)
    assert name == "2024年全国邮政行业职工职业技能大赛决赛" and count == 31


def test_a_contest_of_its_own_in_the_next_sentence_is_not_the_first_ones_count():
    text = (
        "5月8日，青禾区总工会在区职工服务中心召开劳动竞赛推进会。"
        "会后，全区二十家企业开展焊工技能比拼。"
    )
    counts = dict(_counts(text))
    assert counts.get("劳动竞赛推进会") is None


def test_no_words_of_joining_leave_the_contest_uncounted():
    text = "7月7日，青禾区第五届职工职业技能大赛在区职业学院正式启幕。大赛设电工、焊工两个工种。"
    assert _counts(text)[0] == ("青禾区第五届职工职业技能大赛", None)

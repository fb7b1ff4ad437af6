"""Rounds of a contest (s39 acts39): a round named by its word alone as the subject of a
clause that dates or places it and holds it (复赛于9月12日在某学院举行，决赛于10月8日在某中
心举行), after the contest was reported, is a round held, a part of the contest, each with
its own day and place; it was taken for the contest named again (the contest got the first
round's venue, the rounds were lost), and a round dated right after its words took the
sentence's earlier date, another clause's. Real pages of s39 (a city's skills contest from
heats to a final, a provincial selection round opened on its day, a company's skills match
in two trades). Near misses: the final told again after a final read before, and a round
referred back to (本届决赛), stay one activity; a round in a list of the format is none.
Paragraphs written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _rows(text: str) -> list[tuple[str, int | None, int | None, str | None, int | None]]:
    return [
        (
            a.name,
            a.date.month if a.date else None,
            a.date.day if a.date else None,
            a.place,
            a.parent,
        )
        for a in find_activities([text])
    ]


def test_two_rounds_each_dated_and_placed_in_its_own_clause():
    text = (
        "青川市第五届职工职业技能大赛日前落下帷幕。大赛自6月启动，"
        "复赛于9月12日在市技师学院举行，决赛于10月8日在市职工文化中心举行。"
    )
    rows = _rows(text)
    assert rows[0][0] == "青川市第五届职工职业技能大赛"
    assert rows[0][3] is None  # the heats' venue is no place of the whole contest
    assert rows[1:] == [("复赛", 9, 12, "市技师学院", 0), ("决赛", 10, 8, "市职工文化中心", 0)]


def test_a_final_placed_in_a_sentence_of_its_own():
    text = "5月至10月，区总工会举办青川市第五届职工职业技能大赛。决赛在市职工文化中心举行。"
    assert _rows(text)[1] == ("决赛", None, None, "市职工文化中心", 0)


def test_the_final_told_again_after_the_final_is_one_activity():
    text = "区总工会举办青川市第五届职工职业技能大赛决赛。决赛在市职工文化中心举行。"
    assert [r[0] for r in _rows(text)] == ["青川市第五届职工职业技能大赛决赛"]


def test_this_editions_final_referred_back_to_is_the_contest():
    text = "区总工会举办青川市第五届职工职业技能大赛。本届决赛在市职工文化中心举行。"
    assert [r[0] for r in _rows(text)] == ["青川市第五届职工职业技能大赛"]


def test_rounds_listed_as_the_format_are_no_activities():
    text = "区总工会举办青川市第五届职工职业技能大赛，比赛分初赛、复赛、决赛三个阶段进行。"
    assert [r[0] for r in _rows(text)] == ["青川市第五届职工职业技能大赛"]


def test_a_date_before_the_round_in_its_own_clause_still_dates_it():
    text = (
        "5月至10月，区总工会举办青川市第五届职工职业技能大赛。10月8日，决赛在市职工文化中心举行。"
    )
    assert _rows(text)[1][:3] == ("决赛", 10, 8)


def test_a_round_told_as_a_stage_joined_and_one_by_the_month_it_was_held():
    text = (
        "11月15日，青川市第五届职工职业技能大赛总决赛在市技师学院举行。本届大赛由市总工会主办。"
        "大赛于今年5月启动，初赛阶段全市共有4600名职工参赛；"
        "9月举行的复赛中，各区共选拔出选手60余名。"
    )
    # neither the contest's month (told with 于 after its word) nor the month of the
    # round after it dates the heats
    assert _rows(text)[2:] == [("初赛", None, None, None, 1), ("复赛", 9, None, None, 1)]


def test_a_contest_held_in_a_month_keeps_that_month():
    assert _rows("5月举行的青川市职工技能大赛吸引了300名职工参加。")[0][:3] == (
        "青川市职工技能大赛",
        5,
        None,
    )

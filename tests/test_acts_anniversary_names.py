"""Activities of real pages, s14 (issue 11): a printed name that celebrates an
anniversary (庆祝某总工会成立60周年暨…竞赛) keeps the words before the count of years;
成立 there names the anniversary, not the clause's action. Sentences written for these
tests (invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def names(text: str) -> list[str]:
    return [a.name for a in find_activities([text])]


def test_a_contest_named_for_a_federations_anniversary_keeps_the_celebration():
    text = (
        "10月9日，青湾电力公司举行“同心筑梦”——庆祝青湾市总工会成立60周年暨第三届"
        "职工运动会安全知识竞赛，12支代表队参赛。"
    )
    assert names(text) == ["“同心筑梦”——庆祝青湾市总工会成立60周年暨第三届职工运动会安全知识竞赛"]


def test_a_reading_held_for_a_republics_anniversary_keeps_its_full_name():
    text = (
        "9月28日，由柳岸区总工会举办的“歌唱祖国”柳岸区庆祝中华人民共和国成立75周年"
        "职工朗诵活动在区文体中心举行。"
    )
    assert names(text) == ["“歌唱祖国”柳岸区庆祝中华人民共和国成立75周年职工朗诵活动"]


def test_a_planned_forum_for_an_anniversary_written_in_characters_keeps_it():
    text = "五一期间，省总工会将召开庆祝省总工会成立七十周年座谈会。"
    assert names(text) == ["庆祝省总工会成立七十周年座谈会"]


def test_only_a_count_of_years_keeps_the_words_before_founded_in_the_name():
    founded = "3月2日，青湾物流公司工会成立后举办了首期职工读书会。"
    anniversary = "3月2日，青湾物流公司举办庆祝公司工会成立十周年职工读书会。"
    assert (names(founded), names(anniversary)) == (
        ["首期职工读书会"],
        ["庆祝公司工会成立十周年职工读书会"],
    )

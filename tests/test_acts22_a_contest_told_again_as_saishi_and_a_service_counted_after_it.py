"""Counts told after an activity, session 35 (acts22), on sentences written for these
tests (invented bodies and places) in shapes read on real pages: a contest told again as
赛事 (此项赛事, 本届赛事) takes the count and the organiser its sentence gives
(来自全市的300余名选手参加此项赛事, 此项赛事由市总工会主办), and 赛事 after a contest's kind
names a contest (职工马拉松系列赛事); a free clinic told again as the subject that offers
(此次义诊活动累计提供…100余人次) is counted there, and what it offers is no activity of its
own; a contest of guandan (掼蛋赛) is a competition. Near misses: 赛事 alone
(参加国内外重要赛事) names none, and a service offered with no activity named back as its
subject stays an activity of its own."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _drafts(*paragraphs: str):
    return find_activities(list(paragraphs))


def test_the_count_of_a_contest_told_again_as_saishi_is_the_contests():
    (contest,) = _drafts(
        "8月20日，青岭市第四届职工职业技能大赛实际操作比赛全面启动。来自全市的300余名选手"
        "参加此项赛事。"
    )
    assert contest.participants is not None
    assert (contest.participants.count, contest.participants.unit.value) == (300, "people")
    assert contest.participants.qualifier.value == "more_than"


def test_the_organiser_of_a_contest_told_again_as_saishi_is_the_contests():
    (contest,) = _drafts(
        "8月20日，青岭市第四届职工职业技能大赛实际操作比赛全面启动。此项赛事由市总工会主办，"
        "市人社局、市科技局共同协办。"
    )
    assert contest.organiser_text == "市总工会"


def test_a_series_of_contests_named_by_its_kind_is_one_contest():
    (series,) = _drafts("今年，区总工会将举办职工马拉松系列赛事。")
    assert series.name == "职工马拉松系列赛事"
    assert series.category.value == "competition"


def test_saishi_alone_names_no_contest():
    assert _drafts("他多次参加国内外重要赛事并获奖。") == []


def test_a_clinic_told_again_as_the_subject_that_offers_is_counted_there():
    drafts = _drafts(
        "1月9日上午，农垦集团工会联合市中医院，在集团总部开展健康义诊志愿服务活动。"
        "此次义诊活动累计提供专业咨询及健康检查100余人次。"
    )
    assert [d.name for d in drafts] == ["健康义诊志愿服务活动"]
    counted = drafts[0].participants
    assert counted is not None
    assert (counted.count, counted.unit.value, counted.qualifier.value) == (
        100,
        "person_times",
        "more_than",
    )


def test_a_check_up_offered_with_no_activity_named_back_is_one_of_its_own():
    drafts = _drafts("3月5日，区总工会为一万名女职工提供免费健康检查。")
    assert [d.category.value for d in drafts] == ["other"]


def test_a_card_game_contest_is_a_competition():
    (contest,) = _drafts("11月9日下午，集团工会在职工食堂举办“庆祝建企50周年职工掼蛋赛”。")
    assert contest.category.value == "competition"
    assert contest.place == "职工食堂"

"""Activities' attributes on real-page shapes, eighth pass (issue 11): a venue before a
localiser and the verb (在某产业园内举行); a floor's number the recogniser cuts from its
楼 (办公楼二楼报告厅); a quarter named by its direction (在南某市场工会驿站); 在 read as
one word with the start of the place (在市某服务|中心); a venue noun alone before a count
is no place (走访了县城八个单位); 开办 and 同期 in the frame of holding; an activity that is
the subject of a plan (…运动会将于本月下旬举行) is planned, on the plan's date; a year cut
by a joined line (1 962年) is read whole. One behaviour each, on sentences written for
these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.places import place_of
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.vocabulary import Status


def _place(sentence: str, mention: str, visit: bool = False) -> str | None:
    at = sentence.index(mention)
    return place_of(sentence, (0, len(sentence)), (at, at + len(mention)), visit)


# --- places ------------------------------------------------------------------------------


def test_a_venue_before_a_localiser_and_the_verb_is_the_place():
    sentence = "5月9日，由青桐工业园区工会联合会举办的第三届职工联谊会在青桐花卉产业园内举行。"
    assert _place(sentence, "职工联谊会") == "青桐花卉产业园"


def test_a_room_on_a_floor_whose_number_the_recogniser_cuts_off_is_the_whole_venue():
    sentence = "4月18日，区总工会主办的书香职工沙龙，在清溪市工人文化宫综合楼一楼多功能厅顺利举行。"
    assert _place(sentence, "书香职工沙龙") == "清溪市工人文化宫综合楼一楼多功能厅"


def test_a_venue_whose_name_opens_with_a_direction_is_the_place():
    sentence = "6月3日，柳湾街道工会联合会与康宁医院工会，在南货场市场工会驿站共同开展义诊活动。"
    assert _place(sentence, "义诊活动") == "南货场市场工会驿站"


def test_a_venue_read_as_one_word_with_the_frame_before_it_is_the_place():
    sentence = "昨天下午，青湖市总工会在市职工服务中心举行女职工关爱月启动仪式。"
    assert _place(sentence, "女职工关爱月启动仪式") == "市职工服务中心"


def test_a_venue_noun_alone_before_a_count_is_no_place():
    sentence = "工作组先后走访了县城八个单位，摸清了困难职工的情况。"
    assert _place(sentence, "走访", visit=True) is None


def test_a_named_place_before_a_count_is_still_the_place():
    sentence = "慰问组还走访了柳溪区一家纺织厂，看望一线职工。"
    assert _place(sentence, "走访", visit=True) == "柳溪区"


def test_a_course_opened_at_a_venue_has_that_venue():
    sentence = "一月九日，西河区总工会在区职工业余大学开办的首期电工培训班开学。"
    assert _place(sentence, "首期电工培训班") == "区职工业余大学"


def test_a_course_held_at_the_same_time_elsewhere_has_that_place():
    sentence = "由学院承办的全省纺织系统工会干部培训班在柳河同期举办。"
    assert _place(sentence, "培训班") == "柳河"


# --- status and date ---------------------------------------------------------------------


def test_an_activity_that_is_the_subject_of_a_plan_is_planned_on_the_plans_date():
    (games,) = [
        a
        for a in find_activities(
            ["4月3日，记者从市总工会获悉，全市职工趣味运动会将于5月中旬在市体育中心举行。"]
        )
        if "运动会" in a.name
    ]
    assert games.status == Status.planned
    assert (games.date.month, games.date.day) == (5, None)


def test_an_activity_held_as_announced_is_not_planned():
    (games,) = [
        a
        for a in find_activities(["4月3日，全市职工趣味运动会在市体育中心举行，八百余名职工参加。"])
        if "运动会" in a.name
    ]
    assert games.status == Status.held
    assert (games.date.month, games.date.day) == (4, 3)


def test_a_year_cut_by_a_joined_line_is_read_whole():
    (date,) = find_dates("共有会员九十人。1 962年4月，召开第二次工人代表大会。")
    assert (date.year, date.month) == (1962, 4)


def test_a_count_with_a_space_is_not_read_as_a_year():
    assert find_dates("共有3 800名职工参加。") == []


def test_a_competition_opened_at_a_venue_keeps_its_place():
    (contest,) = [
        a
        for a in find_activities(
            ["3月5日，青河区职工乒乓球比赛在青河区体育馆举行，八十余名职工参赛。"]
        )
        if "比赛" in a.name
    ]
    assert contest.place == "青河区体育馆"

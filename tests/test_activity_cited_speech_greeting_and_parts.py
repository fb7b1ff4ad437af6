"""Activities of real pages, session 25 (issue 11): a meeting named only as where a
studied speech was given is no activity; a course greeted at its opening (致辞时祝贺培训班
如期开学) is the course already read; a trigger inside the name of a training base
(干部教育培训某大学基地承办的…) is no second course; the parts an activity is made of
(活动由A、B和C三部分组成) are no activities of their own; a quoted short form (“访、
听、解”活动) is the programme it abbreviates. Sentences written for these tests
(invented unions, people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def names(*paragraphs: str) -> list[str | None]:
    return [a.name for a in find_activities(list(paragraphs))]


def test_meeting_where_a_studied_speech_was_given_is_no_activity():
    assert names(
        "4月9日，青山区总工会召开全区劳模工作部署会，会上学习了市长在全市先进人物恳谈会上的讲话。"
    ) == ["全区劳模工作部署会"]


def test_meeting_where_a_speech_is_reported_as_given_stays():
    assert names("6月2日，柳河市总工会召开劳模座谈会，主席王林在座谈会上讲话。") == ["劳模座谈会"]


def test_course_greeted_at_its_opening_is_the_course_already_read():
    assert names(
        "11月20日，2018年柳河县工会干部培训班在县委党校开班。",
        "开学典礼上，党校副校长周明代表校方致辞，祝贺培训班如期开学。",
    ) == ["2018年柳河县工会干部培训班"]


def test_trigger_inside_a_training_base_name_is_no_second_course():
    assert names(
        "3月8日，桐山县总工会委托举办，市职工大学成人教育学院、全国职工教育培训桐山学院"
        "基地承办的桐山县工会主席履职研修班于北校区开学。"
    ) == ["桐山县工会主席履职研修班"]


def test_course_held_at_a_training_base_is_still_found():
    assert names("5月3日，青山区总工会在职工培训基地举办焊工培训班。") == ["焊工培训班"]


def test_parts_an_activity_is_made_of_are_no_activities():
    assert names(
        "3月2日，青禾公司工会举办“春风十里”户外主题活动。",
        "活动由集体热身、环湖健步走、趣味游戏和合影四部分组成。",
    ) == ["“春风十里”户外主题活动"]


def test_walk_organised_by_a_union_is_still_found():
    assert names("5月3日，由区总工会主办的职工健步走活动在滨河公园举行。") == ["职工健步走活动"]


def test_quoted_short_form_of_a_programme_is_that_programme_again():
    assert names(
        "5月6日，青山区总工会召开部署会，制定了“访企业、听心声、解难题”活动。"
        "“访、听、解”活动要求各街道总工会主席走进企业。"
    ) == ["部署会", "“访企业、听心声、解难题”活动"]


def test_short_form_of_another_kind_stays_its_own_activity():
    assert names("6月1日，市总工会开展“进企业、送服务”活动和“进、送”竞赛。") == [
        "“进企业、送服务”活动",
        "“进、送”竞赛",
    ]

"""Activities of session 16 (issue 11): shapes seen on real pages, pinned with invented
sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def found(*paragraphs: str, captions: frozenset[int] = frozenset()):
    return find_activities(list(paragraphs), captions)


def test_a_scene_caption_naming_a_part_of_the_event_adds_no_activity():
    # the caption shows a round of the contest the text reports, by a name of its own
    out = found(
        "5月9日，某县总工会举办第三届青年职工技能比武，八个工种的选手同场比拼。",
        "图为苗绣银饰项目比赛现场。",
        captions=frozenset({1}),
    )
    assert [a.category for a in out] == ["competition"]
    assert "项目比赛" not in (out[0].name or "")


def test_a_scene_caption_before_the_text_adds_no_activity_of_its_own():
    # the photo is printed above the report and names the event more shortly
    out = found(
        "4月2日，“青蓝接力”报告会现场（某某 摄）",
        "4月2日，某市总工会在职工之家举办“青蓝接力”劳模事迹报告会，六名劳模登台讲述。",
        captions=frozenset({0}),
    )
    assert len(out) == 1
    assert out[0].paragraph == 1


def test_a_scene_caption_with_no_text_beside_it_is_the_report():
    # a photo item: the caption is all the article there is
    out = found("图为某区第二届“云杉杯”职工羽毛球赛现场。某某 摄", captions=frozenset({0}))
    assert [a.category for a in out] == ["competition"]


def test_goods_taken_to_a_place_by_a_party_are_a_visit_there():
    # the party goes somewhere, then hands goods to a group: one visit, at that place
    (a,) = found(
        "7月3日，某区总工会主席某某带领机关干部来到青河县城，为坚守在路口的40名交通协管员送去遮阳帽、凉茶等物品。"
    )
    assert a.category == "visit"
    assert a.place == "青河县城"
    assert (a.participants.count, a.participants.unit) == (40, "people")


def test_goods_taken_by_a_party_that_went_there_with_dao():
    (a,) = found(
        "8月2日，某县总工会副主席某某一行到青禾纸业有限公司，为一线职工二百余人送去绿豆、毛巾等防暑用品。"
    )
    assert a.category == "visit"
    assert a.place == "青禾纸业有限公司"


def test_goods_a_union_gives_without_going_stay_a_gift_not_a_visit():
    (a,) = found("某街道总工会日前为辖区快递员送去防晒帽和清凉油。")
    assert a.category == "other"


def test_money_taken_somewhere_is_still_no_gift_event():
    # aid money handed out is no event, whether or not the party went somewhere
    assert found("某某一行到青河县城，为困难职工送去慰问金。") == []

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

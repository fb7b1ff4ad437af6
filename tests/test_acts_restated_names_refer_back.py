"""Activities of real pages, s14 (issue 11): a later plain name in a frame that refers
back is the activity already read, not a second one: 作为首次举办的…线上活动, “某行动”是
…的专项活动, 某街道此次…主题活动是…. A plain name in a clause of its own (还举办了讲座)
stays a new activity. Sentences written for these tests (invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def names(*paragraphs: str) -> list[str]:
    return [a.name for a in find_activities(list(paragraphs))]


OPENING = "5月26日，青湾集团工会通过视频会议形式举办“亲子同行”职工线上家庭教育讲座。"


def test_a_talk_restated_as_the_first_of_its_kind_is_the_talk_read():
    later = "作为首次举办的职工家庭教育线上讲座，集团工会特别邀请了心理专家石老师主讲。"
    assert names(OPENING, later) == ["“亲子同行”职工线上家庭教育讲座"]


def test_a_campaign_said_to_be_a_special_programme_is_the_campaign_read():
    first = (
        "2月10日，柳岸市“春暖农民工”行动启动仪式在市文化广场举行。"
        "这标志着今年“春暖农民工”行动在全市拉开帷幕。"
    )
    later = "副市长指出，“春暖农民工”是促进农村劳动力转移就业，为返乡农民工提供服务的专项活动。"
    assert "专项活动" not in names(first, later)


def test_a_gala_named_again_with_ci_ci_is_the_gala_read():
    first = "日前，柳岸市北岭街道总工会在兰溪社区开展“欢乐过大年”职工大联欢主题活动。"
    later = "北岭街道此次职工大联欢主题活动，是柳岸市总工会系列联欢活动的第一场。"
    assert not any("此次" in name for name in names(first, later))

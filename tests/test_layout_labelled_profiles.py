"""A group feature about model workers prints each profile as a name, a subhead and
paragraphs opened by labels in 【】 (``【人物档案】`` the worker's record, ``【内心独白】`` or
``【心里话】`` the worker's own words). Read in session 18 on the national workers' daily's
web edition (the feature was split into one article a label) and in the tuning set
real_dev8 made in its shape (invented text here). The labels are parts of the one
feature, like ``【记者手记】``; a yearbook's entries in 【】 stay one article each."""

from __future__ import annotations

from gonghui_build.layout.cues import is_label
from tests.conftest import layout_roles

FEATURE = (
    "汗水写就的名字\n"
    "——青禾市劳模休养活动侧记\n"
    "\n"
    "韦立本：\n"
    "把每一块砖砌正\n"
    "【人物档案】韦立本，51岁，青禾建工集团瓦工班长，市劳动模范。他带出徒弟40多名。\n"
    "【内心独白】这是我头一回来休养，以前总觉得离不开工地。\n"
    "我常对徒弟说，墙砌得直不直，靠的是手上的功夫。\n"
    "\n"
    "尚红梅：\n"
    "职工的难处就是我的事\n"
    "【人物档案】尚红梅，47岁，青禾纺织公司工会主席。她在厂里建起了职工书屋。\n"
    "【心里话】当工会主席这些年，我最怕职工有难处不说出来。\n"
)

YEARBOOK = (
    "【职工技能竞赛】5月，市总工会举办第六届职工技能竞赛，800余名职工参赛。\n"
    "【困难职工帮扶】全年走访慰问困难职工1200户，发放慰问金260万元。\n"
)


def test_profile_labels_are_parts_of_an_article_not_entries():
    assert is_label("人物档案")
    assert is_label("内心独白")
    assert is_label("心里话")
    assert not is_label("职工技能竞赛")


def test_a_feature_of_labelled_profiles_is_one_article():
    roles = layout_roles(FEATURE)
    assert {article for _, article in roles.values()} == {0}
    assert roles["汗水写就的名字"][0] == "headline"
    record = "【人物档案】韦立本，51岁，青禾建工集团瓦工班长，市劳动模范。他带出徒弟40多名。"
    assert roles[record][0] == "body"
    assert roles["【心里话】当工会主席这些年，我最怕职工有难处不说出来。"][0] == "body"


def test_yearbook_entries_in_brackets_stay_one_article_each():
    roles = layout_roles(YEARBOOK)
    assert len({article for _, article in roles.values()}) == 2

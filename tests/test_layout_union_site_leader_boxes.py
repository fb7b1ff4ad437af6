"""A union site's sidebar box of its leaders, read in session 24 (invented pages in the
shape of the national workers' paper's site and a provincial workers' site): the heading
(``全总领导``, ``省总领导``) and the leaders under it, one a line, printed before the page's
text, are navigation — furniture, no article of their own and no kicker of the feature;
a list of leaders inside an article, a lone line or lines naming no union are not."""

from __future__ import annotations

from tests.conftest import layout_roles

BOX = "省总领导\n林青山 省总工会主席\n韦 静 省总工会副主席\n祁文博 省总工会副主席（兼）\n"
FEATURE = (
    "夜校里的老钳工\n"
    "江州工会网记者 柏云舟\n"
    "每周三晚上，青禾机械厂老钳工宁远方都会来到职工夜校，给二十多名青年职工讲识图。\n"
    "他说，自己当年也是在夜校里学会了看图纸。\n"
)


def test_leaders_box_before_the_text_is_furniture_and_no_kicker():
    roles = layout_roles("首页 要闻 工会 维权 就业\n" + BOX + FEATURE)
    assert roles["省总领导"] == ("furniture", None)
    assert roles["祁文博 省总工会副主席（兼）"] == ("furniture", None)
    assert roles["韦 静 省总工会副主席"] == ("furniture", None)
    assert roles["夜校里的老钳工"] == ("headline", 0)
    assert {article for _, article in roles.values() if article is not None} == {0}


def test_leaders_listed_after_the_text_has_begun_stay_the_articles():
    text = (
        "青禾市总工会召开全委会议\n"
        "3月5日，青禾市总工会召开全委会议，选举产生新一届领导班子。\n" + BOX
    )
    roles = layout_roles(text)
    assert roles["林青山 省总工会主席"][0] != "furniture"


def test_one_leader_under_the_heading_makes_no_box():
    text = "省总领导\n林青山 省总工会主席\n" + FEATURE
    roles = layout_roles(text)
    assert roles["林青山 省总工会主席"][0] != "furniture"


def test_lines_naming_no_union_make_no_box():
    text = "省总领导\n林青山 青禾机械厂厂长\n韦 静 青禾机械厂副厂长\n" + FEATURE
    roles = layout_roles(text)
    assert roles["林青山 青禾机械厂厂长"][0] != "furniture"

"""One titled official going to a site to visit it (某市总工会副主席某某到某支队调研), a
bracketed note on the post between title and name or not (副主席（挂职）某某): the visit
is the official's union's, as a delegation's (某某一行到…) is, not the union the
article's headline is about (real_dev15's e-paper item of a fire brigade's union, session
50, acts64). Sentences written for these tests (invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.organisers import person_role
from tests.built import built_organisers


def test_an_official_going_alone_to_a_site_goes():
    text = "5月9日，柳湾市总工会副主席石小川到柳湾机床公司调研。"
    assert person_role(text, text.index("副主席")) == "goes"


def test_an_official_with_a_note_on_the_post_going_alone_goes():
    text = "5月9日，柳湾市总工会副主席（挂职）石小川到柳湾机床公司调研。"
    assert person_role(text, text.index("副主席")) == "goes"


def test_an_official_attending_is_still_a_guest():
    text = "柳湾市总工会副主席石小川出席开幕式。"
    assert person_role(text, text.index("副主席")) == "guest"


def test_a_single_officials_visit_is_organised_by_the_officials_union(tmp_path):
    organisers = built_organisers(
        tmp_path,
        "柳湾市机床厂工会开设职工“暖心食堂”\n\n"
        "本报讯 柳湾市机床厂工会今年推出“暖心食堂”项目，为一线职工提供免费午餐。\n\n"
        "5月9日，柳湾市总工会副主席石小川到柳湾市机床厂调研，厂工会主席韩明陪同。",
    )
    assert "柳湾市总工会" in organisers

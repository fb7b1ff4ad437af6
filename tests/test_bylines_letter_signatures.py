"""A letter's or essay's signature printed under its text as the writer's unit or place,
a blank, then the name (``某厂工会 某某``, ``某省某市读者 某某``), read in session 16 from
archive copies of provincial workers' papers, a city workers' paper and a trade journal's
reader column (invented text in their shapes). It is the item's byline: never its
headline (which pushed the real headline out as furniture) nor a portrait's caption."""

from __future__ import annotations

from tests.conftest import layout_roles

LETTER = (
    "我们离不开这张报纸\n"
    "编辑同志：我们青禾第三机床厂工会多年来坚持为每个班组订阅本报，厂工会主席杜文山常说，"
    "报上登的典型经验是最好的教材。\n"
    "今年厂里又设立了三个读报点，职工们下了班常在那里翻报纸、聊新闻。\n"
)


def test_a_union_and_a_name_under_a_letter_are_its_byline_and_its_title_stays_the_headline():
    roles = layout_roles(LETTER + "青禾第三机床厂工会 韦小平\n")
    assert roles["青禾第三机床厂工会 韦小平"] == ("byline", 0)
    assert roles["我们离不开这张报纸"] == ("headline", 0)


def test_a_readers_place_and_name_under_a_letter_are_its_byline_not_a_caption():
    roles = layout_roles(LETTER + "江州青禾读者 钱守义\n")
    assert roles["江州青禾读者 钱守义"] == ("byline", 0)


def test_a_union_body_alone_under_a_letter_still_signs_it():
    roles = layout_roles(LETTER + "青禾第三机床厂工会\n")
    assert roles["青禾第三机床厂工会"][0] == "byline"


def test_a_unit_and_a_name_over_text_stay_a_speaker_line_not_a_signature():
    page = (
        "代表心声\n"
        "记者在大会驻地采访了两位基层代表。\n"
        "青禾钢管有限公司轧管工 曹德林\n"
        "我在轧管线上干了二十六年，希望工会多办技能培训班。\n"
        "青禾县人民医院护士长 龙秋菊\n"
        "我们医院工会去年建了母婴室，护士们下了夜班也有地方歇脚。\n"
    )
    roles = layout_roles(page)
    assert roles["青禾钢管有限公司轧管工 曹德林"][0] != "byline"

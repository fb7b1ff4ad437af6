"""Session 26 (layout6): a captioned photo set after the last item of an e-paper page,
its caption naming a county the item never names (``图为某县一家企业的职工…`` / its
credit), is a photo item of its own, not the item's caption (shape read on real e-paper
pages of provincial workers' dailies; the tuning set real_dev11 has it once). Photos of
the report's own event stay its captions: a caption with no place, one naming the
item's own county, and a gallery's photos after one another. Names and units are
invented; places are real."""

from __future__ import annotations

from tests.conftest import layout_roles, page_facts

ITEM = (
    "桐庐县启动职工健康体检季\n"
    "本报讯 通讯员 葛明远  近日，桐庐县总工会启动“职工健康体检季”，今年将为全县2000名一线"
    "职工免费体检。\n"
    "5月8日，县总工会组织医务人员走进青溪纺织有限公司，为60余名职工开展首场体检。\n"
)
TRAILER = "江南职工日报 二版要闻 00002 2024-05-10 2024年05月10日 星期五\n"


def _photo(caption: str) -> str:
    return f"{caption}\n本报记者 罗新桐\n通讯员 韦一帆 摄\n"


def test_a_photo_of_another_county_after_the_last_item_is_an_item_of_its_own():
    page = ITEM + _photo("图为建德市一家企业的职工在技能比武中操作车床。") + TRAILER
    facts = page_facts(page)
    assert len(facts.articles) == 2
    roles = layout_roles(page)
    assert roles["图为建德市一家企业的职工在技能比武中操作车床。"] == ("body", 1)
    assert roles["本报记者 罗新桐\n通讯员 韦一帆 摄"] == ("photo_credit", 1)


def test_the_items_own_county_keeps_the_photo_its_caption():
    page = ITEM + _photo("图为桐庐县青溪纺织有限公司职工在体检。") + TRAILER
    assert len(page_facts(page).articles) == 1
    assert layout_roles(page)["图为桐庐县青溪纺织有限公司职工在体检。"] == ("photo_caption", 0)


def test_a_caption_naming_no_place_stays_the_items():
    page = ITEM + _photo("图为医务人员为职工测量血压。") + TRAILER
    assert len(page_facts(page).articles) == 1


def test_the_last_photo_of_a_gallery_stays_in_the_gallery():
    page = (
        "春节期间，仍有许多劳动者守在岗位上。\n"
        "市总工会开展“节日里的工装”随手拍活动，收到投稿三百余件。\n"
        "经过编辑部挑选\n一批佳作与大家见面\n一起来看看吧\n"
        "2月10日，在客运站，值班员正在引导旅客有序乘车。\n滕一舟 摄\n"
        "2月11日，西湖区环卫工人在清扫街面。\n闵一生 摄\n"
    )
    assert len(page_facts(page).articles) == 1

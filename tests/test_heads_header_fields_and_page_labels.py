"""Header fields, page labels and head parts read in session 13 (invented pages in real
shapes): a post's fields with a bar for a colon, a page label naming a lettered page, a
body's name and a colon set over its headline."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles

POST_FOOTER = (
    "青禾市总工会组织劳模工匠走进青禾船厂\n"
    "4月18日，青禾市总工会组织十名劳模工匠走进青禾船厂，为一线职工解决技术难题二十余个。\n"
    "劳模严望舒说：“把技术送到车间，是我们的本分。”\n"
    "来源丨青禾市总工会\n"
    "编辑丨柏云舟\n"
)


def test_a_posts_fields_with_a_bar_for_a_colon_are_furniture():
    for line in ("来源丨青禾市总工会", "编辑丨柏云舟", "责任编辑｜覃若溪"):
        assert furniture_kind(line) is not None, line
    roles = layout_roles(POST_FOOTER)
    assert roles["来源丨青禾市总工会"] == ("furniture", None)
    assert roles["编辑丨柏云舟"] == ("furniture", None)


LETTERED_PAGE = (
    "第A03版：工会·维权\n"
    "2026年01月08日 星期四 腊月二十\n"
    "青禾市总工会：\n"
    "“两节”送温暖覆盖三万户\n"
    "本报讯（记者 柏云舟）1月7日，青禾市总工会启动“两节”送温暖活动，计划慰问困难职工三万户。\n"
    "市总工会负责人介绍，今年慰问资金比去年增加一成。\n"
)


def test_a_page_label_naming_a_lettered_page_is_furniture():
    assert furniture_kind("第A03版：工会·维权") is not None
    assert layout_roles(LETTERED_PAGE)["第A03版：工会·维权"] == ("furniture", None)


def test_a_bodys_name_and_a_colon_over_a_headline_is_a_part_of_the_head():
    roles = layout_roles(LETTERED_PAGE)
    assert roles["青禾市总工会："] == ("kicker", 0)
    assert roles["“两节”送温暖覆盖三万户"] == ("headline", 0)
    salutation = "各区县总工会：\n现将有关事项通知如下，请认真贯彻落实。\n"
    assert layout_roles(salutation)["各区县总工会："][0] != "kicker"

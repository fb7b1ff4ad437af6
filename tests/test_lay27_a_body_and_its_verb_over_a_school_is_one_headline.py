"""A 1980s OCR page breaks a headline after a body and its verb (``某厂工会办起`` /
``职工业余学校``): the second line names an institution, but it is the object the first
line runs on into, as the lead says again whole, not the account a copy comes from
printed under its title. Invented text in the shape of old workers' papers (real_dev27)."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = (
    "青禾职工报 1986年3月5日 第二版\n"
    "青禾红星机床厂工会开办\n"
    "职工夜间文化学校\n"
    "本报讯 青禾红星机床厂工会今年二月开办职工夜间文化学校，一百多名青年工人报名入学。"
    "  柏立人\n"
)


def test_the_school_under_the_body_and_its_verb_is_the_rest_of_the_headline() -> None:
    roles = layout_roles(PAGE)
    assert roles["青禾红星机床厂工会开办"] == ("headline", 0)
    assert roles["职工夜间文化学校"] == ("headline", 0)


def test_an_account_under_a_whole_title_is_still_no_headline() -> None:
    page = (
        "青禾区总工会为环卫工人送清凉\n"
        "青禾区总工会\n"
        "7月5日，青禾区总工会走访环卫站点，为二百名环卫工人送去防暑用品。\n"
    )
    assert layout_roles(page)["青禾区总工会"][0] != "headline"

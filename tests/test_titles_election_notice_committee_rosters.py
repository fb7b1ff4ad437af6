"""An election notice's roster: numbered sections naming the union's committee of a
term and its committees (一、工会第三届委员会, 二、经费审查委员会), each listing its
officers one post a line after a colon, names set apart by spaces. Officers under the
committee of a term hold their post at the union whose notice it is (not at the higher
union that approved it, named last before); officers under one of its committees, at
that committee of the union. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.title_lists import committee_of_section
from tests.conftest import first_article_positions

_UNION = "青松精工机械有限公司工会"
_NOTICE = (
    f"关于{_UNION}第三届委员会选举结果的公告\n"
    "全体会员：\n"
    f"{_UNION}第三次会员代表大会于近日召开，选举产生了工会第三届委员会委员、"
    "经费审查委员会委员和女职工委员会委员。经东湖区园林街道总工会批复同意，现公告如下：\n"
    "一、工会第三届委员会（5人）\n"
    "主　席：柯明远\n"
    "副主席：邝丽珊\n"
    "委　员：柯明远  邝丽珊  褚文斌  岑秋菊  滕立新\n"
    "二、经费审查委员会（3人）\n"
    "主　任：褚文斌\n"
    "委　员：岑秋菊  滕立新\n"
    "三、女职工委员会（2人）\n"
    "主　任：岑秋菊\n"
    "特此公告。\n"
)


def test_officers_under_the_committee_of_a_term_hold_their_post_at_the_union():
    found = first_article_positions(_NOTICE)
    assert ("柯明远", "主席", _UNION) in found
    assert ("邝丽珊", "副主席", _UNION) in found
    assert not [f for f in found if f[2] == "东湖区园林街道总工会"]


def test_officers_under_a_committee_of_the_union_hold_their_post_at_that_committee():
    found = first_article_positions(_NOTICE)
    assert ("褚文斌", "主任", _UNION + "经费审查委员会") in found
    assert ("岑秋菊", "主任", _UNION + "女职工委员会") in found


def test_each_name_set_apart_by_spaces_after_the_colon_holds_the_post():
    found = first_article_positions(_NOTICE)
    members = {name for name, title, org in found if title == "委员" and org == _UNION}
    assert members == {"柯明远", "邝丽珊", "褚文斌", "岑秋菊", "滕立新"}
    audit = {n for n, t, o in found if t == "委员" and o == _UNION + "经费审查委员会"}
    assert audit == {"岑秋菊", "滕立新"}


def test_a_section_heading_names_its_body_only_for_a_committee():
    assert committee_of_section("一、工会第三届委员会（5人）", _UNION) == _UNION
    assert committee_of_section("二、经费审查委员会", _UNION) == _UNION + "经费审查委员会"
    assert committee_of_section("三、活动安排", _UNION) is None
    assert committee_of_section("工会第三届委员会", _UNION) is None

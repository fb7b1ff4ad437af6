"""A branch works or a branch printed without its enterprise (铸锻分厂, 运行分公司) in a
report that named the enterprise before is the enterprise's branch: its full name is the
enterprise's and the branch's (the tuning gold names a plant's units so, 某重型机械有限公司
数控分厂 and 铸锻分厂, with the printed forms as aliases), in the article's list of bodies
and at the post held there, also when another body was named between (a zone's federation
whose vice-chair spoke, a college that set the papers). Before, the branch kept its short
printed form, or was read as the federation's (某开发区总 + 铸锻分厂: the federation's 工会
taken off as an enterprise's union's). Near misses: a branch named by a place (北京分公司)
is a name of its own; a branch in a report that names no enterprise stays as printed.
Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_CONTEST = "青禾重型机械有限公司第五届职工技能比武决赛日前落幕。\n"
_FEDERATION = "经济技术开发区总工会副主席冯雪出席并讲话。\n"
_COLLEGE = "理论试题由江城技师学院命题。\n"
_PLACED = "经过两轮比拼，铸锻分厂电焊工韦立新、装配分厂数控车工马骏获得第一名。"


def test_branch_works_alone_are_listed_under_their_enterprises_name():
    found = first_article_resolved(_CONTEST + _FEDERATION + _PLACED)
    assert {"青禾重型机械有限公司铸锻分厂", "青禾重型机械有限公司装配分厂"} <= found
    assert not any(name.startswith("经济技术开发区总") and "分厂" in name for name in found)


def test_posts_at_branch_works_alone_are_held_at_the_enterprises_branches():
    found = first_article_positions(news_page(_CONTEST + _FEDERATION + _PLACED))
    assert ("韦立新", "电焊工", "青禾重型机械有限公司铸锻分厂") in found
    assert ("马骏", "数控车工", "青禾重型机械有限公司装配分厂") in found


def test_a_college_named_between_leaves_the_branch_the_enterprises():
    found = first_article_resolved(_CONTEST + _COLLEGE + _PLACED)
    assert "青禾重型机械有限公司铸锻分厂" in found
    assert "江城技师学院铸锻分厂" not in found


def test_a_branch_named_by_a_place_is_a_name_of_its_own():
    found = first_article_resolved(_CONTEST + _COLLEGE + "北京分公司电焊工韦立新获得第一名。")
    assert "青禾重型机械有限公司北京分公司" not in found


def test_a_branch_with_no_enterprise_before_stays_as_printed():
    found = first_article_resolved("市总工会举办技能比武。\n铸锻分厂电焊工韦立新获得第一名。")
    assert not any(name.endswith("公司铸锻分厂") for name in found)

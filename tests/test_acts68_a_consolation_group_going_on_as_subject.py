"""A group named by its errand of consolation (慰问组, 慰问团) opening a clause and going on
to a place (随后，慰问组又来到某营业部和某公司，看望…) is a delegation: the visit's verb
after it is a visit of its own. The group only named (a caption's 慰问组为…送上…, 慰问组
表示…, a union forming one) is none. The tuning gold of real_dev16 (s52 acts68).
Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_consolation_group_going_on_to_two_places_is_a_visit():
    text = (
        "随后，慰问组又来到青禾快运南岭营业部和南岭快驰网约车服务有限公司，看望坚守岗位的快递员。"
    )
    assert [a.category for a in find_activities([text])] == [Category.visit]


def test_a_consolation_party_going_to_a_firm_is_a_visit():
    text = "次日，慰问团前往青禾快运南岭营业部和南岭快驰网约车服务有限公司，慰问一线司机。"
    assert [a.category for a in find_activities([text])] == [Category.visit]


def test_a_group_handing_out_goods_in_a_caption_is_no_visit():
    assert find_activities(["▲慰问组为快递员送上防寒物资"]) == []


def test_a_group_that_goes_nowhere_is_no_visit():
    assert find_activities(["慰问组表示，将把职工的意见带回去，看望更多职工。"]) == []

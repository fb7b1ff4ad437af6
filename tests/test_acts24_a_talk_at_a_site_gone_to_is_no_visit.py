"""A talk read from its shape after a group goes to a site, session 36 (acts24): 律师团来到
某项目工地，为农民工讲解《…》. The group went there to give the talk: one lecture at the
site, as a talk read by its trigger there is (走进某公司，为职工开展心理健康讲座), not a visit
of its own beside it (the tuning gold of real_dev2 reads a lecture tour going to a works
so). Shapes read on real pages (law stalls and talks on building sites in a Xi'an
district and a Sichuan city); sentences written for these tests (invented bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(text: str) -> list[tuple[Category, str | None]]:
    return [(d.category, d.place) for d in find_activities([text])]


def test_a_talk_on_a_document_at_the_site_gone_to_is_one_lecture():
    text = "1月18日，律师团来到滨江花园项目工地，为200余名农民工讲解《保障农民工工资支付条例》。"
    assert _rows(text) == [(Category.lecture, "滨江花园项目工地")]


def test_a_visit_to_the_site_stays_a_visit():
    text = "1月18日，市总工会一行来到滨江花园项目工地，看望慰问一线农民工。"
    assert [c for c, _ in _rows(text)] == [Category.visit]


def test_a_talk_with_the_hosts_after_a_study_visit_leaves_the_visit_at_the_site():
    """A meeting told by its shape after the visit (并与该公司职工代表座谈交流) is no talk
    given there: the group went to see the site, a visit at it (a held-out page of the
    same shape lost its visit's place when every phrased mention counted)."""
    text = "3日，学员们来到青禾精工机械有限公司，观摩该公司职工之家建设，并与该公司一线职工代表座谈交流。"
    rows = _rows(text)
    assert (Category.visit, "青禾精工机械有限公司") in rows

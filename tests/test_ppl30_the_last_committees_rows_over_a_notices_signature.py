"""A notice's name list in numbered parts (``一、某委员会`` / ``主席：某某`` / ``委员：…`` /
``二、经费审查委员会`` / ``主任：某某`` / ``委员：…``), closed by the union's signature and the
date: the last part's text was taken as its one block under the heading, so its second
row stood alone before the signature, was read as a caption or furniture and its last
member lost. The labelled rows under the last heading are the part's text.
Invented names and items."""

from __future__ import annotations

from tests.conftest import page_people

_PAGE = (
    "关于公布某镇总工会第一届委员会组成人员名单的公告\n"
    "发布时间：2024-05-06 来源：某县总工会\n"
    "5月2日，某镇总工会召开第一次会员代表大会，选举产生第一届委员会和经费审查委员会。"
    "现将名单公布如下：\n"
    "一、镇总工会委员会\n"
    "主席：詹若愚\n"
    "委员：詹若愚、邵明远、温婉宁\n"
    "二、经费审查委员会\n"
    "主任：邵明远\n"
    "委员：邵明远、卓文彬\n"
    "某县某镇总工会\n"
    "2024年5月6日\n"
)


def test_the_last_committees_members_are_read() -> None:
    assert page_people(_PAGE) == ["卓文彬", "温婉宁", "詹若愚", "邵明远"]


def test_a_credit_row_under_the_last_part_is_no_member() -> None:
    page = _PAGE.replace("委员：邵明远、卓文彬\n", "委员：邵明远、卓文彬\n摄影：柏新岚\n")
    assert "柏新岚" not in page_people(page)

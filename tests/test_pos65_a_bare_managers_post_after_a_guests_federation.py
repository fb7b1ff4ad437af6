"""A bare enterprise post (总经理某某) in a report of an enterprise's congress, after the
guests' federation named with its officers (区总工会副主席某某到会指导): the manager is the
reported enterprise's, as its bare 工会's chair is. Invented bodies and names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "2月25日，青禾重型机械有限公司七届三次职工代表大会在公司大礼堂召开。\n"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    text = news_page(_OPENING + body)
    return {(t, o) for n, t, o in first_article_positions(text) if n == name}


def test_the_manager_after_a_guests_federation_is_the_reported_companys() -> None:
    body = (
        "滨海新区总工会副主席鲍丽君到会指导。公司党委书记、董事长霍东升作讲话，"
        "总经理靳宇帆作行政工作报告。"
    )
    assert ("总经理", "青禾重型机械有限公司") in _posts(body, "靳宇帆")


def test_a_union_post_after_a_guests_federation_is_left_to_the_union_readers() -> None:
    body = "滨海新区总工会副主席鲍丽君到会指导。"
    assert ("副主席", "滨海新区总工会") in _posts(body, "鲍丽君")

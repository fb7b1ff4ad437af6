"""A company paper or a yearbook names a subsidiary once under its group (the group's
short name, then the subsidiary's own: 中交某公局东南公司工会) and then by its own name
alone (东南公司工会). The tail was read as a body of its own, listed beside the full name
it stands for; it is now that body, printed short. Seen on a builder's news of a national
award (a bureau's north-west company's union), a railway builder's consolation visits
(a bureau's fourth company's union) and a workers' daily item on a coal group's mine
(session 43, orgs29). Text and names are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_subsidiarys_union_printed_again_alone():
    text = (
        "近日，中交五公局东南公司工会获评“全国模范职工小家”。东南公司工会开展了“四季送关怀”活动。"
    )
    assert first_article_resolved(text) == {"中交五公局东南公司工会"}


def test_a_numbered_company_printed_again_alone():
    text = "近日，中铁九局三公司工会主席王海到项目部慰问职工。三公司工会为职工送去慰问品。"
    assert first_article_resolved(text) == {"中铁九局三公司工会"}


def test_the_tail_printed_first_names_its_own_body():
    text = "东南公司工会开展活动。中交五公局东南公司工会获评“全国模范职工小家”。"
    assert "东南公司工会" in first_article_resolved(text)


def test_a_federation_is_read_by_its_place_not_by_a_tail():
    text = "江宁县总工会召开会议。县总工会主席刘明讲话。"
    assert "县总工会" not in first_article_resolved(text)

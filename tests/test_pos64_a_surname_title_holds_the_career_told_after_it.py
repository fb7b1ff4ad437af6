"""A surname and title standing for the person named in full before (马主席 for 马国庆),
right before a verb of a career (此前任, 曾任) or a mark of tenure, holds the post the
clause states, as a pronoun taking up the name does; 马主席说… states none. Invented
names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_ELECTED = "临江市总工会近日召开全委会议，选举马国庆为市总工会副主席。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_former_post_after_the_address_is_the_named_persons():
    body = _ELECTED + "马主席此前任东湖区总工会主席。"
    assert _posts(body, "马国庆") == {("副主席", "临江市总工会"), ("主席", "东湖区总工会")}


def test_the_address_before_speech_states_no_post():
    body = _ELECTED + "马主席说，要做好职工服务工作。"
    assert _posts(body, "马国庆") == {("副主席", "临江市总工会")}

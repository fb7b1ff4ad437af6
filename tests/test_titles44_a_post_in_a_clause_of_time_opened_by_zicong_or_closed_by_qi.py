"""A post in a clause of time opened by 自从 (自从担任某厂工会主席以来，某某…; 某某自从担任…
以来，…) or dated by a time closed by 起 (自2019年起担任…以来，某某…) is the person's, as
after 自 or 从 alone (``appointed_subjects``): before, 自从 and 起 left the clause no
subject and the name no post. Near miss: a clause of time with no word of time closing
it and no name opening the next clause stays unread. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_clause_opened_by_zicong_names_the_subject_after_it():
    body = "自从担任鹤城纺织厂工会主席以来，郜丽芳走访职工三百多户。"
    assert _posts(body) == {("郜丽芳", "主席", "鹤城纺织厂工会")}


def test_a_name_before_zicong_holds_the_post():
    body = "郜丽芳自从担任鹤城纺织厂工会主席以来，走访职工三百多户。"
    assert _posts(body) == {("郜丽芳", "主席", "鹤城纺织厂工会")}


def test_a_date_closed_by_qi_opens_the_clause():
    body = "自2019年起担任鹤城纺织厂工会主席以来，郜丽芳走访职工三百多户。"
    assert _posts(body) == {("郜丽芳", "主席", "鹤城纺织厂工会")}


def test_a_clause_of_time_with_no_name_after_it_is_unread():
    body = "自从担任鹤城纺织厂工会主席以来，走访职工三百多户的郜丽芳很忙。"
    assert ("郜丽芳", "主席", "鹤城纺织厂工会") not in _posts(body)

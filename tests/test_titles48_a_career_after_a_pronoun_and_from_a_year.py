"""A profile's career goes on after a pronoun's sentence and from a year: 某某进厂当操作工。
他曾任某公司某部副经理，2014年后任公司首席技师 (the subjectless clause goes on with the
pronoun that opens its sentence, the one person named before); ，2019年起任某工会副主席
(起: from that year on); ，2016年当选公司工会主席 (当选 is a verb of a career's post, as
任 is). Near miss: a sentence opened by another subject keeps its own. Invented names and
firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_later_clause_goes_on_with_the_pronoun_opening_its_sentence():
    body = (
        "1991年，刘卫东进入青禾石化有限公司当操作工。"
        "他曾任青禾石化有限公司运行一部副经理，2014年后任青禾石化有限公司首席技师。"
    )
    assert _posts(body, "刘卫东") == {
        ("副经理", "青禾石化有限公司运行一部"),
        ("首席技师", "青禾石化有限公司"),
    }


def test_a_post_held_from_a_year_on_is_the_subjects():
    body = (
        "青禾电器有限公司召开大会。王秀兰，1981年生，先后任青禾电器有限公司人力资源部副部长，"
        "2019年起任青禾电器有限公司工会副主席。"
    )
    assert ("副主席", "青禾电器有限公司工会") in _posts(body, "王秀兰")


def test_an_election_in_a_career_is_the_subjects_post():
    body = (
        "王秀兰，1979年生，曾任青禾电器有限公司行政部副经理，2016年当选青禾电器有限公司工会主席。"
    )
    assert ("主席", "青禾电器有限公司工会") in _posts(body, "王秀兰")


def test_a_sentence_another_subject_opens_is_not_the_pronouns():
    body = (
        "1991年，刘卫东进入青禾石化有限公司当操作工。"
        "工友们说，2014年后任青禾石化有限公司首席技师的人不多。"
    )
    assert ("首席技师", "青禾石化有限公司") not in _posts(body, "刘卫东")

"""A county or city media centre's credit closing its copy names the writers after role
words, then the review steps in keyed fields, in one bracket
(``（市融媒体记者：某某 通讯员：某某 某某 一审：某某 二审：某某 终审：某某）``, the same with
blanks after the role words): the reporter and the correspondents are the authors, the
reviewers none. Before, a blank after the first role word left the line's fields
unread, and 市融媒体记者 (the city's converged newsroom's reporter) was no role word, so
the reporter was lost. Invented names (session 42, authors5)."""

from __future__ import annotations

from tests.conftest import page_authors

PAGE = (
    "临江市总工会开展春节送温暖活动\n"
    "1月20日，临江市总工会为13个坚守一线单位的270名职工送去慰问品。\n"
)
AUTHORS = {("韩雨", "reporter"), ("周婷", "correspondent"), ("孙哲", "correspondent")}


def test_writers_keyed_by_a_blank_before_the_review_fields() -> None:
    credit = "（记者 韩雨 通讯员 周婷 孙哲 一审：舒明 二审：董盈 终审：伍立 徐航）\n"
    assert page_authors(PAGE + credit) == AUTHORS


def test_a_city_media_centres_reporter_keyed_by_a_colon() -> None:
    credit = "（市融媒体记者：韩雨 通讯员：周婷 孙哲 一审：舒明 二审：董盈 终审：伍立 徐航）\n"
    assert page_authors(PAGE + credit) == AUTHORS


def test_a_county_media_centres_reporter_in_a_closing_bracket() -> None:
    credit = "（县融媒体记者 韩雨 通讯员 周婷）\n"
    assert page_authors(PAGE + credit) == {("韩雨", "reporter"), ("周婷", "correspondent")}


def test_reviewers_alone_name_no_author() -> None:
    assert page_authors(PAGE + "（一审：舒明 二审：董盈 终审：伍立）\n") == set()
    assert page_authors(PAGE + "编辑：凌一舟 审核：严立行\n") == set()

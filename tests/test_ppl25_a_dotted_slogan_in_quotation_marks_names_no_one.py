"""An event's motto in quotation marks with its halves set apart by a middle dot
(“书香润初心·阅读伴成长”) names no one, where the model reads a dotted name in it; a
dotted name after a title stays a name."""

from __future__ import annotations

from tests.conftest import news_page, page_people


def test_a_dotted_slogan_in_quotation_marks_names_no_one():
    body = "区总工会举办“墨香润初心·阅读伴成长”职工读书分享会，80余名职工参加。"
    assert page_people(news_page(body)) == []


def test_a_dotted_name_after_a_title_stays_a_name():
    body = "自治区总工会副主席热依拉·买买提出席。"
    assert page_people(news_page(body)) == ["热依拉·买买提"]

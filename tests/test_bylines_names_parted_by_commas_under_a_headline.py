"""A byline under a headline whose names a comma parts (``本报记者 某某，某某``,
``记者 某某，通讯员 某某``) is the article's byline: before, any comma made the line no
byline, and it was read as furniture, its reporters lost. A title whose comma parts
clauses (``某某总工会召开通讯员会议，部署…``) is still no byline. Invented names and
text (session 46, authors5)."""

from __future__ import annotations

from gonghui_build.layout.cues import is_head_byline
from tests.conftest import layout_roles, page_authors

HEAD = "临江市总工会举办女职工维权培训班\n"
TEXT = "3月5日，临江市总工会举办女职工权益保护培训班，全市80名基层工会女职工委员参加培训。\n"


def test_names_parted_by_a_comma_under_a_headline_are_its_byline() -> None:
    roles = layout_roles(HEAD + "本报记者 韩雨，周婷\n" + TEXT)
    assert roles["临江市总工会举办女职工维权培训班"][0] == "headline"
    assert roles["本报记者 韩雨，周婷"][0] == "byline"
    assert page_authors(HEAD + "本报记者 韩雨，周婷\n" + TEXT) == {
        ("韩雨", "reporter"),
        ("周婷", "reporter"),
    }


def test_a_role_word_after_the_comma_is_a_byline_too() -> None:
    assert is_head_byline("记者 韩雨，通讯员 周婷")
    assert is_head_byline("本报记者 韩雨，周婷，苏琳")


def test_a_titles_comma_parting_clauses_is_no_byline() -> None:
    assert not is_head_byline("临江区总工会召开通讯员会议，部署全年宣传工作")
    assert not is_head_byline("临江区总工会举办通讯员培训，韩雨")

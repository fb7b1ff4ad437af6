"""Names under a headline closed by the mark of text and photos after a blank
(``某某 某某 文/摄``, as an e-paper's text layer prints ``□某某 某某 文/摄`` without its
square) are the article's byline: each name wrote the text and took the photos. Before,
the 摄 made the line a photo's credit, the headline over it a caption, and the lone 文
was read into the last name (``某婷文``). A name ending in 文 glued to its mark
(``某文/摄``) stays a photo credit. Invented names (session 46, authors4)."""

from __future__ import annotations

from gonghui_build.layout.photo_credits import credit_names
from tests.conftest import layout_roles, page_authors

HEAD = "临江市总工会举办女职工维权培训班\n"
TEXT = "3月5日，临江市总工会举办女职工权益保护培训班，全市80名基层工会女职工委员参加培训。\n"


def test_two_names_and_the_mark_are_a_byline_under_the_headline() -> None:
    roles = layout_roles(HEAD + "韩雨 周婷 文/摄\n" + TEXT)
    assert roles["临江市总工会举办女职工维权培训班"][0] == "headline"
    assert roles["韩雨 周婷 文/摄"][0] == "byline"


def test_each_name_wrote_and_photographed() -> None:
    assert page_authors(HEAD + "韩雨 周婷 文/摄\n" + TEXT) == {
        ("韩雨", "reporter"),
        ("韩雨", "photographer"),
        ("周婷", "reporter"),
        ("周婷", "photographer"),
    }


def test_the_mark_after_a_blank_makes_no_photo_credit() -> None:
    assert credit_names("韩雨 周婷 文/摄") is None
    assert credit_names("韩雨 文、摄") is None


def test_a_photo_credit_keeps_its_reading() -> None:
    assert credit_names("韩雨 周婷 摄") == ["韩雨", "周婷"]
    assert credit_names("李文/摄") == ["李文"]

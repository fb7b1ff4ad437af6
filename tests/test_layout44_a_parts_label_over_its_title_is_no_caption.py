"""A report's part under a label of its own (``记者观察``, ``记者手记``, ``采访手记``) printed
over the part's own title and text, in the report's column, is a part of the report: the
label and the title are its headings, never a photo's caption (a short line between two
runs of text reads as a caption only when no part's label is printed). Invented text in the
shape of a provincial workers' paper's feature with a reporter's afterword (session 43)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

PAGE = (
    "青岭职工的“暖心驿站”\n"
    "■本报记者 郑海涛\n"
    "走进青岭市城区的一座户外劳动者服务站，空调、饮水机、微波炉一应俱全。\n"
    "据了解，青岭市已建成户外劳动者服务站210个。\n"
    "{label}\n"
    "驿站建好更要用好\n"
    "户外劳动者服务站建起来了，如何让它真正发挥作用，是摆在各级工会面前的新题。\n"
    "有的驿站门常关，有的驿站设施闲置，这些问题需要认真解决。■郑海涛\n"
)


@pytest.mark.parametrize("label", ["记者观察", "记者手记", "采访手记"])
def test_a_parts_label_over_its_title_is_a_heading_no_caption(label: str) -> None:
    articles = layout_articles(PAGE.format(label=label))
    roles = {text: role for article in articles for role, text in article}
    assert roles[label] == "section_heading"
    assert roles["驿站建好更要用好"] == "section_heading"
    assert not any(role == "photo_caption" for a in articles for role, _ in a)
    assert ("headline", "青岭职工的“暖心驿站”") in articles[0]

"""A photo caption's opening (图为) before an occupation and a name (图为焊工某某在车间作业)
is no part of the person's title: the occupation alone is the title, with no
organisation, as it is without the caption's opening. Invented names (s47, people36)."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _titles(caption: str) -> list[tuple[str, str, str | None]]:
    text = "青禾市工会简讯\n\n本报讯 5月8日，市总工会开展送清凉活动。\n" + caption
    return [
        (q.name, q.title, q.org_written) for a in page_facts(text).articles for q in a.positions
    ]


@pytest.mark.parametrize(
    ("caption", "title"),
    [("图为焊工李晓东在车间作业。", "焊工"), ("图为环卫工人李晓东接过慰问品。", "环卫工人")],
)
def test_a_captions_opening_is_left_out_of_the_occupation(caption, title):
    assert _titles(caption) == [("李晓东", title, None)]

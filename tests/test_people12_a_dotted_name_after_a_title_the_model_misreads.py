"""A transliterated name of two parts right after a title or an occupation, which the
model misreads whole (副主席阿不都热合曼·依明看望…: it reads 阿不 and takes the rest for
words), is read from the text: the middle dot, and a word that follows names after the
last part. A title inside what would be the first part (律师事务所律师某某·某某) leaves
the name to start after it. Invented names and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "市总工会走访慰问环卫工人\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_dotted_name_the_model_misreads_after_a_title_is_read_whole():
    body = "在喀什市，市总工会副主席阿不都热合曼·依明看望了环卫工人。"
    assert _people(body) == ["阿不都热合曼·依明"]


def test_a_title_inside_the_first_part_leaves_the_name_after_it():
    body = "县总工会法律顾问、新疆伊犁明德律师事务所律师古丽娜·买买提为农民工答疑。"
    assert _people(body) == ["古丽娜·买买提"]

"""A name of a compound surname and one given character before a follower word of two
characters (上官某陪同调研) or an adverb (欧阳某正在) ends before that word, as a
two-character name does (张某陪同): the follower's first character 同 alone let a longer
name (上官某陪) pass, after a title and where the model read the three (欧阳某|陪同:
widened to 欧阳某陪, a compound surname's name of four). Meeting and visit reports of
union pages name escorts this way (s37); invented names."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_compound_surname_and_one_character_before_peitong():
    body = "市总工会党组书记、常务副主席上官丽陪同调研。"
    assert _people(body) == ["上官丽"]


@pytest.mark.parametrize(
    "body", ["副主席欧阳华正在检查。", "副主席欧阳华陪同调研。", "记者看到，欧阳华正在检查设备。"]
)
def test_a_compound_surname_name_the_model_reads_ends_before_a_follower_word(body):
    assert _people(body) == ["欧阳华"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("副主席欧阳振华陪同。", "欧阳振华"),
        ("市委常委司马晓燕陪同调研。", "司马晓燕"),
        ("副主席张丽陪同调研。", "张丽"),
        ("副主席诸葛明一行到企业调研。", "诸葛明"),
        ("副主席上官丽出席。", "上官丽"),
        ("选手欧阳华一行到场。", "欧阳华"),
    ],
)
def test_names_before_a_follower_are_unchanged(body, name):
    assert _people(body) == [name]

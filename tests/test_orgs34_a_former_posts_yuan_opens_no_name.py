"""A former post printed with 原 'former' before its body (原某厂工会主席某某 当选…): jieba
glues 原 to the body's first characters (原华强/nr, 原西/n), and the body was read twice,
with 原 and without. The body opens after 原, unless 原 opens a place (原平市) or a word
of the name. Invented bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_the_former_posts_body_opens_after_yuan():
    found = first_article_resolved("会上，原华强机械厂工会主席王明当选主席。")
    assert found == {"华强机械厂工会"}


def test_a_former_post_at_a_company_with_an_unknown_brand():
    found = first_article_resolved("全委会上，原西蜀飞机工业集团有限公司工会主席晋文韬当选主席。")
    assert "西蜀飞机工业集团有限公司工会" in found
    assert not any(name.startswith("原") for name in found)


def test_a_city_opening_with_yuan_keeps_it():
    assert "原平市总工会" in first_article_resolved("王明在原平市总工会工作。")

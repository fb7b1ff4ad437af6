"""A news portal's own copy (the site's name printed over the page and named again in
the header's source field: ``某某资讯网`` over ``来源：某某资讯网``) closed by bare names
in brackets (``（某甲 某乙）``) credits the site's reporters, not correspondents. A body's
own copy (``来源：县总工会``) and a site's repost of a paper (no masthead of the source's
name) keep the correspondents; a role word in the bracket keeps its role. Invented page
in the shape of a provincial news portal's item (session 48, authors8)."""

from __future__ import annotations

from tests.conftest import page_authors

HEAD = "城南资讯网\n当前位置：城南 > 民生 > 正文\n城南区总工会为户外劳动者送上暖冬包\n"
TEXT = (
    "12月20日，城南区总工会在区文化广场举行暖冬包发放仪式，为环卫工人、快递员送去手套和保温杯。\n"
    "今年冬季，该区总工会共准备暖冬包800份，将分批送到各街道户外劳动者手中。"
)


def _page(source: str, credit: str) -> str:
    return HEAD + f"2021-12-21 10:15:37 来源：{source}\n" + TEXT + credit + "\n（责任编辑：韦宁）\n"


def test_the_sites_own_copy_credits_its_reporters() -> None:
    assert page_authors(_page("城南资讯网", "（林晓秋 孟可欣）")) == {
        ("林晓秋", "reporter"),
        ("孟可欣", "reporter"),
    }


def test_a_bodys_own_copy_keeps_its_correspondents() -> None:
    assert page_authors(_page("城南区总工会", "（林晓秋 孟可欣）")) == {
        ("林晓秋", "correspondent"),
        ("孟可欣", "correspondent"),
    }


def test_a_role_word_in_the_bracket_keeps_its_role() -> None:
    assert page_authors(_page("城南资讯网", "（通讯员 林晓秋）")) == {("林晓秋", "correspondent")}

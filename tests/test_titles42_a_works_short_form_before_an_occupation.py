"""A works printed by its short form (鹤北七棉: its place, its number, its trade's first
character) before an occupation and a name, after the paragraph printed its full name
(国营鹤北第七棉纺织厂), holds the occupation at that works; before, the grammar read no
suffix in the short form and the person had no post. The short form keeps the full
name's characters in order and opens with its first two, past an ownership word
(``org_suffixes.yaml`` ownership_prefixes). Near misses: a short form of no works the
paragraph printed (青川七棉) gives no post; one cut inside a word before the occupation
is none. Invented names and works."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_mills_short_form_after_its_full_name_past_guoying():
    body = "市纺织工会在国营鹤北第七棉纺织厂举行挡车工操作运动会，鹤北七棉挡车工韩丽获得第一名。"
    assert _posts(body) == {("韩丽", "挡车工", "国营鹤北第七棉纺织厂")}


def test_a_mills_short_form_after_its_full_name():
    body = "市纺织工会在鹤北第七棉纺织厂举行运动会，鹤北七棉挡车工韩丽获得第一名。"
    assert _posts(body) == {("韩丽", "挡车工", "鹤北第七棉纺织厂")}


def test_a_short_form_of_no_works_printed_gives_no_post():
    body = "鹤城机床厂举办技能比武，青川七棉挡车工韩丽获得第一名。"
    assert _posts(body) == set()


def test_the_occupation_opens_a_word_not_a_cut_inside_one():
    body = "鹤城市公交集团举办技能比武，鹤城市公交驾驶员韩立获得第一名。"
    assert _posts(body) == {("韩立", "驾驶员", "鹤城市公交集团")}

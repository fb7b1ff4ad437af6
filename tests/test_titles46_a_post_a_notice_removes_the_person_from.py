"""A post an appointment notice removes a person from (免去某某同志某县总工会副主席职务;
免去某某的某厂厂长职务): a post the person held, read when its title chain fills the text
between the name and 职务 (``people.yaml`` removal_verbs, removal_post_words). Near
misses: a removal from every post (一切职务) and a removal of no post. Invented names
and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.removed_posts import removed_post_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions, news_page


def _removed(text: str) -> list[tuple[str, tuple[tuple[str, str | None], ...]]]:
    return [
        (h.name, tuple((c.title_normalised, c.org_written) for c in h.claims))
        for h in removed_post_names(text, tag_tokens(text))
    ]


def test_the_post_after_the_name_and_tongzhi_is_the_persons():
    found = first_article_positions(news_page("经研究决定，免去刘卫东同志红星县总工会副主席职务。"))
    assert found == {("刘卫东", "副主席", "红星县总工会")}


def test_the_post_after_de_is_read_too():
    text = "会议决定，免去郜建国的红星机械厂厂长职务。"
    assert _removed(text) == [("郜建国", (("厂长", "红星机械厂"),))]


def test_a_removal_from_every_post_names_no_post():
    assert _removed("决定免去刘卫东同志一切职务。") == []


def test_a_removal_of_no_post_names_none():
    assert _removed("免去刘卫东同志的处分。") == []

"""A station's head (台长, 副台长) and the short form of an editor-in-chief (总编, 副总编)
are titles: the name after them is a person with that post, even a name whose given
name is a frequent word (海军, 长江). A 台长 inside other words (平台长期, 站台长约) names
nobody. Sentences written for these tests (invented names, stations and papers)."""

from __future__ import annotations

from tests.conftest import page_facts


def _facts(sentence: str):
    facts = page_facts("某某标题\n\n" + sentence)
    people = [p.name for a in facts.articles for p in a.people]
    posts = [(q.name, q.title) for a in facts.articles for q in a.positions]
    return people, posts


def test_a_stations_deputy_head_is_a_post():
    people, posts = _facts("市总工会副主席柯文静、青禾广播电视台副台长尹海军出席。")
    assert "尹海军" in people
    assert ("尹海军", "副台长") in posts


def test_the_short_form_of_an_editor_in_chief_is_a_post():
    _, posts = _facts("青禾日报副总编汤立新、市总工会副主席柯文静出席。")
    assert ("汤立新", "副总编") in posts


def test_the_full_form_of_an_editor_in_chief_is_kept():
    _, posts = _facts("青禾日报副总编辑汤立新出席。")
    assert ("汤立新", "副总编辑") in posts


def test_tai_zhang_inside_other_words_names_nobody():
    people, posts = _facts("这个服务平台长期运行，站台长约百米。")
    assert people == [] and posts == []

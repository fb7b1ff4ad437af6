"""The later posts of a career told after the name, in a clause of no subject or one a
pronoun opens: 某某曾任某厂车间主任，后又任某县总工会副主席; 某某原任某区总工会主席，
2010年调任某市总工会副主席; 某某是全国劳动模范。1992年，她担任某站站长. The clause
goes on with the person its sentence (or paragraph) names, after a verb of taking a post
(``titles.yaml`` career_post_verbs) and a word of when (career_post_adverbs, a year);
a bare post after a move (调到某县总工会，任副主席: move_verbs) is held at the body moved
to. Near misses: a second person named before, a clause that states no post. Invented
names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_later_post_after_hou_you_ren_is_the_subjects():
    found = _posts("刘卫东曾任红星机械厂车间主任，后又任红星县总工会副主席。")
    assert found == {
        ("刘卫东", "车间主任", "红星机械厂"),
        ("刘卫东", "副主席", "红星县总工会"),
    }


def test_a_later_post_after_a_year_and_diaoren_is_the_subjects():
    found = _posts("刘卫东曾任红星区总工会主席，2010年调任红星市总工会副主席。")
    assert ("刘卫东", "副主席", "红星市总工会") in found


def test_a_post_a_pronoun_after_a_year_takes_up_is_the_persons():
    found = _posts("王秀兰是全国劳动模范。1992年，她担任红星县公路管理站站长。")
    assert found == {("王秀兰", "站长", "红星县公路管理站")}


def test_a_bare_post_after_a_move_is_held_at_the_body_moved_to():
    found = _posts("红星机械厂车间主任刘卫东1998年调到青禾县总工会，任副主席。")
    assert found == {
        ("刘卫东", "车间主任", "红星机械厂"),
        ("刘卫东", "副主席", "青禾县总工会"),
    }


def test_a_later_clause_after_two_people_is_nobodys():
    found = _posts("刘卫东会见了红星机械厂厂长郜建国，后又任红星县总工会副主席。")
    assert ("刘卫东", "副主席", "红星县总工会") not in found
    assert ("郜建国", "副主席", "红星县总工会") not in found


def test_a_clause_of_a_career_that_states_no_post_adds_none():
    found = _posts("刘卫东曾任红星机械厂车间主任，后又任劳任怨地工作。")
    assert found == {("刘卫东", "车间主任", "红星机械厂")}

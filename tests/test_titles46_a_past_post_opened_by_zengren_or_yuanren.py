"""A past post opened by 曾任 (once held) or 原任 (formerly held): framed before the
name (曾任某厂工会主席的某某) or told in a profile's clause after it (某某，男，…，曾任某厂
车间主任、副厂长，现任…). The word is no part of the body's name (jieba glues 曾任 to the
body's first character, 曾任红|星…) and the chain opening right after it fills the
clause, so the past posts are read. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_post_once_held_framed_before_the_name_leaves_zengren_out_of_the_body():
    found = _posts("曾任红星机械厂工会主席的韩立说，工会要为职工办实事。")
    assert found == {("韩立", "主席", "红星机械厂工会")}


def test_a_profiles_past_posts_after_zengren_are_read_with_the_present_one():
    body = "韩立，男，1965年出生，曾任红星机械厂车间主任、副厂长，现任红星机械厂工会主席。"
    assert _posts(body) == {
        ("韩立", "车间主任", "红星机械厂"),
        ("韩立", "副厂长", "红星机械厂"),
        ("韩立", "主席", "红星机械厂工会"),
    }


def test_a_profiles_past_post_after_yuanren_is_read():
    body = "韩立，男，1965年出生，原任红星机械厂车间主任，现任红星机械厂工会主席。"
    assert ("韩立", "车间主任", "红星机械厂") in _posts(body)


def test_a_profile_clause_saying_something_else_states_no_post():
    body = "韩立，男，1965年出生，曾在红星机械厂工作，现任红星机械厂工会主席。"
    assert _posts(body) == {("韩立", "主席", "红星机械厂工会")}

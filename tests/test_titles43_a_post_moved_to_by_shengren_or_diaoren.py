"""A post a person moves to by 升任 or 调任 (某某升任某厂厂长; 某某由班长升任某厂车间主任;
某某从一名普通工人升任…; 某某由某厂调任某厂厂长) is the person's, read as after 任
(``people.yaml`` transfer_verbs): before, the name ran on into the verb's first character
(韩某升, 韩某调), and the post moved from, 由 or 从 and its words between the name and the
verb, left the name no post. Near misses: a delegation headed by a name after 由 (由某某任
团长的代表团) and a 由 with no name before it stay unread. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_post_moved_to_by_shengren():
    assert _posts("韩立升任鹤城机床厂厂长。") == {("韩立", "厂长", "鹤城机床厂")}


def test_a_post_moved_to_by_diaoren():
    assert _posts("韩立调任鹤城机床厂厂长。") == {("韩立", "厂长", "鹤城机床厂")}


def test_a_post_moved_from_after_you():
    body = "郜建国由班长升任鹤城机床厂车间主任。"
    assert _posts(body) == {("郜建国", "车间主任", "鹤城机床厂")}


def test_a_worker_moved_up_after_cong_in_a_dated_sentence():
    body = "2015年，郜建国从一名普通工人升任鹤城机床厂车间主任。"
    assert _posts(body) == {("郜建国", "车间主任", "鹤城机床厂")}


def test_a_body_moved_from_after_a_year():
    body = "韩立2016年由鹤城机床厂调任鹤城纺织厂厂长。"
    assert _posts(body) == {("韩立", "厂长", "鹤城纺织厂")}


def test_a_delegation_headed_by_a_name_after_you_is_unread():
    assert _posts("由韩立任团长的代表团到达鹤城。") == set()


def test_a_you_with_no_name_before_it_is_unread():
    assert _posts("代表团由韩立升任团长。") == set()

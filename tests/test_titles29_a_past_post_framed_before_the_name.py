"""The post a retired or former cadre held, put before the name as its attribute with
的 (退休前是某集团工会副主席的某某, 退休前任某医院护士长的某某, 曾任某厂工会主席的某某),
is a position, as the same past post after the name is (退休前是…: ``titles.yaml``
posts_after_name_marks; tests/fixtures/ANNOTATION.md gives such a past post as a
position). The frame must fill its clause with a title chain: 曾任职务的某某 or a
clause where the framed words are no post state nothing. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_retired_union_vice_chair_framed_before_the_name():
    body = "退休前是焦作煤业集团工会副主席的鲁文华，如今仍活跃在志愿服务一线。"
    assert _posts(body, "鲁文华") == {("副主席", "焦作煤业集团工会")}


def test_a_former_union_chair_framed_with_cengren():
    body = "曾任洛阳轴承厂工会主席的商玉林，为青年职工讲述创业故事。"
    assert _posts(body, "商玉林") == {("主席", "洛阳轴承厂工会")}


def test_a_retired_nurse_framed_with_tuixiu_qian_ren():
    body = "退休前任县医院护士长的鲍秀云每周都来社区。"
    assert _posts(body, "鲍秀云") == {("护士长", "县医院")}


def test_a_frame_of_no_title_states_no_post():
    article = page_facts(news_page("曾任职务的鲁文华来了。")).articles[0]
    assert not article.positions

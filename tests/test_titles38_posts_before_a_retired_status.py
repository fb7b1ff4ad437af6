"""A status the person has printed last in a list of posts before the name (``titles.yaml``
statuses_after_posts: 某县总工会原副主席、退休干部某某) is no post, and the posts before
it are still the person's (:func:`.title_notes.before_status`): reports of visits to
retired cadres print them so. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_former_vice_chair_then_tuixiu_ganbu():
    body = "日前，石湾县总工会领导看望了县总工会原副主席、退休干部韦海川，送上慰问金。"
    assert _posts(body, "韦海川") == {("副主席", "石湾县总工会")}


def test_a_plants_former_union_chair_then_lixiu_ganbu():
    body = "日前，石湾县总工会主席柏立秋看望了江城机械厂原工会主席、离休干部韦海川。"
    assert _posts(body, "韦海川") == {("主席", "江城机械厂工会")}


def test_a_status_alone_before_the_name_gives_no_post():
    body = "日前，石湾县总工会领导看望了退休干部韦海川，送上慰问金。"
    assert _posts(body, "韦海川") == set()

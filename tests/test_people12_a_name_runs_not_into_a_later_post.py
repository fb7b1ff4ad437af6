"""``某某后任某班班长``: a later post told right after the name. The model may run the
name on into the verb (某某后任), which is no name of four or five characters; 后任 is
a word that follows names (``people.yaml`` name_followers), so the name ends before it.
Invented names."""

from __future__ import annotations

from tests.conftest import news_page, page_people


def test_the_name_before_a_later_post_is_a_person() -> None:
    body = "他带出的徒弟有40多人，其中符嘉远后任公司裂解班班长。"
    assert page_people(news_page(body)) == ["符嘉远"]

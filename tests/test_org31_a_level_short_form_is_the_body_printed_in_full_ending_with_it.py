"""A short form opening with a level word (村工会联合会) whose ending no union word strips
to its place is still the body the article printed in full before and that ends with it
(某县某镇某村工会联合会): one organisation, not a second one under the short form.
Invented village and people; the county is real."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_village_union_federation_short_form_is_the_one_printed_in_full():
    body = (
        "近日，区劳模协会会长王立强到柳州市融安县石门镇桃源村工会联合会调研。"
        "村工会联合会主席韦小兰介绍了“工会+合作社”模式。"
    )
    assert "柳州市融安县石门镇桃源村工会联合会" in first_article_resolved(body)
    assert "村工会联合会" not in first_article_resolved(body)

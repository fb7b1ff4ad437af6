"""The workers' director and supervisor (职工董事, 职工监事: ``titles.yaml`` bases), printed
last in a union chair's chain, are held at the company the chain names, the title whole,
not 董事 at no body (invented copies of a workers' congress report).
"""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_workers_director_after_the_union_chair_is_the_companys() -> None:
    body = (
        "3月8日，江城钢铁集团召开职代会。江城钢铁集团党委常委、工会主席、职工董事宋立平作工作报告。"
    )
    positions = first_article_positions(news_page(body))
    assert ("宋立平", "主席", "江城钢铁集团工会") in positions
    assert ("宋立平", "职工董事", "江城钢铁集团") in positions
    assert ("宋立平", "董事", None) not in positions


def test_a_workers_supervisor_alone_after_the_company() -> None:
    body = "3月8日，江城钢铁集团召开职代会。江城钢铁集团职工监事黄秀兰宣读决议。"
    positions = first_article_positions(news_page(body))
    assert ("黄秀兰", "职工监事", "江城钢铁集团") in positions

"""A town's labour dispute arbitration tribunal (镇劳动争议仲裁庭), printed beside the
town's union that works with it, is a government body of its own, its short form
completed with the town the item names before it. Invented town business and numbers."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_tribunal_printed_after_the_town_union_takes_the_town():
    body = "东莞市长安镇总工会日前联合镇劳动争议仲裁庭，为某五金厂21名农民工追回工资。"
    assert "东莞市长安镇劳动争议仲裁庭" in first_article_resolved(body)

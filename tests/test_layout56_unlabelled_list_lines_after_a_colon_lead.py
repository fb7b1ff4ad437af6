"""A sentence ending on a colon (``当天揭牌的3家创新工作室是：``) over short lines naming
one thing each, with text under them, is a list: each line a body paragraph, never a
caption or a section heading. Lines opening with an outline's number under such a lead
(a plan's headings) are left as they were. Invented text in the shape of a news site's
copy of a workers' site's item."""

from __future__ import annotations

from tests.conftest import layout_articles

HEAD = """\
某市3家劳模创新工作室集中揭牌
中工网讯（记者 钱晓雨）9月20日，某市总工会举行劳模和工匠人才创新工作室揭牌仪式。
"""
TAIL = "郝明川是某钢铁公司炼铁厂高炉工长，他领衔的工作室成立6年来完成技术革新83项。\n"


def _roles(middle: str) -> dict[str, str]:
    (article,) = layout_articles(HEAD + middle + TAIL)
    return {text: role for role, text in article}


def test_the_named_lines_are_body_paragraphs() -> None:
    roles = _roles(
        "当天揭牌的3家创新工作室是：\n某钢铁有限公司郝明川创新工作室\n某供水有限公司简立群创新工作室\n"
        "某化工集团有限公司晏秋生创新工作室\n"
    )
    assert roles["某钢铁有限公司郝明川创新工作室"] == "body"
    assert roles["某化工集团有限公司晏秋生创新工作室"] == "body"


def test_numbered_headings_under_a_lead_stay_headings() -> None:
    roles = _roles("具体做法如下：\n一、建强阵地\n（一）完善工作室管理\n")
    assert roles["（一）完善工作室管理"] != "body"

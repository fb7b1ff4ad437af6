"""A profile's page may set its byline between the headline and the dashed subtitle
(``钢花飞溅写人生`` / ``本报记者 某某`` / ``——记省劳动模范…``): the dashed line right under
the byline, before any text, is the headline's subtitle, not a section heading of the
text. A dashed line after the text has begun stays what it was. Invented pages."""

from __future__ import annotations

from tests.conftest import layout_articles

HEAD = "钢花飞溅写人生\n本报记者 游晓岚\n"
SUB = "——记省劳动模范、攀钢炼钢厂转炉工长余大勇"
TEXT = (
    "凌晨四点，转炉前的温度超过四十度。余大勇盯着炉口的火焰，判断钢水的温度。\n"
    "二十年来，他带出的徒弟有三十多人成为技术骨干。\n"
)


def _roles(page: str) -> dict[str, str]:
    return {text: role for role, text in layout_articles(page)[0]}


def test_the_dashed_line_under_the_byline_is_the_subtitle():
    roles = _roles(f"{HEAD}{SUB}\n{TEXT}")
    assert roles[SUB] == "subtitle"
    assert roles["钢花飞溅写人生"] == "headline"
    assert roles["本报记者 游晓岚"] == "byline"


def test_a_dashed_line_after_the_text_has_begun_is_no_subtitle():
    roles = _roles(f"{HEAD}{TEXT}{SUB}\n他说，炼钢没有捷径。\n")
    assert roles[SUB] != "subtitle"

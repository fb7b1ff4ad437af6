"""An e-paper spaces a two-character name to a three-character name's width and sets the
names of a byline apart by a wide gap (``宋 彬　宁 晓``), as it spaces a byline after its
mark (``□林 海 报道``, session 34). Printed alone under a headline, the line is the
item's byline: no headline of its own with the headline above turned into its kicker.
Names run together by single blanks (``宋 彬 宁 晓``) cannot be paired, and a spaced
slogan is no names. Invented text in the shape read in session 38 (a city evening
paper's e-paper, ``□晚报记者 王 瑞/文``)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

HEAD = "三河镇总工会举办劳模宣讲报告会"
TEXT = (
    "本报讯　5月8日，三河镇总工会在镇政府礼堂举办劳模事迹宣讲报告会，全镇200余名职工聆听报告。\n"
    "镇总工会主席焦红梅表示，将把劳模精神融入职工日常教育。\n"
)


@pytest.mark.parametrize("names", ["宋 彬\u3000宁 晓", "宋 彬  宁 晓", "宋彬\u3000宁 晓"])
def test_spaced_names_under_the_headline_are_the_byline(names: str) -> None:
    articles = layout_articles(f"{HEAD}\n{names}\n{TEXT}")
    assert len(articles) == 1
    roles = dict((text, role) for role, text in articles[0])
    assert roles[HEAD] == "headline"
    assert roles[names] == "byline"


def test_the_names_are_read_one_by_one() -> None:
    from gonghui_build.layout.cues import is_bare_names, printed_names

    assert printed_names("宋 彬\u3000宁 晓") == ["宋彬", "宁晓"]
    assert printed_names("杨明清 张嫱") == ["杨明清", "张嫱"]
    assert is_bare_names("宋 彬\u3000宁 晓")


@pytest.mark.parametrize("line", ["宋 彬 宁 晓", "温 暖\u3000万 家", "劳 模\u3000风 采"])
def test_letters_that_cannot_be_paired_are_no_names(line: str) -> None:
    from gonghui_build.layout.cues import is_bare_names

    assert not is_bare_names(line)

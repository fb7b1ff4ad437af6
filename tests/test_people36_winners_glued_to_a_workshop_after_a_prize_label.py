"""Winners glued to the workshop of their works in a prize's list (三等奖：某机械厂一车间
某某、某电力公司二车间某某): a unit ending like a unit inside a body (``org_suffixes.yaml``
unit_endings: 车间) stands before the name as a company's suffix does, so a name of
Mongolian or Tibetan elements there, which the model misses, is read; a list of
workshops alone reads no name. Invented names and units (s47, people36)."""

from __future__ import annotations

from gonghui_build.extract.people.prize_labels import glued_unit_names
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def _glued(text: str) -> list[str]:
    return [h.name for h in glued_unit_names(text)]


def test_a_name_of_elements_glued_to_a_workshop_is_a_winner():
    body = "技能比武结果揭晓。三等奖：青禾机械厂一车间扎西顿珠、青禾电力公司二车间宋玉梅。"
    assert _people(body) == ["宋玉梅", "扎西顿珠"]


def test_names_glued_to_workshops_and_companies_are_read_alike():
    text = "二等奖：青禾机械厂一车间乌力吉图、青禾电力公司高峰、青禾煤业公司检修车间周建。"
    assert _glued(text) == ["乌力吉图", "高峰", "周建"]


def test_a_list_of_workshops_alone_reads_no_name():
    assert _glued("优秀组织奖：青禾机械厂一车间、青禾电力公司二车间。") == []

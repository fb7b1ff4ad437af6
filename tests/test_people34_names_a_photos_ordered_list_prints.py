"""Names a group photo's caption lists in order (``左起：甲、乙、丙``, ``从左至右依次为``):
only people are listed after such words (``people.yaml`` photo_orders), so an item of a
name's shape is read even where it is also a word (宁静, 高峰, 金星) and the rules that
need a second signal refuse it. Shape of group photos' captions read on union sites
(s46); invented names."""

from __future__ import annotations

from gonghui_build.extract.people.photo_places import ordered_names
from tests.conftest import page_facts

_PAGE = "劳模座谈会召开\n本报讯 5月3日，旗总工会召开劳模座谈会，30余名劳模参加。\n{caption}\n"


def _people(caption: str) -> list[str]:
    return sorted(p.name for p in page_facts(_PAGE.format(caption=caption)).articles[0].people)


def test_worded_names_after_zuoqi_are_people():
    caption = "图为劳模代表合影，右起：宁静、高峰、张建国。 赵明远 摄"
    assert _people(caption) == ["宁静", "张建国", "高峰"]


def test_an_ordered_list_of_worded_names_alone_is_read():
    assert _people("左起：金星、江河、白雪。") == ["江河", "白雪", "金星"]


def test_a_name_after_an_honour_in_an_ordered_list():
    text = "从左至右依次为：全国劳模孙海涛、乌兰图雅。"
    assert [h.name for h in ordered_names(text)] == ["孙海涛", "乌兰图雅"]


def test_words_after_an_order_that_are_no_names_are_not_read():
    assert ordered_names("展板从左至右依次为：企业简介、工作制度、荣誉墙。") == []

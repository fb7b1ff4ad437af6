"""A city's administrative approval bureau (行政审批局) and its union: jieba reads 审批 as a
verb and the walk stopped there, leaving 局工会. 行政审批 is a fixed term of the bureau's
name (``name_compounds``). Seen on real pages of a bureau's union branch (s38, orgs20).
Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_the_bureaus_union_keeps_its_city_and_bureau():
    assert _names("市行政审批局工会召开会员大会。") == ["市行政审批局工会"]


def test_the_bureaus_union_before_a_service_centre_keeps_its_bureau():
    found = _names("5月8日，市行政审批局工会政务服务中心分会召开会员大会。")
    assert found and found[0].startswith("市行政审批局工会")


def test_approval_matters_are_no_body():
    assert _names("行政审批事项进一步精简。") == []

"""A visit of inspection whose object is a town's union work, the town named before the
verb and the union's level word after it: ``到某县某镇调研镇工会工作``. Read on
real_dev19's digest: jieba tags 调研 a verbal noun, so the walk from 镇 took it as a brand
after the town's place, and a body ``某县某镇调研镇`` was read. The verb ends the name, as
it does right before a union's suffix. Invented line in that shape."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def test_the_visits_verb_is_no_part_of_a_body():
    spans = find_org_spans("市总工会副主席带队到眉县青禾镇调研镇工会工作。")
    assert not any("调研" in s.written for s in spans)

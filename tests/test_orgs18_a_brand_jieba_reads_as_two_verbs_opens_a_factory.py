"""A factory's brand of two characters that jieba cuts into two one-character verbs
(兴|达|机械厂) opening a phrase names the factory (兴达机械厂, 兴达机械厂工会); the name
was cut to 机械厂 or lost. A verb and its result before a plant (建|好/a 机械厂) or a
verb after a particle (走访了…) opens no brand. A lead of s37's morning review (orgs18).
Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_the_factorys_union_before_its_chair():
    assert _names("兴达机械厂工会主席李强介绍了经验。") == ["兴达机械厂工会"]


def test_the_factory_opening_a_sentence():
    assert _names("兴达机械厂举办技能比赛。") == ["兴达机械厂"]


def test_the_factory_first_in_a_list():
    assert _names("会上，兴达机械厂、红星机床厂工会代表发言。") == ["兴达机械厂", "红星机床厂工会"]


def test_a_verb_and_its_result_open_no_brand():
    assert _names("他说，建好机械厂很重要。") == []


def test_a_verb_after_a_particle_opens_no_brand():
    assert _names("他说，要办好机械厂。") == []

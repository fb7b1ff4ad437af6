"""Activities, act27: a concrete service told with its tally of person-times and no verb
of giving (为骑手理发60人次) is an activity; one told by a verb of giving is read once.
Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.mentions import mentions


def _said(text: str) -> list[str]:
    return [text[m.start : m.end] for m in mentions(text, 0, len(text))]


def test_a_service_with_its_tally_is_a_mention() -> None:
    assert _said("5名志愿者为环卫工人理发60人次。") == ["理发"]


def test_a_service_given_by_a_verb_and_tallied_is_read_once() -> None:
    # both readers see it: the verb of giving (提供义诊) and the tally (义诊60人次)
    assert _said("医生们为环卫工人提供义诊60人次。") == ["义诊"]


def test_a_service_without_a_tally_is_none_here() -> None:
    assert _said("他常为邻居理发。") == []

"""A name right before 精神 (焦某某精神, 雷某精神: the spirit a hero or a model worker stands
for, which honour and model-worker pages ask workers to carry on) is part of a term and
names no one, as a name before 思想 does. The same name printed as a person elsewhere is
still a person, and so is a name before 精神 as vigour (某某精神饱满). Invented sentences
in the shapes of s37's model-worker pages."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_name_before_jingshen_is_no_person():
    assert _people("活动弘扬了焦裕禄精神和雷锋精神。") == []


def test_the_same_name_as_a_person_is_a_person():
    assert "王进喜" in _people("王进喜是石油工人，他的事迹感动了几代人。")


def test_a_name_before_another_noun_is_a_person():
    assert _people("全国劳动模范焦立新作了发言。") == ["焦立新"]


def test_a_name_before_jingshen_as_vigour_is_a_person():
    """精神饱满: the person's vigour (``people.yaml`` vigour_after_spirit), no term."""
    assert _people("劳模孔繁森精神饱满地走上讲台。") == ["孔繁森"]

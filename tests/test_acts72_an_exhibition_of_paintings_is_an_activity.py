"""美术展, 书法展: a workers' exhibition of paintings or calligraphy is an event, as 书画展
is. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_an_exhibition_of_paintings_is_an_event_of_kind_other():
    [a] = find_activities(["5月2日，青河区总工会在区文化宫举办职工书法美术展。"])
    assert (a.name, a.category.value) == ("职工书法美术展", "other")

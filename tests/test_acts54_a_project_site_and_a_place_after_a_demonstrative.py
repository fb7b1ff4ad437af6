"""Places of activities (s43 acts54): a works site named by its project keeps the works
in its name (深入县城污水处理厂改扩建项目, 来到某大桥新建工程施工现场): the recogniser reads a
character of them as a verb (改|扩建) and the site was cut to the words before it
(县城). A place opened by a demonstrative (在该区某花园项目施工现场举办…) is the place the
words after it name; the pronoun rejected the whole place. Real pages of s43 (city and
county unions' 送清凉 rounds at hospital, road and housing projects; works-site
courses). Near misses: a demonstrative alone (在该区举办) names no place, and a works
verb with no project after it (为一线工人送去…) stays out of the place. Sentences written
for this test (invented)."""

from __future__ import annotations

from tests.conftest import page_facts


def _places(text: str) -> list[str | None]:
    return [a.place for art in page_facts(text + "\n").articles for a in art.activities]


def test_a_plants_rebuilding_project_is_the_site():
    text = "本报讯 7月16日，松林县总工会深入县城污水处理厂改扩建项目，为一线工人送去防暑降温用品。"
    assert _places(text) == ["县城污水处理厂改扩建项目"]


def test_a_bridges_new_works_site():
    text = "本报讯 7月16日，市总工会在青禾大桥新建工程施工现场举办“安康杯”应急演练。"
    assert _places(text) == ["青禾大桥新建工程施工现场"]


def test_the_place_after_a_demonstrative():
    text = "本报讯 4月22日，青禾区总工会在该区新城花园项目施工现场举办应急救护培训，80余名建筑工人参加。"
    assert _places(text) == ["新城花园项目施工现场"]


def test_a_demonstrative_alone_is_no_place():
    text = "本报讯 4月22日，青禾区总工会在该区举办应急救护培训，80余名建筑工人参加。"
    assert _places(text) == [None]

"""A union's walk or fun run told under another word than 健步走 (春季健步行, 健康欢乐跑,
健康跑, 徒步健身竞走) is an event of kind other, as 健步走 is, named in full. Sentences
written for these tests (invented units and places), in the shapes of a hospital
union's spring walk, a mutual-aid office's fun run and a district union's walking race
read on real pages."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _found(text: str) -> list[tuple[str | None, Category]]:
    return [(d.name, d.category) for d in find_activities([text])]


def test_a_spring_walk_is_an_event():
    text = "4月9日，市中医院工会在滨湖公园组织职工春季健步行，600余名职工参加。"
    assert _found(text) == [("职工春季健步行", Category.other)]


def test_a_fun_run_is_an_event():
    text = "5月26日上午，市职工互助会在青湖湿地举办职工健康欢乐跑，800余名会员参加。"
    assert _found(text) == [("职工健康欢乐跑", Category.other)]


def test_a_walking_race_keeps_its_whole_name():
    text = "12月25日下午，松原区总工会在文体中心开展第二届职工徒步健身竞走，400余人参加。"
    assert _found(text) == [("第二届职工徒步健身竞走", Category.other)]


def test_a_walk_named_by_jianbuzou_is_unchanged():
    text = "9月8日下午，公司工会在汾水公园举行职工健步走，四十多名员工参加。"
    assert _found(text) == [("职工健步走", Category.other)]

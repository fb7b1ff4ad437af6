"""Lists of model workers print each person on a line of their own: the name, the body
and the post held there, then a comma and the person's professional grade
(``某某 某公司技术主管，高级技师``), as real award lists do. The comma closes no sentence:
the line is a roster line, the post and the grade are both held at the body (as the
tuning gold writes a post and a grade, real_dev5). A tail after the comma that is no post
(``，中共党员``) leaves the line unread, as before. Invented people and bodies."""

from __future__ import annotations

from pathlib import Path

from gonghui_build.extract.people.rosters import roster_line
from gonghui_build.layout.roster import name_gap
from tests.conftest import page_facts

_PAGE = Path(__file__).parent / "pages" / "shapes" / "roster_model_workers_grades.txt"


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(text).articles
        for p in a.positions
    }


def test_a_roster_line_closing_on_a_grade_holds_the_post_and_the_grade_at_its_body():
    found = _positions(_PAGE.read_text("utf-8"))
    assert ("韩立明", "技术主管", "青禾电子有限公司") in found
    assert ("韩立明", "高级技师", "青禾电子有限公司") in found
    assert ("季文娟", "高级工程师", "北辰物流有限公司仓储中心") in found
    assert ("邵建刚", "主任医师", "青溪市第二人民医院急诊科") in found


def test_every_name_of_a_list_closing_on_grades_is_read():
    people = {p.name for a in page_facts(_PAGE.read_text("utf-8")).articles for p in a.people}
    assert {"韩立明", "季文娟", "欧阳振宇", "邵建刚"} <= people


def test_a_grade_spaced_out_by_the_print_is_read_as_one_post():
    found = roster_line("韩立明 青禾电子有限公司研究所所长，研 究员")
    assert found is not None
    assert found.post == "所长、研究员"


def test_a_tail_after_the_comma_that_is_no_post_leaves_the_line_unread():
    assert roster_line("韩立明 青禾电子有限公司技术主管，中共党员") is None
    assert name_gap("韩立明 青禾电子有限公司技术主管，中共党员") is None


def test_a_line_of_running_text_with_a_comma_is_no_roster_line():
    assert roster_line("韩立明 在会上发言，表示要立足岗位") is None
    assert name_gap("韩立明 在会上发言，表示要立足岗位") is None
    assert name_gap("韩立明 青禾电子有限公司技术主管，高级技师") is not None

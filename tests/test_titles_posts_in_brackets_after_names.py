"""Posts printed in brackets right after a name, in the shapes yearbooks' and unions'
officer lists print them (invented names, places and bodies): a post held besides
(主席：甲（区人大常委会副主任兼）), and each officer's post after a list that names only
the group (领导成员：甲（主席）、乙（副主席））; a body in brackets states no post."""

from __future__ import annotations

from tests.conftest import first_article_positions


def _page(body: str) -> str:
    return "石湾县总工会概况\n" + body + "\n"


def test_a_post_held_besides_in_brackets_after_the_name_is_a_post_too():
    found = first_article_positions(
        _page("石湾县总工会主席：韦海川（石湾县人大常委会副主任兼）；副主席：柏立秋。")
    )
    assert ("韦海川", "主席", "石湾县总工会") in found
    assert ("韦海川", "副主任", "石湾县人大常委会") in found
    assert ("柏立秋", "副主任", "石湾县人大常委会") not in found


def test_each_officers_post_in_brackets_replaces_the_groups_title():
    found = first_article_positions(
        _page("石湾县总工会领导成员：韦海川（主席）、柏立秋（常务副主席）、祁光辉（副主席）。")
    )
    assert ("韦海川", "主席", "石湾县总工会") in found
    assert ("柏立秋", "常务副主席", "石湾县总工会") in found
    assert ("祁光辉", "副主席", "石湾县总工会") in found
    assert not any(title == "领导成员" for _, title, _ in found)


def test_a_body_in_brackets_after_a_name_states_no_post():
    found = first_article_positions(
        _page("石湾县总工会主席韦海川为获奖职工颁奖。获奖职工：柏立秋（青禾纺织有限公司）。")
    )
    assert not any(name == "柏立秋" for name, _, _ in found)

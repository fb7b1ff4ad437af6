"""A body of a Xinjiang Corps division and its city printed by their joint short form
(师市总工会, 师市人社局) is the division and city the article names in full (第八师石河子市
总工会): 师市合一, the division runs the city. Read as printed before, it counted as a
body of its own beside the full name. Seen on real pages of the Corps' union news (s36,
orgs15; a lead left by orgs14). Text and events are invented."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _resolved(body: str) -> set[str]:
    article = page_facts(news_page(body)).articles[0]
    return {o.resolved.name for o in article.orgs if o.resolved}


def test_the_federation_by_its_short_form_is_the_named_one():
    found = _resolved("5月1日，第八师石河子市总工会召开全委会议。会上，师市总工会主席张明作报告。")
    assert found == {"第八师石河子市总工会"}


def test_a_bureau_by_its_short_form_takes_the_named_division_and_city():
    found = _resolved("师市总工会联合师市人社局举办技能大赛。第一师阿拉尔市总工会副主席王芳出席。")
    assert "第一师阿拉尔市人力资源和社会保障局" in found
    assert "师市总工会" not in found


def test_the_chair_is_held_at_the_named_federation():
    article = page_facts(
        news_page("第八师石河子市总工会召开全委会议，师市总工会主席张明作报告。")
    ).articles[0]
    held = {(p.name, p.org.name if p.org else None) for p in article.positions}
    assert ("张明", "第八师石河子市总工会") in held


def test_no_division_named_leaves_the_short_form_as_printed():
    assert _resolved("师市总工会召开会议。") == {"师市总工会"}


def test_two_divisions_named_leave_the_short_form_as_printed():
    found = _resolved("八师石河子市总工会和一师阿拉尔市总工会联合举办活动，师市总工会干部参加。")
    assert "师市总工会" in found

"""A titled official going to a site before a visit's verb (某区总工会主席某某到某公司检查
指导工作, 某主席某某来到某街道督导…建设, 某副主席某某亲临某中心检查指导…): one person's visit
is an activity, as a delegation's is; 检查指导 and 督导 are visits' verbs, and 工作 closing
such a visit's clause is what was looked at (开展调研工作), no noun the verb qualifies.
Sentences written for these tests (invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _visits(paragraph: str) -> list:
    return [a for a in find_activities([paragraph]) if a.category == Category.visit]


def test_an_official_going_to_a_company_to_inspect_its_work_is_a_visit():
    (visit,) = _visits("4月8日，柳湾区总工会主席石小川到柳湾机床公司检查指导安全生产工作。")
    assert visit.place == "柳湾机床公司"


def test_an_official_coming_to_supervise_a_building_is_a_visit():
    (visit,) = _visits("6月2日，柳湾区总工会主席石小川来到北塘街道督导职工驿站建设。")
    assert visit.place == "北塘街道"


def test_an_official_personally_at_a_centre_is_a_visit_there():
    (visit,) = _visits("9月1日，省总工会副主席蓝秋亲临柳湾区职工服务中心检查指导工作。")
    assert visit.place == "柳湾区职工服务中心"


def test_a_party_coming_to_carry_out_research_work_is_a_visit():
    (visit,) = _visits("9月6日，青岭县总工会主席梅立等一行来到柳湾区总工会开展调研工作。")
    assert visit.place == "柳湾区总工会"


def test_research_work_as_a_task_is_no_visit():
    assert _visits("区总工会要求各基层工会认真做好调研工作，按时报送材料。") == []


def test_a_title_with_no_name_arriving_at_the_event_is_no_visit():
    assert _visits("开班当天，区总工会主席到场看望学员，并为学员赠送学习资料。") == []


def test_a_supervising_plan_with_no_one_going_is_no_visit():
    assert _visits("区总工会将对各街道职工驿站建设情况开展督导。") == []


def test_an_official_with_a_note_on_the_post_going_to_research_is_a_visit():
    """副主席（挂职）某某到…调研 (session 50, acts64): the bracketed note on how the post is
    held stands between title and name, the visit is still one official's."""
    (visit,) = _visits("5月9日，柳湾区总工会副主席（挂职）石小川到柳湾机床公司调研。")
    assert visit.place == "柳湾机床公司"

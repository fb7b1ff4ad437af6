"""某县工会干部培训班: 工会干部 are union officials, those the course is for; the county's
name and 工会 read out of it (某县工会) is no body holding the course. The federation named
as 总工会 in the passage organises it, as the real pages of s37 print three county and
district courses so (a web item: its title, its date row, the lead and the credit).
Invented names."""

from __future__ import annotations

from tests.conftest import page_facts


def _organiser(title: str, lead: str, name: str) -> str | None:
    page = f"{title}\n发布时间：2024-09-10\n{lead}\n（本站讯）\n"
    [course] = [a for a in page_facts(page).articles[0].activities if a.name == name]
    return course.organiser.name if course.organiser else None


def test_the_federation_named_after_the_course_organises_it():
    lead = (
        "9月9日，垦东区工会干部履职能力提升专题培训班在市委党校开班，垦东区总工会党组书记"
        "刘志刚出席开班仪式，50余人参加培训。"
    )
    name = "垦东区工会干部履职能力提升专题培训班"
    assert _organiser("垦东区工会干部专题培训班开班", lead, name) == "垦东区总工会"


def test_a_course_dated_in_its_name_keeps_the_federation_as_organiser():
    lead = "9月9日，2024年柳岸县工会干部培训班在县委党校开班，柳岸县总工会主席周海出席。"
    name = "2024年柳岸县工会干部培训班"
    assert _organiser("柳岸县工会干部培训班开班", lead, name) == "柳岸县总工会"


def test_a_companys_union_opening_a_courses_name_still_organises_it():
    lead = "9月9日，宏达机械公司工会干部培训班在公司党校开班，学员40人。"
    organiser = _organiser("工会干部培训班开班", lead, "宏达机械公司工会干部培训班")
    assert organiser is not None and organiser.startswith("宏达机械公司")


def test_a_federation_opening_a_courses_name_still_organises_it():
    lead = "9月9日，垦东区总工会干部培训班在市委党校开班。"
    name = "垦东区总工会干部培训班"
    assert _organiser("干部培训班开班", lead, name) == "垦东区总工会"

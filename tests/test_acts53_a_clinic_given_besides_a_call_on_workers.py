"""A free clinic given besides a call on workers (走访慰问一线职工，并为职工开展义诊) is an
activity of its own, volunteering, and the call stays a visit (s43 acts53). Real pages of
s43 (county unions' heat rounds with hospital doctors, a city union's festival visits to
drivers with a clinic) print the clinic so; before, it was folded into the visit, which
was read as volunteering. A group only going to a site to serve (走进某公司，为职工开展
首场体检) is still the service alone, as real_dev11's gold reads it, and a service named
义诊 is volunteering wherever it is read. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(text: str) -> list[tuple[str, Category]]:
    return [(a.name, a.category) for a in find_activities([text])]


def test_a_clinic_after_a_call_on_workers_is_its_own():
    text = (
        "8月5日，柳河县总工会副主席周立群带领医疗志愿者来到县自来水公司走访慰问一线职工，"
        "并为职工开展义诊。"
    )
    rows = _rows(text)
    assert [c for _, c in rows] == [Category.visit, Category.volunteering]
    assert rows[1][0] == "义诊"


def test_a_clinic_given_by_a_union_is_volunteering():
    assert _rows("7月9日，青禾市总工会联合市人民医院在工业园为职工开展义诊。") == [
        ("义诊", Category.volunteering)
    ]


def test_going_to_a_site_to_serve_is_the_service_alone():
    text = "3月10日，区总工会组织医务人员走进青禾锦程木业公司，为80余名职工开展首场体检。"
    assert [c for _, c in _rows(text)] == [Category.volunteering]


def test_a_call_on_workers_handing_out_goods_stays_one_visit():
    text = "8月5日，柳河县总工会来到县自来水公司走访慰问一线职工，并为职工送去防暑用品。"
    assert [c for _, c in _rows(text)] == [Category.visit]

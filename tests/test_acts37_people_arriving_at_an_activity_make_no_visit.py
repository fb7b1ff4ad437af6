"""Activities (s39 acts37): those taking part arriving one after another or early at the
activity just read (职工们陆续来到某体检点, 选手们早早来到赛场) make no visit of their own;
before, every movement to a site read as a visit. A group going to sites in turn (先后来到
…) or an official coming to a site (某某来到…工地) is still a visit. Sentences written
for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

CHECKUP = "9月3日，宝安区总工会在福永街道开展“健康体检进企业”活动，为260名一线职工免费体检。"


def _visits(drafts):
    return [d for d in drafts if d.category == Category.visit]


def test_workers_arriving_in_turn_for_their_checkup_make_no_visit():
    drafts = find_activities(
        [CHECKUP, "当天一早，参检职工陆续来到镇文体服务中心，依次进行各项检查。"]
    )
    assert _visits(drafts) == []


def test_entrants_arriving_early_make_no_visit():
    drafts = find_activities(
        ["7月9日，市总工会举办职工羽毛球比赛。", "一早，参赛选手纷纷来到市体育中心，赛前热身。"]
    )
    assert _visits(drafts) == []


def test_an_official_coming_to_a_site_is_still_a_visit():
    drafts = find_activities(
        [CHECKUP, "当天上午，区总工会主席林晓来到公司体检中心，看望参检职工。"]
    )
    assert len(_visits(drafts)) == 1

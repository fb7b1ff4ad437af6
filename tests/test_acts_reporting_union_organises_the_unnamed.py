"""Organisers of activities on real-page shapes (real_dev5: a work report, an
enterprise union's year summary, a course report): an activity that names no organiser
is the reporting union's, never a union the passage names as overseeing it (在…的领导
下), as honoured (…被评为先进单位) or as the agent of a passive (被…授予); a guest's
first post joined to the next (区政协副主席、区总工会主席某某出席) is no organiser; a
school a group is sent to (组织…到某学校参加培训) is no organiser. Pages written for
these tests (invented names and places)."""

from __future__ import annotations

import pytest

from tests.built import built_activities, built_organisation_names

CASES = {
    "overseeing": (
        "青桐石化集团有限公司工会2019年工作总结\n\n"
        "2019年，集团工会在集团党委和西岭区总工会的领导下，较好地完成了全年各项工作。\n\n"
        "一、推进民主管理\n\n"
        "4月9日召开三届二次职工代表大会，98名职工代表参加。\n",
        "三届二次职工代表大会",
        "青桐石化集团有限公司工会",
    ),
    "awarding_and_honoured": (
        "奋进新征程 建功新时代\n\n"
        "——在柳川市工会第九次代表大会上的报告\n\n"
        "现在，我代表柳川市总工会第八届委员会向大会作报告。\n\n"
        "五年来，全市工会工作取得新的进展。焊工吴长青被东江区总工会授予技术能手称号。"
        "东江区总工会、南溪县总工会被评为全省工会工作先进单位。\n\n"
        "今后五年，每年举办一次柳川市职工文艺汇演。\n",
        "柳川市职工文艺汇演",
        "柳川市总工会",
    ),
    "guest_post_joined": (
        "青河区总工会举办家政职工技能培训班\n\n"
        "5月6日至8日，青河区总工会在区职工服务中心举办家政职工技能培训班，四十余名职工参加。"
        "区政协副主席、区总工会主席王立山，区人社局副局长赵敏出席开班仪式。"
        "开班仪式上，学员代表发言。\n",
        "开班仪式",
        "青河区总工会",
    ),
    "school_sent_to": (
        "青桐石化集团有限公司工会2019年工作总结\n\n"
        "2019年，集团工会较好地完成了全年各项工作。\n\n"
        "组织15名车间工会主席到青桐市工会干部学校参加为期两天的业务培训。\n",
        "业务培训",
        "青桐石化集团有限公司工会",
    ),
}


@pytest.mark.parametrize(("page", "activity", "organiser"), CASES.values(), ids=list(CASES))
def test_the_reporting_union_organises_what_names_no_organiser(
    pages_dir, tmp_path, page, activity, organiser
):
    rows = built_activities(pages_dir, tmp_path, page)
    orgs = built_organisation_names(tmp_path)
    found = {r["name"]: orgs.get(r["organiser_id"]) for r in rows}
    assert rows
    assert found[activity] == organiser

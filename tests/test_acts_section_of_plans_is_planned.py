"""Status of activities on real-page shapes (real_dev5: a congress work report, an
enterprise union's year summary): what a section headed as plans lists (二、今后五年的
目标任务; 五、明年工作打算) is planned, whatever verb tells it. A page written for
these tests (invented names and places)."""

from __future__ import annotations

from tests.built import built_activities


def test_what_a_section_of_plans_lists_is_planned(pages_dir, tmp_path):
    page = (
        "团结奋进 再创佳绩\n\n"
        "——在柳川市工会第九次代表大会上的报告\n\n"
        "各位代表：\n\n"
        "一、过去五年的主要工作\n\n"
        "五年来，市总工会每年举办柳川市职工技能大赛，十万名职工参与。\n\n"
        "二、今后五年的目标任务\n\n"
        "（一）丰富职工文化生活。举办第三届柳川市职工运动会，每年举办一次职工书画展。\n"
    )
    rows = {r["name"]: r["status"] for r in built_activities(pages_dir, tmp_path, page)}
    assert rows["第三届柳川市职工运动会"] == "planned"
    assert rows["柳川市职工技能大赛"] != "planned"

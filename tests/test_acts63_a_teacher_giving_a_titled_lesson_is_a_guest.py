"""A guest teacher who gives a lesson under a title (某学院副教授某某以《…》为题授课)
is a guest whatever stands between the name and the verb: the title read through, the
teacher's institution organises nothing and the lesson stays the course's. Real pages of
s50 acts63 (courses of district and industry unions) and the tuning gold of real_dev13.
Invented names."""

from __future__ import annotations

from tests.built import built_activities, built_organisation_names

COURSE = (
    "青禾区机械行业工会举办班组长培训班\n\n"
    "本报讯 日前，青禾区机械行业工会2024年第一期班组长培训班在区职工服务中心开班，"
    "六十名班组长参加培训。\n\n"
    "培训班上，南岭职业技术学院副教授甘若水以《班组安全管理实务》为题授课。\n"
)


def test_a_titled_lessons_teacher_institution_does_not_organise_it(pages_dir, tmp_path):
    rows = built_activities(pages_dir, tmp_path, COURSE)
    orgs = built_organisation_names(tmp_path)
    organisers = {orgs.get(r["organiser_id"] or "") for r in rows}
    assert organisers == {"青禾区机械行业工会"}, organisers

"""A guest teacher's institution is no organiser of the session, whichever way the post is
printed: 某学院某某教授作专题讲座 (the title after the name), 某某受邀作讲座; two guests
teaching in turn (某协会高级烹调师某某分别讲授) already so. The session stays the course
organiser's, as real pages of s33 print them (issue 11). Invented names."""

from __future__ import annotations

import pytest

from tests.built import built_activities, built_organisation_names

COURSE = (
    "青禾区总工会举办基层工会主席培训班\n\n"
    "本报讯 6月19日至21日，青禾区总工会在区委党校举办2018年基层工会主席培训班，"
    "八十名基层工会主席参加培训。\n\n"
)


@pytest.mark.parametrize(
    "session",
    [
        "20日，南岭劳动学院柏思远教授作“企业工会如何开展集体协商”专题讲座。",
        "20日，南岭职业学院副教授甘若水、南岭烹饪协会高级烹调师卢大成分别讲授《食品安全规范》。",
        "20日，南岭师范大学原工会副主席钱望舒受邀作《工会干部的履职能力》专题讲座。",
    ],
)
def test_a_guest_teachers_institution_does_not_organise_the_session(pages_dir, tmp_path, session):
    rows = built_activities(pages_dir, tmp_path, COURSE + session + "\n")
    orgs = built_organisation_names(tmp_path)
    organisers = {orgs.get(r["organiser_id"] or "") for r in rows}
    assert not any(o and o.startswith("南岭") for o in organisers), organisers


def test_a_body_named_as_the_subject_of_its_own_lecture_still_organises_it(pages_dir, tmp_path):
    page = (
        "南岭劳动学院举办讲座\n\n本报讯 6月2日，南岭劳动学院举办集体协商专题讲座，百名职工参加。\n"
    )
    rows = built_activities(pages_dir, tmp_path, page)
    orgs = built_organisation_names(tmp_path)
    assert {orgs.get(r["organiser_id"] or "") for r in rows} == {"南岭劳动学院"}

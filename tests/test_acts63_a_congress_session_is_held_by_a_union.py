"""A congress's committee session (随即召开的三届一次全委会) is held by a union: when the
congress's organiser read is a company (某公司第三届职工代表大会暨工会第三次会员代表大会,
the company opening its name), the session does not take it, and falls to the union the
passage reports. Real pages of s50 acts63 (private groups' joint congresses) and the
tuning gold of real_dev13. Invented names."""

from __future__ import annotations

from tests.built import built_activities, built_organisation_names

PAGE = (
    "青禾机电集团召开职工代表大会\n\n"
    "3月12日，青禾机电集团有限公司第三届职工代表大会暨工会第三次会员代表大会在集团总部召开，"
    "168名代表出席。\n\n"
    "在随即召开的三届一次全委会上，柏思远当选青禾机电集团有限公司工会主席。\n"
)


def test_a_session_of_a_companys_congress_is_its_unions(pages_dir, tmp_path):
    rows = built_activities(pages_dir, tmp_path, PAGE)
    orgs = built_organisation_names(tmp_path)
    session = [r for r in rows if r["name"] == "三届一次全委会"]
    assert [orgs.get(r["organiser_id"] or "") for r in session] == ["青禾机电集团有限公司工会"]

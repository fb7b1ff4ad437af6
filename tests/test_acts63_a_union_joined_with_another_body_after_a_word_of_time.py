"""A union that holds an event jointly with another body after a word of recent time
(某区总工会日前联合区人力社保局召开…座谈会) organises it, as the first of two joined
subjects does with no such word between. Real pages of s50 acts63 (brief items of
district unions) and the tuning gold of real_dev13. Invented names."""

from __future__ import annotations

import pytest

from tests.built import built_activities, built_organisation_names


@pytest.mark.parametrize("when", ["日前", "近日"])
def test_the_union_before_the_joining_word_organises(pages_dir, tmp_path, when):
    page = (
        "青禾区总工会召开座谈会\n\n"
        f"本报讯 青禾区总工会{when}联合区人力社保局召开劳动关系协调员座谈会，"
        "三十名协调员参加。\n"
    )
    rows = built_activities(pages_dir, tmp_path, page)
    orgs = built_organisation_names(tmp_path)
    assert [orgs.get(r["organiser_id"] or "") for r in rows] == ["青禾区总工会"]

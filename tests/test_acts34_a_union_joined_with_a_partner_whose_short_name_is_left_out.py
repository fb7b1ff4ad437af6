"""The organiser of an activity two bodies hold together, session 38 (acts34), on pages
written for these tests (invented bodies and events) in the shape read on a real page (a
Changsha street's union federation and a bank branch holding a voice-relay event for
delivery riders): 甲工会联合建行某支行共同举办…, where the recogniser leaves the bank's
short name (建行) outside the branch's name. The joining word and that short word stood
between the two bodies, so the union was not read as the first of the joined subjects and
the bank was taken as the organiser.

Near misses: a partner printed whole (联合中国银行某支行) is joined as before; words
longer than a short name, or holding a verb, between the two bodies join nothing."""

from __future__ import annotations

from tests.built import built_activities, built_organisation_names


def _organiser(pages_dir, tmp_path, page: str, name: str) -> str | None:
    rows = built_activities(pages_dir, tmp_path, page)
    orgs = built_organisation_names(tmp_path)
    row = next(r for r in rows if r["name"] == name)
    return orgs.get(row["organiser_id"] or "")


def test_a_union_joined_with_a_bank_named_by_its_short_name_organises(pages_dir, tmp_path):
    page = (
        "声音接力公益活动温暖快递小哥\n\n"
        "4月28日上午，岳麓市青湖区柳林路街道工会联合会联合建行岳麓柳林支行共同举办"
        "“声声入耳”声音接力公益活动。\n"
    )
    organiser = _organiser(pages_dir, tmp_path, page, "“声声入耳”声音接力公益活动")
    assert organiser is not None and organiser.endswith("工会联合会")


def test_a_union_joined_with_a_partner_printed_whole_still_organises(pages_dir, tmp_path):
    page = (
        "职工健步走活动举行\n\n"
        "5月1日，城南街道总工会联合中国银行城南支行共同举办职工健步走活动，近80名职工参加。\n"
    )
    organiser = _organiser(pages_dir, tmp_path, page, "职工健步走活动")
    assert organiser is not None and organiser.endswith("总工会")


def test_a_verb_between_two_bodies_joins_nothing():
    from gonghui_build.extract.activities.organisers import _coordinated

    assert _coordinated("联合建行") is not None
    assert _coordinated("、") is not None
    assert _coordinated("联合召开") is None  # a verb of organising, no name left out
    assert _coordinated("联合全市各街道") is None  # more than a short name
    assert _coordinated("的指导下，") is None

"""The organiser of a lead event no body opens, session 36 (acts26): the union named next
in the following paragraph is taken as the one whose work the passage reports, but not
when it is named as the partner the group met (…并与某学院工会开展了座谈交流): the group
went to it, it sent no one. A union named there acting still organises (the near miss,
as session 33's lead events). Invented names, in the shape of a university union's trip
read on a real page."""

from __future__ import annotations

from tests.built import built_activities, built_organisation_names

LEAD = (
    "校工会组织工会干部赴井冈山开展红色教育\n\n"
    "6月12日至14日，校工会组织28名基层工会干部赴井冈山开展红色教育实践活动。\n\n"
)


def _organiser(pages_dir, tmp_path, page: str, name: str) -> str | None:
    rows = built_activities(pages_dir, tmp_path, page)
    orgs = built_organisation_names(tmp_path)
    row = next(r for r in rows if r["name"] == name)
    return orgs.get(row["organiser_id"] or "")


def test_a_union_met_as_a_partner_does_not_organise_the_trip(pages_dir, tmp_path):
    page = LEAD + "学员们参观了革命博物馆，并与吉安某学院工会开展了座谈交流。\n"
    organiser = _organiser(pages_dir, tmp_path, page, "红色教育实践活动")
    assert organiser is None or "吉安" not in organiser


def test_a_union_acting_in_the_next_paragraph_still_organises(pages_dir, tmp_path):
    page = (
        "红色教育实践活动在井冈山举办\n\n"
        "6月12日至14日，2023年永新县基层工会干部红色教育培训班在井冈山举办。\n\n"
        "永新县总工会党组书记钟雨晴作开班动员。\n"
    )
    organiser = _organiser(pages_dir, tmp_path, page, "2023年永新县基层工会干部红色教育培训班")
    assert organiser is not None and organiser.endswith("总工会")

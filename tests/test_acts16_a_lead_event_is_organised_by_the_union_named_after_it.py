"""An event a news item reports in its lead before any body is named (…培训班在区委党校
举办) is organised by the union whose officials the passage names right after it (区总工会
党组书记…作开班动员), as the real pages of s33 print it (issue 11). Invented names."""

from __future__ import annotations

from tests.built import built_activities, built_organisation_names

LEAD = (
    "柳溪区一百名工会主席集中培训\n\n"
    "本报讯 6月3日至5日，2022年柳溪区基层工会主席培训班在区委党校举办，"
    "一百名基层工会主席参加培训。\n\n"
)


def _organiser(pages_dir, tmp_path, page: str, name: str) -> str | None:
    rows = built_activities(pages_dir, tmp_path, page)
    orgs = built_organisation_names(tmp_path)
    row = next(r for r in rows if r["name"] == name)
    return orgs.get(row["organiser_id"] or "")


def test_a_lead_event_is_organised_by_the_union_named_in_the_next_paragraph(pages_dir, tmp_path):
    page = LEAD + "区总工会党组书记、常务副主席钟雨晴作开班动员。\n"
    organiser = _organiser(pages_dir, tmp_path, page, "2022年柳溪区基层工会主席培训班")
    assert organiser is not None and organiser.endswith("区总工会")


def test_a_union_named_only_paragraphs_later_does_not_organise_the_lead_event(pages_dir, tmp_path):
    page = (
        LEAD
        + "学员们表示，培训内容贴近基层实际。\n\n"
        + "据悉，区总工会下半年还将开展职工心理健康讲座。\n"
    )
    organiser = _organiser(pages_dir, tmp_path, page, "2022年柳溪区基层工会主席培训班")
    assert organiser is None

"""The contracts between stages: rows made only through the catalog, vocabularies from
the catalog, frozen facts that survive a trip to another process, reference files
checked on load, declared stages whose outputs can be dumped, and what the page prints
kept as written."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pyarrow.parquet as pq
import pytest

from gonghui import catalog
from gonghui_build import reference, vocabulary
from gonghui_build.reference.models import ActivitiesFile, OrgSuffixesFile, ReferenceFile


def test_a_row_with_a_field_the_catalog_does_not_declare_is_refused():
    with pytest.raises(KeyError, match="naem"):
        catalog.row("people", person_id="per-1", naem="王某")


def test_a_row_has_every_declared_field_in_order_and_plain_values():
    row = catalog.row("activities", activity_id="act-1", status=vocabulary.Status.held)
    assert tuple(row) == catalog.get("activities").field_names
    assert row["status"] == "held" and type(row["status"]) is str
    assert row["name"] is None


def test_vocabularies_are_the_catalogs():
    pairs = [
        (vocabulary.OrgType, "organisations", "type"),
        (vocabulary.Category, "activities", "category"),
        (vocabulary.Status, "activities", "status"),
        (vocabulary.MergeRule, "person_merges", "rule"),
        (vocabulary.AuthorRole, "authors", "role"),
    ]
    for enum, table, field in pairs:
        assert tuple(m.value for m in enum) == catalog.get(table).field(field).enum
    with pytest.raises(AttributeError):
        _ = vocabulary.Status.hled


def test_a_reference_key_outside_the_catalogs_vocabulary_fails_on_load():
    good = reference.load("activities.yaml").model_dump()
    bad = {**good, "categories": {**good["categories"], "seminar": ["研修"]}}
    with pytest.raises(ValueError, match="seminar"):
        ActivitiesFile.model_validate(bad)
    suffixes = reference.load("org_suffixes.yaml").model_dump()
    with pytest.raises(ValueError, match="charity"):
        OrgSuffixesFile.model_validate({**suffixes, "suffixes": {"charity": ["基金会"]}})


def test_every_reference_file_states_a_source_and_holds_only_word_lists():
    from gonghui_build.reference.models import MODELS

    files = sorted(p.name for p in reference.REFERENCE.glob("*.yaml"))
    assert len(files) >= 10
    assert set(files) == set(MODELS), "a pydantic model per reference file"
    for name in files:
        assert len(reference.load(name).source) >= 10, name
    with pytest.raises(ValueError, match="source"):
        ReferenceFile.model_validate({"verbs": ["举办"]})
    with pytest.raises(ValueError, match="word list"):
        ReferenceFile.model_validate({"source": "a source of ten", "verbs": [1, 2]})


def test_a_build_reports_the_reference_entries_it_never_matched(seeds_build):
    _, summary = seeds_build
    unused = summary.unused_reference
    assert sum(len(words) for words in unused.values()) > 0
    # the seeds name 东城区 and 密云区, and no holiday at all
    assert "东城区" not in unused.get("districts.yaml: districts", [])
    assert "元旦" in unused.get("holidays.yaml: holidays", ["元旦"])
    assert "districts.yaml: city_short" in summary.unread_reference


def test_the_stages_are_declared_in_order_with_their_inputs():
    from gonghui_build.pipeline import STAGES

    names = [s.name for s in STAGES]
    assert names[:5] == ["pages", "metadata", "layout", "extract", "resolve"]
    produced = {"input_dir", "output_dir", "descriptor_dir"}
    for stage in STAGES:
        assert set(stage.inputs) <= produced, stage.name
        produced.add(stage.output)
    assert [s.name for s in STAGES if s.per_page] == ["layout", "extract"]


def test_page_facts_are_frozen_and_survive_another_process(seeds_build):
    from gonghui_build.pages import read_pages
    from gonghui_build.parsed import parse_page
    from gonghui_build.pipeline import extract
    from tests.conftest import SEEDS

    page = read_pages(SEEDS)[1]
    facts = extract(parse_page(page), {})
    assert facts.articles and facts.articles[0].people
    assert pickle.loads(pickle.dumps(facts)) == facts
    assert extract(parse_page(page), {}) == facts  # a pure function of the page
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.articles[0].people[0].name = "某"  # type: ignore[misc]


def test_every_stage_can_be_dumped_for_inspection(pages_dir, tmp_path):
    from gonghui_build.pipeline import STAGES, run

    (pages_dir / "p.txt").write_text(
        "区总工会召开座谈会\n\n本报讯（记者 甄文）2021年5月6日，顺义区总工会召开劳模座谈会。\n",
        encoding="utf-8",
    )
    run(pages_dir, tmp_path / "out", dump_dir=tmp_path / "dump")
    dumped = sorted(p.name for p in (tmp_path / "dump").glob("*.json"))
    assert len(dumped) == len(STAGES) + 1
    facts = json.loads((tmp_path / "dump" / "04_extract.json").read_text(encoding="utf-8"))
    (article,) = facts[0]["articles"]
    assert article["activities"][0]["category"] == "meeting"
    usage = json.loads((tmp_path / "dump" / "reference_usage.json").read_text(encoding="utf-8"))
    assert set(usage) == {"never_matched", "never_read"}


def test_names_as_written_keep_what_the_page_prints(pages_dir, tmp_path):
    """An OCR space inside a name is repaired in the text and kept as written."""
    from gonghui_build.pipeline import run

    (pages_dir / "p.txt").write_text(
        "区总工会召开座谈会\n\n"
        "本报讯（记者 甄文）2021年5月6日，北京宏远建设集团有限公 司工会召开劳模座谈会。\n",
        encoding="utf-8",
    )
    run(pages_dir, tmp_path / "out")
    out = tmp_path / "out"
    page = (pages_dir / "p.txt").read_text(encoding="utf-8")
    mentions = pq.read_table(out / "organisation_mentions.parquet").to_pylist()
    orgs = {
        o["organisation_id"]: o["name"]
        for o in pq.read_table(out / "organisations.parquet").to_pylist()
    }
    (m,) = [m for m in mentions if "宏远" in m["name_as_written"]]
    assert m["name_as_written"] == "北京宏远建设集团有限公 司工会"
    assert m["name_as_written"] == page[m["page_start"] : m["page_end"]]
    assert orgs[m["organisation_id"]] == "北京宏远建设集团有限公司工会"

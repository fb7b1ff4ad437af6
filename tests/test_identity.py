"""Identity across pages: the same person or organisation in several articles, told
apart from a namesake, with each decision recorded (``resolve/``). Three invented pages
of one invented corpus, built once."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

PAGES = {
    # a district federation's vice-chair, an enterprise union's chair, a street
    # federation read in context; a reporter
    "a_pinggu_2021.txt": (
        "区总工会召开年度工作会议\n\n"
        "本报讯（记者 甄文）3月5日，平谷区总工会召开2021年度工作会议。区总工会副主席林若溪"
        "主持会议，北京宏远建设集团有限公司工会主席郝明远、兴谷街道总工会主席柏青介绍经验。\n"
    ),
    # a year later: the vice-chair promoted to chair of the same federation; the
    # enterprise printed short (北京宏远集团); the same reporter
    "b_pinggu_2022.txt": (
        "平谷区总工会表彰先进集体\n\n"
        "本报讯（记者 甄文）2022年4月8日，平谷区总工会召开表彰大会。区总工会主席林若溪"
        "出席并讲话。北京宏远集团等12个单位获评先进集体。\n"
    ),
    # a namesake of the enterprise union's chair at another federation; the chair of
    # page a quoted with nothing that places her
    "c_huairou_2021.txt": (
        "怀柔区总工会慰问一线职工\n\n"
        "本报讯（记者 甄文）2021年7月9日上午，怀柔区总工会副主席郝明远带队慰问一线职工。"
        "“要把温暖送到职工心坎上。”林若溪说。\n"
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from gonghui_build.pipeline import run

    pages = tmp_path_factory.mktemp("identity_pages")
    for name, text in PAGES.items():
        (pages / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("identity_build")
    summary = run(pages, out)
    assert summary.warnings == 0, [str(p) for p in [*summary.invalid, *summary.failures]]
    names = (
        *("articles", "people", "person_merges", "person_mentions", "positions"),
        *("organisations", "organisation_aliases", "organisation_mentions"),
    )
    tables = {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in names}
    assert all(tables[name] for name in tables), "every table has rows"
    return tables


def _people(corpus, name):
    return [p for p in corpus["people"] if p["name"] == name]


def _decisions(corpus, name):
    return sorted(
        (d for d in corpus["person_merges"] if d["name"] == name), key=lambda d: d["rule"]
    )


def test_a_person_promoted_within_one_federation_is_one_person(corpus):
    (person,) = _people(corpus, "林若溪")
    titles = {
        p["title_normalised"] for p in corpus["positions"] if p["person_id"] == person["person_id"]
    }
    assert titles == {"副主席", "主席"}
    assert person["articles"] == 3
    assert "平谷区总工会" in person["merge_reason"]
    rules = [d["rule"] for d in _decisions(corpus, "林若溪")]
    assert rules == ["first_article", "only_one_of_the_name", "same_organisation"]


def test_namesakes_at_unrelated_organisations_are_two_people(corpus):
    people = _people(corpus, "郝明远")
    assert len(people) == 2
    assert len({p["person_id"] for p in people}) == 2
    decided = {d["rule"]: d for d in _decisions(corpus, "郝明远")}
    assert set(decided) == {"first_article", "namesake_at_other_organisation"}
    assert "怀柔区总工会" in decided["namesake_at_other_organisation"]["reason"]
    # each person's mentions are in their own article only
    for person in people:
        articles = {
            m["article_id"]
            for m in corpus["person_mentions"]
            if m["person_id"] == person["person_id"]
        }
        assert len(articles) == 1


def test_a_reporter_on_three_pages_is_one_journalist(corpus):
    (person,) = _people(corpus, "甄文")
    assert person["is_journalist"] and person["articles"] == 3
    assert [d["rule"] for d in _decisions(corpus, "甄文")] == [
        "first_article",
        "journalist",
        "journalist",
    ]


def test_every_person_of_every_article_has_one_decision(corpus):
    decided = {(d["person_id"], d["article_id"]) for d in corpus["person_merges"]}
    assert len(decided) == len(corpus["person_merges"])
    named = {(m["person_id"], m["article_id"]) for m in corpus["person_mentions"]}
    assert named <= decided


def _orgs(corpus):
    return {o["organisation_id"]: o for o in corpus["organisations"]}


def _org(corpus, name):
    return next(o for o in corpus["organisations"] if o["name"] == name)


def test_organisations_have_their_parents(corpus):
    orgs = _orgs(corpus)

    def parent(name):
        return orgs[_org(corpus, name)["parent_id"]]["name"]

    assert parent("平谷区总工会") == "北京市总工会"  # a district's: the city's
    assert parent("怀柔区总工会") == "北京市总工会"
    assert parent("平谷区兴谷街道总工会") == "平谷区总工会"  # a street's: its district's
    assert parent("北京宏远建设集团有限公司工会") == "北京宏远建设集团有限公司"  # a union's
    assert _org(corpus, "北京市总工会")["parent_id"] is None


def test_an_abbreviation_printed_in_another_article_is_the_full_name(corpus):
    full = _org(corpus, "北京宏远建设集团有限公司")
    assert not [o for o in corpus["organisations"] if o["name"] == "北京宏远集团"]
    alias = next(a for a in corpus["organisation_aliases"] if a["alias"] == "北京宏远集团")
    assert (alias["organisation_id"], alias["kind"]) == (full["organisation_id"], "abbreviation")
    # the first article names the enterprise only inside its union's name (…公司工会主席
    # 郝明远: the union holds the title), the second by its short name
    assert full["articles"] == 1
    union = _org(corpus, "北京宏远建设集团有限公司工会")
    assert union["parent_id"] == full["organisation_id"]
    short = [m for m in corpus["organisation_mentions"] if m["name_as_written"] == "北京宏远集团"]
    assert [m["organisation_id"] for m in short] == [full["organisation_id"]]


def test_a_short_form_read_in_context_is_an_alias_with_its_article(corpus):
    federation = _org(corpus, "平谷区总工会")
    alias = next(a for a in corpus["organisation_aliases"] if a["alias"] == "区总工会")
    assert alias["organisation_id"] == federation["organisation_id"]
    assert alias["kind"] == "contextual" and "art-" in alias["source"]

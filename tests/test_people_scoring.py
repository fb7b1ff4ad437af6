"""The scorer's matching of positions and articles (``gonghui_dev.people_scoring``)."""

from gonghui_dev.people_scoring import _alias_set, _position_fits, match_articles

GOLD_ARTICLE = {
    "organisations": [{"name": "青松区总工会", "aliases": ["区总工会"]}],
}


def test_position_fits_when_the_build_names_the_organisation_by_a_gold_alias():
    aliases = _alias_set(GOLD_ARTICLE, "青松区总工会")
    found = ("林晓", "副主席", "区总工会", "区总工会")
    assert _position_fits(found, "林晓", "副主席", "青松区总工会", aliases)


def test_position_fits_by_the_organisation_as_written_when_its_canonical_name_differs():
    aliases = _alias_set(GOLD_ARTICLE, "青松区总工会")
    found = ("林晓", "副主席", "北京市青松区总工会", "区总工会")
    assert _position_fits(found, "林晓", "副主席", "青松区总工会", aliases)


def test_position_without_organisation_fits_only_a_build_position_without_one():
    assert _position_fits(("林晓", "快递员", "", ""), "林晓", "快递员", "", set())
    assert not _position_fits(("林晓", "快递员", "某公司", "某公司"), "林晓", "快递员", "", set())


def test_position_with_another_title_or_person_does_not_fit():
    aliases = _alias_set(GOLD_ARTICLE, "青松区总工会")
    assert not _position_fits(
        ("林晓", "主席", "区总工会", ""), "林晓", "副主席", "青松区总工会", aliases
    )
    assert not _position_fits(
        ("林小", "副主席", "区总工会", ""), "林晓", "副主席", "青松区总工会", aliases
    )


def test_an_organisation_absent_from_the_article_list_is_its_own_only_alias():
    assert _alias_set(GOLD_ARTICLE, "某某公司") == {"某某公司"}


def test_headless_gold_items_take_the_headless_build_article_with_their_byline():
    built = [
        {"headline": "职工书屋开放", "byline": None},
        {"headline": None, "byline": "甲"},
        {"headline": None, "byline": "乙"},
    ]
    gold = [{"headline": "职工书屋开放"}, {"headline": None, "byline": "乙"}]
    matched = match_articles(gold, built)
    assert matched[0] is built[0]
    assert matched[1] is built[2]


def test_a_repeated_headline_matches_gold_and_build_articles_in_page_order():
    built = [
        {"headline": "概况", "byline": None},
        {"headline": "大事记", "byline": None},
        {"headline": "概况", "byline": None},
    ]
    gold = [{"headline": "概况"}, {"headline": "概况"}]
    matched = match_articles(gold, built)
    assert matched[0] is built[0]
    assert matched[1] is built[2]


def test_a_headline_printed_twice_counts_as_two_articles_found_once_each():
    from gonghui_dev.people_scoring import _article_keys

    gold = _article_keys("p1.txt", [{"headline": "概况"}, {"headline": "概况"}])
    built_once = _article_keys("p1.txt", [{"headline": "概况"}])
    assert len(gold) == 2
    assert len(gold & built_once) == 1


def test_a_missed_article_counts_its_posts_as_missed_and_its_holders_untitled():
    from types import SimpleNamespace

    from gonghui_dev.people_scoring import _score_page
    from gonghui_dev.scoring import Scores

    gold = {
        "page": "p1.txt",
        "articles": [
            {
                "headline": "区总工会慰问环卫工人",
                "people": [
                    {
                        "name": "林晓",
                        "positions": [{"title": "主席", "organisation": "青松区总工会"}],
                    },
                    {"name": "高原"},
                ],
                "organisations": [{"name": "青松区总工会"}],
            }
        ],
    }
    scores = Scores()
    _score_page(SimpleNamespace(articles_by_page={}), gold, scores, {}, {})
    assert (scores.people.fn, scores.organisations.fn) == (2, 1)
    assert (scores.positions.tp, scores.positions.fn) == (0, 1)
    assert (scores.people_titled.right, scores.people_titled.total) == (0, 1)


def test_a_name_printed_in_a_traditional_character_matches_the_gold_that_copies_it(tmp_path):
    """The gold's names are read in their simplified form; the build's must be too, or a
    name printed as 应国樑 counts as one person missed and one extra."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from gonghui_dev.scoring import Build
    from gonghui_dev.tally import _norm

    tables = {
        "people": [{"person_id": "p1", "name": "应国樑"}],
        "organisations": [{"organisation_id": "o1", "name": "某公司工会"}],
        "articles": [{"article_id": "a1", "page_id": "x", "page_order": 1, "source_file": "x"}],
        "activities": [{"activity_id": "v1"}],
        "positions": [
            {"article_id": "a1", "organisation_id": "o1", "organisation_as_written": "某公司工会"}
        ],
    }
    for name in ("pages", "paragraphs", "person_mentions", "authors", "organisation_aliases"):
        tables[name] = [{"unused": 1}]  # read, not used by the index under test
    for name, rows in tables.items():
        pq.write_table(pa.Table.from_pylist(rows), tmp_path / f"{name}.parquet")
    mentions = pa.schema([(c, pa.string()) for c in ("article_id", "organisation_id")])
    pq.write_table(mentions.empty_table(), tmp_path / "organisation_mentions.parquet")
    assert Build(tmp_path).people == {"p1": _norm("应国樑")} == {"p1": "应国梁"}

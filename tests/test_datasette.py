"""Datasette on the built database, through its test client: tables in their order with
short labels, search that finds, views without duplicates, the server's limits."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import quote

import pytest

pytest.importorskip("datasette")

from gonghui.catalog import BY_NAME
from gonghui.datasette_metadata import SEARCH_LIMIT
from gonghui.datasette_plugin.cells import LABEL_CHARS
from gonghui.serve import make_datasette


@pytest.fixture(scope="module")
def ds(seeds_build):
    out, _ = seeds_build
    return make_datasette(out / "gonghui.db", out)


async def _get(ds, path):
    return await ds.client.get(path)


async def _rows(ds, path):
    response = await _get(ds, path)
    assert response.status_code == 200, response.text[:500]
    return response.json()


def _q(text: str) -> str:
    return quote(text)


@pytest.mark.asyncio
async def test_home_page_shows_title_search_and_tables(ds):
    home = await _get(ds, "/")
    assert home.status_code == 200 and "Gonghui" in home.text
    assert 'action="/-/search"' in home.text
    database = await _get(ds, "/gonghui")
    assert "Gonghui tables" in database.text and "person_mentions" in database.text


@pytest.mark.asyncio
async def test_column_descriptions_are_folded_above_the_rows(ds):
    page = (await _get(ds, "/gonghui/people")).text
    folded = page[page.index('<details class="gonghui-columns">') :]
    assert "Hanyu Pinyin" in folded[: folded.index("</details>")]
    assert page.index("</details>") < page.index('<table class="rows-and-columns">')


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["paragraphs", "articles", "activities", "person_mentions"])
async def test_tables_come_in_their_declared_order(ds, seeds_tables, table):
    t = BY_NAME[table]
    rows = await _rows(ds, f"/gonghui/{table}.json?_shape=array&_size=max")
    pk = t.primary_key[0]
    assert [r[pk] for r in rows] == [r[pk] for r in seeds_tables[table]]


@pytest.mark.asyncio
async def test_activities_are_dated_first(ds, seeds_tables):
    rows = await _rows(ds, "/gonghui/activities.json?_shape=array&_size=max")
    dated = [r["start_date"] is not None for r in rows]
    # undated rows, if any, after the dated (the seeds date every activity since s34:
    # a plan with no date of its own takes its article's year)
    assert any(dated)
    assert dated == sorted(dated, reverse=True)
    starts = [r["start_date"] for r in rows if r["start_date"]]
    assert starts == sorted(starts)


@pytest.mark.asyncio
async def test_html_table_pages_through_every_row_in_order(ds, seeds_tables):
    """Page 2 of the HTML table (labels expanded) follows page 1."""
    first = (await _get(ds, "/gonghui/paragraphs?_size=60")).text
    next_url = re.search(r'href="(http://localhost/gonghui/paragraphs\?[^"]*_next=[^"]+)"', first)
    assert next_url, "no link to the next page"
    path = next_url.group(1).replace("http://localhost", "").replace("&amp;", "&")
    second = (await _get(ds, path)).text
    ids = [r["paragraph_id"] for r in seeds_tables["paragraphs"]]
    assert f">{ids[60]}<" in second and f">{ids[59]}<" not in second


@pytest.mark.asyncio
async def test_labels_are_short_links(ds):
    page = (await _get(ds, "/gonghui/positions")).text
    labels = re.findall(r'<a class="gonghui-link" href="[^"]+" title="[^"]*">([^<]+)</a>', page)
    assert len(labels) > 100
    assert max(len(label) for label in labels) <= LABEL_CHARS


@pytest.mark.asyncio
async def test_booleans_read_yes_or_no(ds):
    page = (await _get(ds, "/gonghui/people")).text
    cells = re.findall(r'<td class="col-is_journalist type-int">([^<]*)</td>', page)
    assert cells and set(cells) == {"yes", "no"}


@pytest.mark.asyncio
async def test_dates_facet_by_year_and_nothing_is_suggested(ds, seeds_tables):
    body = await _rows(ds, "/gonghui/activities.json")
    assert body["suggested_facets"] == []
    years = body["facet_results"]["start_date (year)"]["results"]
    assert all(re.fullmatch(r"\d{4}", y["value"]) for y in years)
    dated = [a for a in seeds_tables["activities"] if a["start_date"]]
    assert sum(y["count"] for y in years) == len(dated)


@pytest.mark.asyncio
@pytest.mark.parametrize("word", ["杨雪", "工会主席", "娘家人"])
async def test_search_box_finds_every_paragraph_holding_the_word(ds, seeds_tables, word):
    rows = await _rows(ds, f"/gonghui/paragraphs.json?_search={_q(word)}&_shape=array&_size=max")
    expected = [p["paragraph_id"] for p in seeds_tables["paragraphs"] if word in p["text"]]
    assert expected and [r["paragraph_id"] for r in rows] == expected  # all, in page order


@pytest.mark.asyncio
async def test_one_character_finds_it_wherever_it_stands(ds, seeds_tables):
    """席 ends most runs it stands in (主席): the index must still find it there."""
    rows = await _rows(ds, f"/gonghui/paragraphs.json?_search={_q('席')}&_shape=array&_size=max")
    expected = [p["paragraph_id"] for p in seeds_tables["paragraphs"] if "席" in p["text"]]
    assert len(expected) > 30 and [r["paragraph_id"] for r in rows] == expected


@pytest.mark.asyncio
async def test_organisations_search_finds_every_alias_and_former_name(ds, seeds_tables):
    aliases = seeds_tables["organisation_aliases"]
    assert any(a["kind"] == "former_name" for a in aliases)
    for alias in aliases:
        rows = await _rows(
            ds, f"/gonghui/organisations.json?_search={_q(alias['alias'])}&_shape=array&_size=max"
        )
        assert alias["organisation_id"] in {r["organisation_id"] for r in rows}, alias


@pytest.mark.asyncio
async def test_people_search_by_pinyin(ds, seeds_tables):
    person = max(seeds_tables["people"], key=lambda p: p["articles"])
    given = person["name_pinyin"].split(" ", 1)[1]
    rows = await _rows(ds, f"/gonghui/people.json?_search={_q(given[:3])}&_shape=array&_size=max")
    assert person["person_id"] in {r["person_id"] for r in rows}


@pytest.mark.asyncio
async def test_canned_search_links_to_articles_and_stops_at_its_limit(ds, seeds_tables):
    rows = await _rows(ds, f"/gonghui/search.json?q={_q('工会')}&_shape=array")
    holding = [p for p in seeds_tables["paragraphs"] if "工会" in p["text"]]
    assert len(rows) == min(len(holding), SEARCH_LIMIT) and all("工会" in r["text"] for r in rows)
    page = (await _get(ds, f"/gonghui/search?q={_q('培训班')}")).text
    assert re.search(r'<a class="gonghui-link" href="/gonghui/articles/art-[^"#]+#par-', page)


@pytest.mark.asyncio
async def test_search_page_covers_every_kind_of_row(ds, seeds_tables):
    former = next(a for a in seeds_tables["organisation_aliases"] if a["kind"] == "former_name")
    page = (await _get(ds, f"/-/search?q={_q(former['alias'])}")).text
    assert f"/gonghui/organisations/{former['organisation_id']}" in page
    assert "former_name" in page  # says why it was found
    page = (await _get(ds, f"/-/search?q={_q('培训')}")).text
    for section in ("people", "organisations", "articles", "activities", "paragraphs"):
        assert f'id="results-{section}"' in page
    assert '<span class="m-match">培训</span>' in page


def _distinct(rows, keys):
    counts = Counter(tuple(r[k] for k in keys) for r in rows)
    return [k for k, n in counts.items() if n > 1]


@pytest.mark.asyncio
async def test_positions_per_article_has_one_row_per_title_and_article(ds, seeds_tables):
    rows = await _rows(ds, "/gonghui/positions_per_article.json?_shape=array&_size=max")
    keys = ("person_id", "title", "organisation_id", "article_id")
    assert rows and _distinct(rows, keys) == []
    statements = {
        (p["person_id"], p["title_normalised"], p["organisation_id"], p["article_id"])
        for p in seeds_tables["positions"]
    }
    assert len(rows) == len(statements) < len(seeds_tables["positions"])
    assert sum(r["statements"] for r in rows) == len(seeds_tables["positions"])


@pytest.mark.asyncio
async def test_union_posts_and_person_queries_repeat_nothing(ds, seeds_tables):
    posts = await _rows(ds, "/gonghui/union_posts.json?_shape=array")
    assert posts and _distinct(posts, ("person_id", "title", "organisation_id", "article_id")) == []
    person = max(seeds_tables["people"], key=lambda p: p["articles"])
    for name in (person["name"], person["name_pinyin"]):
        rows = await _rows(ds, f"/gonghui/person.json?name={_q(name)}&_shape=array")
        assert rows and {r["name"] for r in rows} == {person["name"]}
        titled = [r for r in rows if r["organisation_id"]]
        assert _distinct(titled, ("title", "organisation_id", "article_id")) == []


@pytest.mark.asyncio
async def test_timeline_starts_with_dated_activities(ds):
    rows = await _rows(ds, "/gonghui/timeline.json?_shape=array")
    flags = [bool(r["start_date"]) for r in rows]
    assert flags[0] and flags == sorted(flags, reverse=True)  # undated, if any, last
    dated = [r["start_date"] for r in rows if r["start_date"]]
    assert len(dated) >= 30 and dated == sorted(dated)
    view = await _rows(ds, "/gonghui/activity_timeline.json?_shape=array&_size=5")
    assert all(r["start_date"] for r in view)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [
        "/-/metadata.json",
        "/-/databases.json",
        "/-/threads.json",
        "/-/plugins.json",
        "/-/versions.json",
        "/-/settings.json",
        "/.json",
        "/gonghui.json",
    ],
)
async def test_nothing_served_shows_a_path_of_the_server(ds, seeds_build, path):
    out, _ = seeds_build
    response = await _get(ds, path)
    assert response.status_code == 200
    for folder in (str(out), "/tmp/", "/work/", "/root/", "/home/", "site-packages"):
        assert folder not in response.text, folder


@pytest.mark.asyncio
async def test_the_parquet_folder_comes_from_the_environment(ds):
    assert "GONGHUI_PARQUET_DIR" in (await _get(ds, "/-/metadata.json")).text


@pytest.mark.asyncio
async def test_parquet_download_has_the_parquet_media_type(ds, seeds_build):
    out, _ = seeds_build
    response = await _get(ds, "/-/parquet/people.parquet")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    assert response.content == (out / "people.parquet").read_bytes()
    assert (await _get(ds, "/-/parquet/secrets.parquet")).status_code == 404


@pytest.mark.asyncio
async def test_a_huge_value_is_refused_not_built(ds):
    response = await _get(ds, "/gonghui.json?sql=select+zeroblob(200000000)")
    assert response.status_code == 400 and "too big" in response.text


@pytest.mark.asyncio
async def test_a_huge_result_is_refused(ds):
    sql = "select printf('%.*c', 100000, 'x') as x from paragraphs a, paragraphs b limit 1000"
    response = await _get(ds, f"/gonghui.json?sql={_q(sql)}")
    assert response.status_code == 400 and "larger than" in response.text


@pytest.mark.asyncio
async def test_client_errors_print_no_traceback(ds, capsys):
    assert (await _get(ds, "/gonghui/no_such_table")).status_code == 404
    assert (await _get(ds, "/gonghui/people?_size=-3")).status_code == 400
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err


@pytest.fixture()
def large(ds, monkeypatch):
    """The seeds served as if every table were large (searched the scalable way)."""
    from gonghui.datasette_plugin import tablesearch

    monkeypatch.setattr(tablesearch, "LARGE", 10)
    return ds


@pytest.mark.asyncio
async def test_a_large_table_search_pages_through_every_match_in_order(large, seeds_tables):
    word = "工会"
    expected = [p["paragraph_id"] for p in seeds_tables["paragraphs"] if word in p["text"]]
    seen, path = [], f"/gonghui/paragraphs.json?_search={_q(word)}&_size=20"
    while path:
        body = await _rows(large, path)
        assert body["filtered_table_rows_count"] is None and body["facet_results"] == {}
        assert "limit 21" in body["query"]["sql"]  # only the page's rows from the index
        seen += [row[0] for row in body["rows"]]
        path = body["next_url"] and body["next_url"].replace("http://localhost", "")
    assert len(expected) > 40 and seen == expected


@pytest.mark.asyncio
async def test_a_large_table_search_still_facets_on_request(large, seeds_tables):
    body = await _rows(
        large, f"/gonghui/paragraphs.json?_search={_q('工会')}&_facet=role&_facet_size=max"
    )
    roles = {r["value"]: r["count"] for r in body["facet_results"]["role"]["results"]}
    holding = [p for p in seeds_tables["paragraphs"] if "工会" in p["text"]]
    assert sum(roles.values()) == body["filtered_table_rows_count"] == len(holding)


@pytest.mark.asyncio
async def test_a_fact_links_back_to_its_article_at_its_place(ds, seeds_tables):
    page = (await _get(ds, "/gonghui/person_mentions")).text
    links = re.findall(r'href="(/gonghui/articles/[^"?#]+\?p=[^"&]+&amp;t=\d+-\d+#target)"', page)
    assert len(links) >= 25  # one per row of the page
    mention = seeds_tables["person_mentions"][0]
    article = (await _get(ds, links[0].replace("&amp;", "&"))).text
    target = re.search(
        r'id="target"></span><span class="([^"]*m-target[^"]*)"[^>]*>([^<]+)<', article
    )
    assert target and "m-person" in target.group(1)
    paragraph = next(
        p for p in seeds_tables["paragraphs"] if p["paragraph_id"] == mention["paragraph_id"]
    )
    named = paragraph["text"][mention["text_start"] : mention["text_end"]]
    assert named.startswith(target.group(2))


@pytest.mark.asyncio
async def test_row_pages_read_as_pages(ds, seeds_tables):
    person = max(seeds_tables["people"], key=lambda p: p["articles"])
    page = (await _get(ds, f"/gonghui/people/{person['person_id']}")).text
    assert f'<h1 class="gonghui-title">{person["name"]}' in page
    assert "Titles over time" in page and person["name_pinyin"] in page
    paragraph = max(seeds_tables["paragraphs"], key=lambda p: len(p["text"]))
    page = (await _get(ds, f"/gonghui/paragraphs/{paragraph['paragraph_id']}")).text
    title = re.search(r'<h1 class="gonghui-title">([^<]*)</h1>', page).group(1)
    assert len(title) <= 40 < len(paragraph["text"]) and title.endswith("…")
    assert 'class="gonghui-fieldlist"' in page  # every field, one per line

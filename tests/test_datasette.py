"""Datasette on the built database, through its test client."""

from __future__ import annotations

import pytest

pytest.importorskip("datasette")

from datasette.app import Datasette

from gonghui.datasette_metadata import metadata


@pytest.fixture(scope="module")
def ds(seeds_build):
    out, _ = seeds_build
    meta = metadata()
    meta["plugins"] = {"gonghui": {"parquet_dir": str(out)}}
    return Datasette([str(out / "gonghui.db")], immutables=[], metadata=meta)


async def _get(ds, path):
    return await ds.client.get(path)


@pytest.mark.asyncio
async def test_home_page_shows_title_and_tables(ds):
    home = await _get(ds, "/")
    assert home.status_code == 200 and "Gonghui" in home.text
    database = await _get(ds, "/gonghui")
    assert database.status_code == 200
    assert "Gonghui tables" in database.text and "person_mentions" in database.text


@pytest.mark.asyncio
async def test_table_page_shows_column_descriptions(ds):
    response = await _get(ds, "/gonghui/people")
    assert response.status_code == 200
    assert "Hanyu Pinyin" in response.text  # the description of name_pinyin


@pytest.mark.asyncio
async def test_sql_query_answers(ds):
    response = await _get(ds, "/gonghui.json?sql=select+count(*)+as+n+from+articles&_shape=array")
    assert response.json() == [{"n": 11}]


@pytest.mark.asyncio
async def test_search_box_finds_a_two_character_name(ds):
    response = await _get(ds, "/gonghui/paragraphs.json?_search=杨雪&_shape=array")
    rows = response.json()
    assert rows and all("杨雪" in r["text"] for r in rows)


@pytest.mark.asyncio
async def test_search_matches_substrings_not_single_words(ds):
    rows = (
        await _get(ds, "/gonghui/paragraphs.json?_search=工会主席&_shape=array&_size=max")
    ).json()
    assert rows and all("工会主席" in r["text"] for r in rows)


@pytest.mark.asyncio
async def test_canned_search_query(ds):
    rows = (await _get(ds, "/gonghui/search.json?q=培训班&_shape=array")).json()
    assert rows and all("培训班" in r["text"] for r in rows)


@pytest.mark.asyncio
async def test_parquet_download_has_the_parquet_media_type(ds, seeds_build):
    out, _ = seeds_build
    response = await _get(ds, "/-/parquet/people.parquet")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    assert response.content == (out / "people.parquet").read_bytes()
    assert (await _get(ds, "/-/parquet/secrets.parquet")).status_code == 404


@pytest.mark.asyncio
async def test_timeline_view_can_be_faceted(ds):
    response = await _get(
        ds, "/gonghui/activity_timeline.json?_facet=category&_facet=organiser&_sort=start_date"
    )
    assert response.status_code == 200
    body = response.json()
    facets = body["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them under "results"
    assert {"category", "organiser"} <= set(facets)
    dates = [r[0] for r in body["rows"] if r[0]]
    assert dates == sorted(dates)


@pytest.mark.asyncio
async def test_timeline_canned_query_orders_activities_by_date(ds):
    rows = (await _get(ds, "/gonghui/timeline.json?_shape=array")).json()
    dated = [r["start_date"] for r in rows if r["start_date"]]
    assert len(dated) >= 30 and dated == sorted(dated)
    assert {"category", "organiser", "date_basis", "time_of_day"} <= set(rows[0])


@pytest.mark.asyncio
async def test_person_query_shows_positions_and_articles(ds):
    rows = (await _get(ds, "/gonghui/person.json?name=何丽娟&_shape=array")).json()
    titles = {(r["title"], r["organisation"]) for r in rows if r["organisation"]}
    assert ("主席", "密云区总工会") in titles and ("副主席", "密云区政协") in titles
    assert {r["date"][:4] for r in rows} == {"2015", "2018"}  # two articles, three years apart


@pytest.mark.asyncio
async def test_person_query_accepts_pinyin(ds):
    rows = (await _get(ds, "/gonghui/person.json?name=He Lijuan&_shape=array")).json()
    assert rows and {r["name"] for r in rows} == {"何丽娟"}


@pytest.mark.asyncio
async def test_person_row_page_links_positions_and_mentions(ds, seeds_tables):
    person_id = next(p["person_id"] for p in seeds_tables["people"] if p["name"] == "何丽娟")
    page = (await _get(ds, f"/gonghui/people/{person_id}")).text
    assert "positions" in page and "person_mentions" in page

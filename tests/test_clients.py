"""Real clients on the published files: DuckDB, the wheel in a clean virtual environment,
the server as a process (signals), and Datasette in a real Chromium."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "browser"


def test_duckdb_joins_people_to_their_articles(seeds_build):
    duckdb = pytest.importorskip("duckdb")
    out, _ = seeds_build
    rows = duckdb.sql(f"""
        select p.name, count(distinct a.article_id) as articles
        from '{out}/people.parquet' p
        join '{out}/authors.parquet' au using (person_id)
        join '{out}/articles.parquet' a using (article_id)
        group by p.name order by articles desc, p.name limit 1
    """).fetchall()
    assert rows == [("王路曼", 4)]


def test_the_readmes_duckdb_example_returns_distinct_rows(seeds_build):
    duckdb = pytest.importorskip("duckdb")
    out, _ = seeds_build
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sql = re.search(r"```sql\n(.*?)```", readme, re.S).group(1).replace("'data/", f"'{out}/")
    rows = duckdb.sql(sql).fetchall()
    assert len(rows) > 20 and len(rows) == len(set(rows))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text() if (task / "children").exists() else ""
        found.update(int(c) for c in text.split())
    return found


@contextmanager
def _serving(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None):
    """A `gonghui serve` process on a free port: (url, process); stopped after."""
    port = _free_port()
    proc = subprocess.Popen(
        [*command, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=cwd,
    )
    try:
        _wait(f"http://127.0.0.1:{port}/", proc)
        yield f"http://127.0.0.1:{port}", proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=20)


def _gonghui() -> str:
    return str(Path(sys.executable).parent / "gonghui")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_server_stops_on_a_signal_and_leaves_nothing(seeds_build, tmp_path, sig):
    out, _ = seeds_build
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    with _serving([_gonghui(), "serve", "--data", str(out)], env=env) as (url, proc):
        assert urllib.request.urlopen(f"{url}/gonghui/people").status == 200
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"{url}/gonghui/no_such_table")
        children = _children(proc.pid)
        proc.send_signal(sig)
        proc.wait(timeout=20)
        logged = proc.stdout.read().decode() + proc.stderr.read().decode()
    assert proc.returncode in (0, -sig), logged
    assert not [c for c in children if Path(f"/proc/{c}").exists()]
    assert list(tmp.iterdir()) == []
    assert "Traceback" not in logged and " 404 " in logged  # a client error, quietly logged


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(folder), str(ROOT)],
        check=True,
    )
    return next(folder.glob("gonghui-*.whl"))


def test_the_wheel_loads_and_serves_in_a_clean_virtualenv(wheel, tmp_path):
    """`pip install gonghui[serve]` (pandas 2 allowed): `load` works without jieba, plain
    pandas keeps nullable integers, and `gonghui serve` writes its database from the
    shipped tables and serves the article pages."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python, gonghui = venv / "bin" / "python", venv / "bin" / "gonghui"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", f"{wheel}[serve]", "pandas>=2.2,<3"],
        check=True,
    )
    # The plain read is single-threaded: pandas hands pyarrow an open file, and pyarrow's
    # thread pool can abort the interpreter at exit ("terminate called without an active
    # exception", apache/arrow#34314, #50482): a CI run died of it once, after printing.
    code = (
        "import gonghui, importlib.util as u, pandas as pd; a = gonghui.load('activities'); "
        "raw = pd.read_parquet(gonghui.data_dir() / 'activities.parquet', use_threads=False); "
        "print(len(gonghui.load('articles')), u.find_spec('jieba') is None, "
        "pd.__version__.split('.')[0], a['participants'].dtype, raw['participants'].dtype)"
    )
    run = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, f"exit {run.returncode}\n{run.stdout}\n{run.stderr}"
    assert run.stdout.split() == ["11", "True", "2", "Int64", "Int64"]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    with _serving([str(gonghui), "serve"], env=env, cwd=tmp_path) as (url, _proc):
        articles = urllib.request.urlopen(f"{url}/gonghui/articles.json?_shape=array").read()
        first = re.search(rb'"article_id": "([^"]+)"', articles).group(1).decode()
        page = urllib.request.urlopen(f"{url}/gonghui/articles/{first}").read().decode()
    assert 'class="gonghui-printed"' in page and "m-person" in page
    assert list((tmp_path / "cache" / "gonghui").glob("*/gonghui.db"))


# --- the browser ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(seeds_build):
    out, _ = seeds_build
    with _serving([_gonghui(), "serve", "--data", str(out)]) as (url, _proc):
        yield url


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    yield context.new_page()
    context.close()


def _shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


#: Whether Chinese renders as glyphs: two characters drawn with the page's font differ
#: from each other and from a character no font has (drawn as the same empty box).
GLYPHS_RENDER = """() => {
  const font = getComputedStyle(document.body).fontFamily;
  const draw = (c) => { const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 40; const g = canvas.getContext('2d');
    g.font = '32px ' + font; g.fillText(c, 2, 34); return canvas.toDataURL(); };
  const [gong, hui, none] = [draw('工'), draw('会'), draw('\\u{10FFFD}')];
  return {different: gong !== hui && gong !== none && hui !== none,
          noto: document.fonts.check('16px "Noto Sans CJK SC"', '工会')};
}"""


def _search_home(page, url: str, query: str) -> str:
    page.goto(f"{url}/")
    page.fill("form.gonghui-search input[name=q]", query)
    with page.expect_navigation():
        page.click("form.gonghui-search button")
    return page.url


@pytest.mark.browser
def test_home_page_renders_chinese_glyphs(served, page):
    page.goto(f"{served}/")
    _shot(page, "home")
    assert page.is_visible("form.gonghui-search")
    fonts = page.evaluate(GLYPHS_RENDER)
    assert fonts == {"different": True, "noto": True}


def _people(seeds_tables, length):
    named = [p for p in seeds_tables["people"] if len(p["name"]) == length and p["mentions"]]
    return max(named, key=lambda p: (p["articles"], p["mentions"]))


@pytest.mark.browser
@pytest.mark.parametrize("length", [2, 3])
def test_search_finds_a_person_by_name_and_opens_their_page(served, page, seeds_tables, length):
    person = _people(seeds_tables, length)
    _search_home(page, served, person["name"])
    _shot(page, f"search-name-{length}")
    with page.expect_navigation():
        page.click(f"#results-people a[href='/gonghui/people/{person['person_id']}']")
    assert page.inner_text("h1") == person["name"]
    assert person["name_pinyin"] in page.inner_text(".gonghui-subtitle")
    _shot(page, f"person-{length}")


@pytest.mark.browser
def test_search_finds_a_word_inside_longer_words(served, page, seeds_tables):
    activity = next(a for a in seeds_tables["activities"] if a["name"] and len(a["name"]) >= 6)
    word = activity["name"][2:4]
    _search_home(page, served, word)
    _shot(page, "search-inside-a-word")
    marks = page.locator("#results-paragraphs .m-match").all_inner_texts()
    assert marks and set(marks) == {word}
    texts = page.locator("#results-paragraphs li a.quote").all_inner_texts()
    assert texts and all(word in t for t in texts)


@pytest.mark.browser
def test_search_finds_an_organisation_by_its_former_name(served, page, seeds_tables):
    former = next(a for a in seeds_tables["organisation_aliases"] if a["kind"] == "former_name")
    _search_home(page, served, former["alias"])
    _shot(page, "search-former-name")
    with page.expect_navigation():
        page.click(
            f"#results-organisations a[href='/gonghui/organisations/{former['organisation_id']}']"
        )
    assert former["alias"] in page.inner_text("dl.gonghui-facts-dl")
    assert page.locator("text=People with posts").count() == 1
    _shot(page, "organisation")


@pytest.mark.browser
def test_table_search_box_marks_the_match(served, page, seeds_tables):
    person = _people(seeds_tables, 3)
    page.goto(f"{served}/gonghui/paragraphs")
    page.fill("input[name=_search]", person["name"])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    _shot(page, "table-search")
    assert person["name"] in page.locator("table.rows-and-columns mark.m-match").all_inner_texts()


@pytest.mark.browser
def test_article_page_marks_the_facts_in_place(served, page, seeds_tables):
    article_id = max(
        seeds_tables["articles"],
        key=lambda a: sum(
            m["article_id"] == a["article_id"] for m in seeds_tables["person_mentions"]
        ),
    )["article_id"]
    page.goto(f"{served}/gonghui/articles/{article_id}")
    _shot(page, "article")
    mentions = [m for m in seeds_tables["person_mentions"] if m["article_id"] == article_id]
    persons = page.locator(".gonghui-printed .m-person")
    assert persons.count() >= len(mentions) > 0
    for kind in ("organisation", "activity", "date", "repair"):
        assert page.locator(f".gonghui-printed .m-{kind}").count() > 0, kind
    shown = page.locator(".gonghui-printed .para").evaluate_all("ps => ps.map(p => p.id)")
    printed = [p for p in seeds_tables["paragraphs"] if p["article_id"] == article_id]
    assert shown == [p["paragraph_id"] for p in printed]  # in page order
    with page.expect_navigation():
        page.locator(".gonghui-printed a:has(.m-person)").first.click()
    assert "/gonghui/people/" in page.url


LABEL_LINES = (
    "() => [...document.querySelectorAll('table.rows-and-columns a.gonghui-link')]"
    ".map(a => a.getClientRects().length)"
)


@pytest.mark.browser
def test_labels_are_on_one_line_and_the_timeline_starts_dated(served, page):
    for table in ("positions", "paragraphs", "person_mentions", "activities", "authors"):
        page.goto(f"{served}/gonghui/{table}")
        _shot(page, table)
        lines = page.evaluate(LABEL_LINES)
        assert len(lines) > 40 and set(lines) == {1}, table
    page.goto(f"{served}/gonghui/positions")
    first_row = page.locator("table.rows-and-columns tbody tr").first.bounding_box()["height"]
    assert first_row < 150  # the positions table's first row was 1,089 px tall
    page.goto(f"{served}/gonghui/timeline")
    _shot(page, "timeline")
    first = page.locator("table.rows-and-columns tbody tr").first
    assert re.match(r"\d{4}", first.locator("td.col-start_date").inner_text())


@pytest.mark.browser
def test_a_parquet_file_downloads(served, page, seeds_tables):
    import pyarrow.parquet as pq

    page.goto(f"{served}/gonghui/people")
    with page.expect_download() as download:
        page.click("text=Download people.parquet")
    path = ARTIFACTS / "people.parquet"
    download.value.save_as(path)
    assert pq.read_table(path).num_rows == len(seeds_tables["people"])

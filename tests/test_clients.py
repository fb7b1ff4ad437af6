"""Real clients on the published files: DuckDB, a clean pip install, a real browser."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")


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


def test_wheel_installs_and_loads_in_a_clean_virtualenv(tmp_path):
    """`pip install gonghui` (no extras) gives a working `gonghui.load`, without jieba."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True,
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    wheel = next(wheels.glob("gonghui-*.whl"))
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    code = (
        "import gonghui, importlib.util as u; df = gonghui.load('articles'); "
        "print(len(df), u.find_spec('jieba') is None, gonghui.data_dir().name)"
    )
    out = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.split()
    assert out == ["11", "True", "_data"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def served(seeds_build):
    out, _ = seeds_build
    port = _free_port()
    gonghui = shutil.which("gonghui", path=str(Path(sys.executable).parent)) or "gonghui"
    proc = subprocess.Popen(
        [gonghui, "serve", "--data", str(out), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_chinese_search_in_a_real_browser(served):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.goto(f"{served}/gonghui/paragraphs")
        page.fill("input[name=_search]", "杨雪")
        page.keyboard.press("Enter")
        page.wait_for_load_state()
        body = page.inner_text("table.rows-and-columns")
        browser.close()
    assert "杨雪" in body

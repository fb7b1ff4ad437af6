"""A newcomer's journey: build a folder of one's own pages, find out what happened and
where, validate, serve and load the result, check a fact against its page; each wrong
turn (a misspelt table, the folder of pages given for the build) answered with the next
step. Pages here are invented."""

from __future__ import annotations

import re
import socket

import pytest
from click.testing import CliRunner

import gonghui
from gonghui.cli import _descriptor_file, main
from gonghui.datasette_metadata import metadata
from tests.conftest import ROOT, SEEDS

PAGE = """\
青禾区总工会举办职工读书分享会
本报讯（通讯员 柯晓岚）4月22日，青禾区总工会在区职工服务中心举办职工读书分享会，近80名职工参加。
区总工会副主席钟立帆出席并讲话。
"""

DIGEST = """\
工会动态
▲近日，石湾镇总工会组织60名职工开展消防演练。（祁明远）
▲柳塘区建设工会为辖区快递员发放“暖心包”200份。■韦秋实
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A page, a digest and an empty file built with the command a user runs."""
    pages = tmp_path_factory.mktemp("my_pages")
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    (pages / "b.txt").write_text(DIGEST, encoding="utf-8")
    (pages / "empty.txt").write_bytes(b"")
    out = tmp_path_factory.mktemp("builds") / "my_build"
    result = CliRunner().invoke(main, ["build", "--input", str(pages), "--output", str(out)])
    return pages, out, result


def test_a_skipped_file_counts_among_the_warnings_the_summary_prints(built):
    _, _, result = built
    assert result.exit_code == 3, result.output
    assert "Status: usable with warnings" in result.output
    assert "Warnings: 1 (1 files not built or partly read" in result.output
    assert "empty.txt" in result.output


def test_the_build_summary_says_where_the_report_is_and_what_to_run_next(built):
    _, out, result = built
    assert f"Report: {out / 'build_report.json'}" in result.output
    assert (out / "build_report.json").exists()
    assert f"gonghui validate --descriptor {out / 'datapackage.json'}" in result.output
    assert f"gonghui serve --data {out}" in result.output
    assert f'gonghui.load("people", data="{out}")' in result.output


def test_the_build_prints_no_list_of_reference_sections(built):
    _, _, result = built
    line = next(x for x in result.output.splitlines() if "never matched" in x)
    assert ".yaml" not in line and "--dump" in line


def test_validate_takes_the_build_folder_or_its_descriptor(built):
    _, out, _ = built
    assert _descriptor_file(out) == out / "datapackage.json"
    assert _descriptor_file(out / "datapackage.json") == out / "datapackage.json"
    assert "folder" in CliRunner().invoke(main, ["validate", "--help"]).output


def test_validate_of_the_page_folder_says_to_build_it(built):
    pages, _, _ = built
    result = CliRunner().invoke(main, ["validate", "--descriptor", str(pages)])
    assert result.exit_code != 0
    assert "holds .txt pages" in result.output and "gonghui build --input" in result.output


def test_validate_of_a_missing_folder_says_it_does_not_exist(tmp_path):
    result = CliRunner().invoke(main, ["validate", "--descriptor", str(tmp_path / "nope")])
    assert result.exit_code != 0 and "does not exist" in result.output


def test_serve_of_the_page_folder_says_to_build_it(built):
    pages, _, _ = built
    result = CliRunner().invoke(main, ["serve", "--data", str(pages)])
    assert result.exit_code != 0
    assert f"gonghui build --input {pages} --output BUILD" in result.output


def test_load_from_a_build_folder_given_as_data(built):
    _, out, _ = built
    people = gonghui.load("people", data=out)
    assert len(people) > 0 and "name" in people.columns


def test_load_from_the_page_folder_says_to_build_it_first(built):
    pages, _, _ = built
    with pytest.raises(FileNotFoundError, match=r"holds \.txt pages, not a build"):
        gonghui.load("people", data=pages)


def test_load_from_a_missing_folder_names_it_and_not_the_environment_variable(tmp_path):
    with pytest.raises(FileNotFoundError) as err:
        gonghui.load("people", data=tmp_path / "nope")
    assert "does not exist" in str(err.value) and "GONGHUI_DATA" not in str(err.value)


def test_a_misspelt_table_name_suggests_the_close_one():
    with pytest.raises(KeyError, match=r"did you mean 'articles'\?"):
        gonghui.load("article")
    with pytest.raises(KeyError, match="organisations") as err:
        gonghui.load("organizations")
    assert "did you mean 'organisations'" in str(err.value)


def test_a_table_name_with_no_close_match_lists_the_tables_without_a_guess():
    with pytest.raises(KeyError) as err:
        gonghui.load("person")
    assert "did you mean" not in str(err.value) and "people" in str(err.value)


def _readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def test_the_readme_recipe_checks_a_fact_against_its_page():
    section = _readme_section("Checking a fact against its page")
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert 'build, pages_folder = "my_build", "my_pages"' in code
    code = code.replace('"my_build", "my_pages"', f'"{ROOT / "data"}", "{SEEDS}"')
    names: dict = {}
    exec(compile(code, "README.md", "exec"), names)
    fact = names["fact"]
    assert names["repaired"] == fact.evidence and len(fact.evidence) > 0
    printed = "".join(names["printed"].split())
    assert printed and set(printed) & set(fact.evidence)


def test_the_readme_map_of_joins_is_current():
    """If this fails: run `python -m gonghui_dev.docs` and commit README.md."""
    from gonghui_dev.docs import JOINS_BEGIN, JOINS_END, render_joins

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index(JOINS_BEGIN) : text.index(JOINS_END) + len(JOINS_END)]
    assert block == render_joins()
    assert all(f"\n| `{name}` |" in block for name in gonghui.tables())
    assert "`article_id` → `articles`" in block


def test_the_readme_tells_how_to_load_ones_own_build():
    section = _readme_section("Building your own pages")
    assert 'gonghui.load("people", data="my_build")' in section
    assert "gonghui validate --descriptor my_build/" in section


def test_the_front_page_says_how_to_check_a_fact_and_how_to_cite():
    front = metadata()["description_html"]
    assert "To check a fact" in front and "CITATION.cff" in front
    assert "seeds/" not in metadata()["source"]


def test_the_top_help_walks_through_ones_own_pages_start_to_finish():
    top = CliRunner().invoke(main, ["--help"]).output
    steps = [
        "gonghui build --input my_pages/ --output my_build/",
        "gonghui validate --descriptor my_build/",
        "gonghui serve --data my_build/",
        'gonghui.load("people", data="my_build")',
    ]
    assert all(step in top for step in steps), top
    assert [top.index(step) for step in steps] == sorted(top.index(step) for step in steps)


def test_the_build_help_gives_an_example_and_what_it_prints():
    text = " ".join(CliRunner().invoke(main, ["build", "--help"]).output.split())
    assert "Example: gonghui build --input my_pages/ --output my_build/" in text
    assert "summary" in text and "validate, serve and load" in text


@pytest.mark.asyncio
async def test_an_article_printed_without_a_headline_is_titled_by_its_first_words(built):
    pytest.importorskip("datasette")
    from gonghui.serve import make_datasette

    _, out, _ = built
    articles = gonghui.load("articles", data=out)
    untitled = articles[articles.headline.isna()]
    assert len(untitled) > 0, "the digest's items are articles without a headline"
    ds = make_datasette(out / "gonghui.db", out)
    page = (await ds.client.get(f"/gonghui/articles/{untitled.article_id.iloc[0]}")).text
    heading = re.search(r'<h1 class="gonghui-title">(.*?)</h1>', page, re.S).group(1)
    assert "(no headline)" in heading and "总工会" in heading
    titled = articles[articles.headline.notna()].iloc[0]
    page = (await ds.client.get(f"/gonghui/articles/{titled.article_id}")).text
    heading = re.search(r'<h1 class="gonghui-title">(.*?)</h1>', page, re.S).group(1)
    assert heading == titled.headline


def test_serve_on_a_port_in_use_says_so_and_how_to_choose_another(built):
    _, out, _ = built
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--data", str(out), "--port", str(port)])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert f"--port {port + 1}" in result.output and "Serving" not in result.output


def test_build_without_input_outside_the_repository_says_to_give_the_pages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 1
    assert "no seeds/ folder here" in result.output and "--input my_pages/" in result.output


def test_build_given_a_file_for_a_folder_says_which_folder_to_give(built, tmp_path):
    pages, _, _ = built
    page = pages / "a.txt"
    result = CliRunner().invoke(main, ["build", "--input", str(page), "--output", "x"])
    assert result.exit_code == 1 and "is a file: give the folder that holds the pages" in (
        result.output
    )
    out = ["--output", str(page)]
    result = CliRunner().invoke(main, ["build", "--input", str(pages), *out])
    assert result.exit_code == 1 and "is a file: give a new or empty folder" in result.output

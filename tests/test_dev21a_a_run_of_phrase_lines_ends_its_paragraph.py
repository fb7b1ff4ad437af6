"""A post written in runs of phrase lines parted by blank lines (see
``test_dev21a_a_post_written_in_runs_of_phrase_lines``) ends each paragraph with its run,
though no run ends on a stop. Read on real_dev22: the runs, once read as body blocks, were
joined into one paragraph as a column's broken sentence is. Invented post."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from tests.test_dev21a_a_post_written_in_runs_of_phrase_lines import POST


def test_each_run_is_a_paragraph_of_its_own():
    page = parse_page(page_from_bytes("p.txt", POST.encode()))
    bodies = [p.text for p in page.paragraphs if p.role == "body"]
    assert len(bodies) == 3
    assert bodies[1].startswith("在青禾大道项目部")

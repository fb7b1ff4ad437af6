"""A closing credit lists its correspondents with 、 and pads the last, a name of two,
to the width of three with two half-width blanks (``（记者 甲 通讯员 乙、丙、齐  某）``):
each listed name is a correspondent. Before, the two blanks (one full-width blank's
width) were not read as a padding, the run was left unparted and the byline read the
reporter alone; a whole name of two right before a padded one still keeps the run as
printed. Invented names (auth32, real_dev32's jump page)."""

from __future__ import annotations

from gonghui_build.extract.byline_tokens import spaced_names_apart
from gonghui_build.extract.bylines import parse_byline


def _read(credit: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(spaced_names_apart(credit))]


def test_each_listed_correspondent_of_a_run_closed_by_a_padded_name() -> None:
    assert _read("（记者 柯文远 通讯员 贝青、郑立川、单  越）") == [
        ("柯文远", "reporter"),
        ("贝青", "correspondent"),
        ("郑立川", "correspondent"),
        ("单越", "correspondent"),
    ]


def test_a_single_blank_padding_reads_as_before() -> None:
    assert _read("本报记者 柯 远，单 越") == [("柯远", "reporter"), ("单越", "reporter")]

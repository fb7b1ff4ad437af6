"""A firm a report leaves unnamed, named again bare, session 39 (devfix4), on pages
written for these tests (invented people, bodies and places): 走访了某区一家化肥厂 …
在化肥厂的包装车间 names no fertiliser plant of that name, as 一家化肥厂 never did (the
tuning gold of a Tibet aid visit to a carpet works, real_dev2). Near misses: a plant
named in full after the indefinite one stays, and so does a bare name no indefinite
numeral introduced."""

from __future__ import annotations

import pyarrow.parquet as pq

from tests.built import built_activities


def _organisations(tmp_path, body: str) -> set[str]:
    pages = tmp_path / "pages"
    pages.mkdir()
    built_activities(pages, tmp_path, "工会动态\n\n" + body + "\n")
    table = pq.read_table(tmp_path / "out" / "organisations.parquet").to_pylist()
    return {o["name"] for o in table}


_VISIT = "7月12日，青山市总工会副主席赵敏一行走访了城关区一家藏毯厂，为职工送去清凉饮品。\n"


def test_the_bare_repeat_names_no_body(tmp_path) -> None:
    body = _VISIT + "在藏毯厂的织机旁，织毯工刘小军说，工会的关心让大家干劲更足。"
    assert not any(n.endswith("藏毯厂") for n in _organisations(tmp_path, body))


def test_a_firm_named_in_full_stays(tmp_path) -> None:
    body = _VISIT + "随后，一行人来到青山金羊藏毯厂，看望了一线职工。"
    assert "青山金羊藏毯厂" in _organisations(tmp_path, body)

"""A town's waterworks station a union's holiday tour visits (某镇供水站) is an
organisation (``org_suffixes.yaml``: 供水站, 供水所), completed with the district the
item names, as a town's other bodies are. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_towns_waterworks_station_is_read_with_its_district():
    found = first_article_resolved(
        "七里河区总工会先后到凤岭镇供水站和岚山建材有限公司慰问一线职工。"
    )
    assert "七里河区凤岭镇供水站" in found

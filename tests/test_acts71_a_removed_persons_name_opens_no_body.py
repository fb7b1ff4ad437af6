"""免去罗某某区总工会副主席职务: the person a removal names (after 免去, with no 同志 between)
is no part of the body whose post is removed; the body opens at its level word (区总工会),
as it does after an appointment's verb. Shape of the tuning set real_dev19 (a district
chronicle's plenum: 增补甲为…，免去乙区总工会副主席职务); invented names (s53, acts71)."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_the_removed_persons_name_is_cut_from_the_body():
    orgs = first_article_orgs(
        "区总工会召开全委会议，增补柯文东为区总工会副主席，免去周立强区总工会副主席职务。"
    )
    assert "周立强区总工会" not in orgs
    assert "区总工会" in orgs


def test_a_place_after_the_verb_stays_the_bodys():
    orgs = first_article_orgs("会议决定免去海淀区总工会副主席柯文东的职务。")
    assert "海淀区总工会" in orgs

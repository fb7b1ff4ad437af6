"""A company whose brand opens with a direction word (北方, 西部: jieba tags it a
locative) keeps that word in its name (``org_suffixes.yaml`` brand_directions); a
direction word set apart by 的 is no part of the name. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_direction_word_opening_a_companys_brand_stays_in_the_name():
    found = first_article_orgs("区总工会走访北方岚泽煤业有限公司，送去防暑降温用品。")
    assert "北方岚泽煤业有限公司" in found


def test_a_direction_word_set_apart_by_a_particle_stays_out():
    found = first_article_orgs("地处北方的岚泽煤业有限公司召开职代会。")
    assert "岚泽煤业有限公司" in found

"""An occupation printed after a hospital's clinical department and before a name, in a
list (和急诊科医生某某、某某), is the person's title held at that department of the
hospital named before (医生 at 某医院急诊科), as a post after a section printed alone
is; the department is no part of the occupation (not 急诊科医生 of no body). Invented
hospital and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_an_occupation_after_a_clinical_department_is_held_there():
    body = "日前，青川市第三人民医院召开表彰会。护士长王红英和急诊科医生李明、赵小刚获评优秀。"
    posts = first_article_positions(news_page(body))
    assert ("李明", "医生", "青川市第三人民医院急诊科") in posts
    assert ("赵小刚", "医生", "青川市第三人民医院急诊科") in posts

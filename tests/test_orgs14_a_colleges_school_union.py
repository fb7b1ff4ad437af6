"""校工会 after a college named in full (某某师范学院…校工会主席): a college's own people
call it 学校 and its union 校工会 as a university's do, but the title's 校 was read back
from a 大学 only, and the union was lost. Seen on real pages of teachers' colleges'
congresses and unions (session 35, orgs14). Text, people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved, news_page, page_facts


def _union_chairs(body: str) -> set[str]:
    facts = page_facts(news_page(body))
    return {
        p.org.name
        for a in facts.articles
        for p in a.positions
        if p.org is not None and p.title == "工会主席"
    }


def test_the_school_union_after_a_college_is_the_colleges_union():
    body = "近日，青禾师范学院召开第五届教职工代表大会，校工会主席刘冬梅主持会议。"
    assert "青禾师范学院工会" in first_article_resolved(body)
    assert _union_chairs(body) == {"青禾师范学院工会"}


def test_the_school_union_after_a_university_is_still_the_universitys():
    body = "近日，青禾大学召开教代会，校工会主席刘冬梅主持会议。"
    assert _union_chairs(body) == {"青禾大学工会"}


def test_a_universitys_faculty_is_not_taken_for_the_school():
    body = "近日，青禾大学经济学院举办论坛，校工会主席刘冬梅出席。"
    assert _union_chairs(body) == {"青禾大学工会"}

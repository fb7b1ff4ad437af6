"""A yearbook's entries under a district's yearbook (丰台年鉴) print its bodies by their
short forms (区总工会, 区委党校) and name the district only in the first entry (issue
10): an entry naming no place but the paper's city (北京, a 北京某某公司) is read in the
page's one district; an entry naming another place is not. Text, people and firms are
invented; the districts are real districts of Beijing."""

from __future__ import annotations

from tests.conftest import page_facts

YEARBOOK = (
    "丰台年鉴（2019）\n群众团体\n工  会\n"
    "【概况】 2018年，丰台区总工会有基层工会900个，会员12万人。区总工会主席：严立波。\n"
    "【干部培训】 5月10日，区总工会在区委党校举办基层工会主席培训班，北京青禾物流有限公司"
    "工会主席邵明远介绍建会经验，培训学员96人。\n"
)


def entry_names(text: str, headline_word: str) -> set[str]:
    """The full names of the organisations of the entry whose text holds ``headline_word``."""
    facts = page_facts(text)
    (entry,) = [a for a in facts.articles if any(headline_word in o.written for o in a.orgs)]
    return {o.resolved.name for o in entry.orgs}


def test_a_yearbook_entry_naming_only_the_papers_city_is_read_in_the_pages_district():
    names = entry_names(YEARBOOK, "青禾")
    assert "丰台区总工会" in names
    assert "丰台区委党校" in names


def test_a_yearbook_entry_naming_another_place_is_not_read_in_the_pages_district():
    other = YEARBOOK.replace("北京青禾物流有限公司", "天津市青禾物流有限公司")
    names = entry_names(other, "青禾")
    assert "丰台区总工会" not in names

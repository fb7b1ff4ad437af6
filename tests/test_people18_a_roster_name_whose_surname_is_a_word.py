"""A roster line of an honour list (name, a wide blank, the unit and the post) whose
name's surname is far more often a word (时, 易: ``surnames.yaml`` ambiguous) is a
person when jieba reads the surname alone as a word a surname may be and the given name
is no frequent word: the line's shape is the second signal such a surname needs. Lists
of 最美职工 and craftsmen on union sites print such names one a line (read in s37);
invented names. A word opening such a line (时光, 时间), a preposition or conjunction
read as the surname (于, 和) stay no person."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def _roster(*lines: str) -> str:
    return "名单如下：\n" + "\n".join(lines)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("时宏远\u3000南岭汽车有限公司数控机床技能师", "时宏远"),
        ("时建国\u3000南岭机械有限公司钳工", "时建国"),
        ("易成才\u3000南岭机械有限公司钳工", "易成才"),
    ],
)
def test_a_roster_name_whose_surname_is_a_word_is_a_person(line, name):
    assert _people(_roster(line, "檀明旺\u3000安徽省石台县快递营业部快递员")) == sorted(
        [name, "檀明旺"]
    )


def test_the_roster_name_keeps_the_post_its_line_states():
    facts = page_facts(news_page(_roster("时宏远\u3000南岭汽车有限公司数控机床技能师")))
    held = {(f.name, f.title, f.org_written) for f in facts.articles[0].positions}
    assert held == {("时宏远", "数控机床技能师", "南岭汽车有限公司")}


@pytest.mark.parametrize(
    "line",
    [
        "时光\u3000南岭机械有限公司钳工",
        "时间\u3000南岭机械有限公司钳工",
        "和平\u3000南岭机械有限公司钳工",
        "于建华\u3000南岭机械有限公司钳工",
        "时代先锋\u3000南岭机械有限公司车间",
    ],
)
def test_a_word_or_a_preposition_opening_a_line_is_no_person(line):
    assert _people(_roster(line)) == []

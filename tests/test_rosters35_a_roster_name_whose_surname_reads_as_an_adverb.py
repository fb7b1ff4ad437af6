"""A roster line of an honour list (a name, a wide blank, the unit and the post) whose
name's surname jieba reads as an adverb (常|永久, 都|兴旺: 常 and 都 are surnames far more
often words, ``surnames.yaml`` ambiguous) is a person, as one whose surname reads as an
adjective or a noun is (people18): set apart by the blank, the name is followed by no
verb an adverb could modify. A word opening such a line (常年, 都是), and an adverb in
running text (主席都出席), stay no person. Invented names (session 39, rosters35)."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def _roster(*lines: str) -> str:
    return "名单如下：\n" + "\n".join(lines)


_OTHER = "檀明旺\u3000江州电力公司变电运维工"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("常永久\u3000江州钢铁集团公司技师", "常永久"),
        ("都兴旺\u3000江州港务集团起重班班长", "都兴旺"),
    ],
)
def test_a_roster_name_whose_surname_reads_as_an_adverb_is_a_person(line, name):
    assert _people(_roster(line, _OTHER)) == sorted([name, "檀明旺"])


def test_the_name_keeps_the_unit_and_the_post_of_its_line():
    facts = page_facts(news_page(_roster("常永久\u3000江州钢铁集团公司技师", _OTHER)))
    held = {(f.name, f.title, f.org_written) for f in facts.articles[0].positions}
    assert ("常永久", "技师", "江州钢铁集团公司") in held


@pytest.mark.parametrize(
    "line",
    ["常年\u3000江州钢铁集团公司技师", "都是\u3000江州钢铁集团公司职工"],
)
def test_an_adverb_opening_a_line_is_no_person(line):
    assert _people(_roster(line)) == []


def test_an_adverb_in_running_text_is_no_surname():
    assert _people("江州市总工会领导都出席了会议，常驻代表参加。") == []

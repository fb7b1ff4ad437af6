"""A union's post opens with one sentence set a phrase a line (a day alone, the union, where,
what, who), the line before its last left open on 的, and the next paragraph printed whole
under it (``开幕式上，…主持。``). Read on real_dev31: the comma-set post's clause rule
joined that paragraph to the phrases, one body paragraph short. Invented post in that
shape."""

from __future__ import annotations

from tests.conftest import layout_articles

POST = """春风里 职工学技能
青川工会
2024年5月10日 18:20 四川
5月8日至9日
青川县总工会
在县职工服务中心举办
2024年度职工电工技能培训班
全县各乡镇和企业工会的
60名职工参加培训
开班仪式上，县总工会副主席叶平出席并讲话，培训由县职工服务中心主任向云主持。
培训期间，两名高级技师为学员讲授安全用电知识。
次日，学员走进县供电所，现场观摩带电作业。
"""


def _bodies(page: str) -> list[str]:
    return [text for role, text in layout_articles(page)[0] if role == "body"]


def test_the_paragraph_under_the_phrases_is_a_paragraph_of_its_own():
    bodies = _bodies(POST)
    assert len(bodies) == 4
    assert bodies[1].startswith("开班仪式上")


def test_the_phrases_stay_one_paragraph():
    assert "60名职工参加培训" in _bodies(POST)[0]

"""将 is the adverb of a plan (将继续…, 将于暑期…) and the preposition of a deed done
(亲自将慰问品送到…手中, 将劳动教育向社区拓展): only the plan makes an undated activity of
the next sentence planned; after a deed done, or a festival drawing near (春节将至), the
next sentence's visit was held. Sentences written for these tests (invented names and
places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def status_of(text: str, name_part: str) -> Status:
    out = [a for a in find_activities([text]) if name_part in (a.name or "")]
    assert out, name_part
    return out[-1].status


@pytest.mark.parametrize(
    ("text", "name_part"),
    [
        (
            "1月20日，青禾区总工会主席李某一行到某公司走访慰问一线职工。随后李某来到困难职工"
            "王某住处，亲手将慰问品交到王某手中。通过慰问走访，拉近了工会与职工的距离。",
            "慰问走访",
        ),
        (
            "岚山区总工会根据职工需求，将劳动教育向社区、向校园拓展延伸。"
            "图为青禾小学学生参观岚山劳模馆。",
            "参观岚山劳模馆",
        ),
        (
            "春节将至，1月29日，青禾区总工会一行对一线作业人员送去节日的慰问。"
            "上午九时，李某同随行人员来到西山路中转站，为一线职工送上慰问。",
            "西山路中转站",
        ),
    ],
)
def test_a_deed_done_with_jiang_leaves_the_next_visit_held(text, name_part):
    assert status_of(text, name_part) is Status.held


@pytest.mark.parametrize(
    ("text", "name_part"),
    [
        (
            "1月20日，青禾区总工会主席李某一行到某公司走访慰问一线职工。下一步，区总工会"
            "将继续深入基层。通过慰问走访，拉近工会与职工的距离。",
            "慰问走访",
        ),
        (
            "岚山区总工会根据职工需求，将于暑期开放劳模馆。图为青禾小学学生参观岚山劳模馆。",
            "参观岚山劳模馆",
        ),
        (
            # a 将 of disposal and, later in the sentence, another word of a plan
            "1月20日，青禾区总工会主席李某一行到某公司走访慰问一线职工。随后李某来到困难职工"
            "王某住处，亲手将慰问品交到王某手中，明年还拟再来看望。通过慰问走访，拉近工会与职工的距离。",
            "慰问走访",
        ),
    ],
)
def test_a_plan_with_jiang_still_goes_on_in_the_next_sentence(text, name_part):
    assert status_of(text, name_part) is Status.planned

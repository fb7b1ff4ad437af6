"""The end of a clause is its first stop after the position (``clause_end``), found
without cutting the rest of the text into clauses: the same answer as the first of
``clauses(text, pos, hi)``, quotations and a bound included."""

import random

from gonghui_build.text.clauses import clause_end, clauses


def _first_clause_end(text: str, pos: int, hi: int | None) -> int:
    hi = len(text) if hi is None else hi
    found = clauses(text, pos, hi)
    return found[0][1] if found else hi


def test_a_clause_ends_at_its_first_stop_outside_quotations():
    text = "区总工会召开“会议，培训”座谈会，职工参加。"
    assert clause_end(text, 0) == text.index("，", text.index("”"))
    assert clause_end(text, 0, 5) == 5


def test_clause_end_answers_as_the_first_clause_on_any_text():
    rnd = random.Random(15)
    for _ in range(20_000):
        text = "".join(rnd.choices("工会，。；“”、！", k=rnd.randint(0, 12)))
        pos = rnd.randint(0, len(text) + 1)
        hi = rnd.choice([None, rnd.randint(0, len(text))])
        assert clause_end(text, pos, hi) == _first_clause_end(text, pos, hi)

"""A branch printed alone (机加分厂工会主席乙) right after another branch of the same
enterprise was named with it (临江重工集团公司铸造分厂工会主席甲) is the enterprise's
branch, a sibling, not a unit of the first branch (:mod:`.sibling_branches`); a workshop
after the branch, and a branch after the enterprise's own union, are read as before.
Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page

_FIRST = "临江重工集团公司铸造分厂工会主席王海、"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("机加分厂工会主席李强先后发言。", ("主席", "临江重工集团公司机加分厂工会")),
        ("机加分厂电焊工李强先后发言。", ("电焊工", "临江重工集团公司机加分厂")),
    ],
)
def test_a_second_branch_is_the_enterprises(second, expected):
    assert _posts(_FIRST + second, "李强") == {expected}


def test_the_first_branch_keeps_its_enterprise():
    body = _FIRST + "机加分厂工会主席李强先后发言。"
    assert _posts(body, "王海") == {("主席", "临江重工集团公司铸造分厂工会")}


def test_a_branch_after_the_enterprises_own_union_is_unchanged():
    body = "临江重工集团公司工会主席王海、机加分厂工会主席李强先后发言。"
    assert _posts(body, "李强") == {("主席", "临江重工集团公司机加分厂工会")}


def test_heads_of_two_branches_are_unchanged():
    body = "临江重工集团公司铸造分厂厂长王海、机加分厂厂长李强先后发言。"
    assert _posts(body, "李强") == {("厂长", "临江重工集团公司机加分厂")}

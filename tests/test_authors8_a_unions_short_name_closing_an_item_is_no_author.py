"""A digest item closed by a union's short name in brackets (``（东工）``: its unit's
first character and 工 for 工会, an old workers' paper's way of crediting the factory's
union that sent the item in) names a body, no author. Before, the two characters were
read as a correspondent's name. A name in the same place (``（李红）``) stays the
correspondent's. Invented items in the shape of a 1990s city workers' paper's digest
(session 48, authors8)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole
from tests.conftest import page_authors

DIGEST = (
    "简  讯\n"
    "●南郊纺织厂工会开展“合理化建议月”活动，收到职工建议二百余条。（南工）\n"
    "●西城区总工会日前召开宣传工作会议，表彰了十名优秀通讯员。（李红）\n"
)


def _credit(text: str) -> list[tuple[str, str]]:
    found = parse_byline(text, AuthorRole.correspondent, end_credit=True)
    return [(a.name, a.role.value) for a in found]


@pytest.mark.parametrize("credit", ["（南工）", "（市工）"])
def test_a_unions_short_name_is_no_author(credit: str) -> None:
    assert _credit(credit) == []


def test_a_name_in_brackets_is_the_correspondent() -> None:
    assert _credit("（李红）") == [("李红", "correspondent")]


def test_the_digest_credits_the_named_correspondent_only() -> None:
    assert page_authors(DIGEST) == {("李红", "correspondent")}

"""The identity tables' rows are made, checked and stored a part at a time
(``records.identity_row_parts``): at 10,000 pages the merge decisions alone are over
100,000 rows, which the build made as dicts all at once (benchmarks/README.md, stop 34).
The parts must be the same rows, in the same order, as the whole."""

from __future__ import annotations

from collections import Counter

from gonghui_build.records import identity_row_parts, identity_rows
from gonghui_build.resolve import Identities
from gonghui_build.resolve.organisations import OrgIdentity
from gonghui_build.resolve.people import Decision, Person, PersonIdentity
from gonghui_build.vocabulary import MergeRule


def _who(people: int) -> Identities:
    """Invented people, each named in one article with a merge decision of their own."""
    persons, decisions = [], []
    for n in range(people):
        pid, article = f"per_{n:05d}", f"art_{n:05d}"
        persons.append(Person(pid, "马晓东", frozenset({article}), False, None))
        reason = "nothing in the article places 马晓东; one person of that name"
        decisions.append(
            Decision(pid, article, "马晓东", MergeRule.only_one_of_the_name, None, reason)
        )
    orgs = OrgIdentity(organisations=(), aliases=(), merged={})
    return Identities(orgs, PersonIdentity(tuple(persons), tuple(decisions), {}))


def test_identity_rows_made_in_parts_of_at_most_the_size_in_table_order() -> None:
    who = _who(7)
    parts = list(identity_row_parts(who, Counter({"per_00001": 3}), Counter(), size=3))
    assert [(table, len(rows)) for table, rows in parts] == [
        ("people", 3),
        ("people", 3),
        ("people", 1),
        ("person_merges", 3),
        ("person_merges", 3),
        ("person_merges", 1),
    ]
    assert parts[0][1][1]["mentions"] == 3  # the count of the person's mention rows
    assert parts[0][1][0]["mentions"] == 0


def test_identity_rows_of_exactly_one_part_make_no_empty_part() -> None:
    parts = list(identity_row_parts(_who(3), Counter(), Counter(), size=3))
    assert [(table, len(rows)) for table, rows in parts] == [("people", 3), ("person_merges", 3)]
    assert list(identity_row_parts(_who(0), Counter(), Counter())) == []


def test_identity_rows_in_parts_are_the_rows_made_whole() -> None:
    who = _who(5)
    whole = identity_rows(who, Counter(), Counter())
    joined: dict[str, list] = {}
    for table, rows in identity_row_parts(who, Counter(), Counter(), size=2):
        joined.setdefault(table, []).extend(rows)
    assert joined["people"] == whole["people"]
    assert joined["person_merges"] == whole["person_merges"]
    assert whole["organisation_aliases"] == []  # present, as the build's tables expect
    assert "organisations" not in whole

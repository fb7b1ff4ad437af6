"""The catalog's vocabularies as enumerations the build names its values with.

Each enumeration is generated from a field's ``enum`` in :mod:`gonghui.catalog`, so a
value the build writes is declared once, and a misspelt one (``Status.hled``) fails
where it is written instead of in validation. Members are strings (``StrEnum``): they
compare equal to their values and :func:`gonghui.catalog.row` stores the plain value.
The reference files' pydantic models use them too, so that a YAML key outside the
vocabulary (an organisation type, an activity category) fails when the file is loaded.
"""

from __future__ import annotations

from enum import StrEnum

from gonghui.catalog import vocabulary


def _enum(name: str, table: str, field: str) -> type[StrEnum]:
    return StrEnum(name, [(value, value) for value in vocabulary(table, field)])


Precision = _enum("Precision", "articles", "date_precision")
ArticleDateBasis = _enum("ArticleDateBasis", "articles", "date_basis")
OrgType = _enum("OrgType", "organisations", "type")
AliasKind = _enum("AliasKind", "organisation_aliases", "kind")
MentionSource = _enum("MentionSource", "person_mentions", "source")
AuthorRole = _enum("AuthorRole", "authors", "role")
ResolvedBy = _enum("ResolvedBy", "organisation_mentions", "resolved_by")
Category = _enum("Category", "activities", "category")
Status = _enum("Status", "activities", "status")
TimeOfDay = _enum("TimeOfDay", "activities", "time_of_day")
DateBasis = _enum("DateBasis", "activities", "date_basis")
Unit = _enum("Unit", "activities", "participants_unit")
Qualifier = _enum("Qualifier", "activities", "participants_qualifier")
ParticipantRole = _enum("ParticipantRole", "activity_participants", "role")
MergeRule = _enum("MergeRule", "person_merges", "rule")

#: The organisation types that are unions: a union, and a federation of unions.
UNION_TYPES = (OrgType.union, OrgType.union_federation)

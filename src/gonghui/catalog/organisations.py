"""The tables of organisations: each body under its full name, its other names, and every
place one is named."""

from __future__ import annotations

from gonghui.catalog.fields import (
    INTEGER,
    STRING,
    Field,
    Table,
    _confidence,
    _id,
    _low_quality,
    _provenance,
)

ORG_TYPES = (
    "union_federation",
    "union",
    "company",
    "university",
    "government",
    "party_body",
    "other",
)

ORGANISATIONS = Table(
    name="organisations",
    title="Organisations",
    description=(
        "One row per real organisation under its full, current name: union federations "
        "(总工会), enterprise and institution unions (工会), companies, universities, "
        "government and party bodies. Short forms (`市总工会`) and former names "
        "(`密云县总工会`) are in `organisation_aliases`."
    ),
    fields=(
        _id("organisation_id", "Organisation identifier, hashed from the full name.", pk=True),
        Field(
            "name",
            STRING,
            "Full current name (北京市总工会, not 市总工会).",
            required=True,
            unique=True,
        ),
        Field(
            "type",
            STRING,
            "union_federation (总工会 of a city, district, street or town), union (工会 of "
            "an enterprise or institution), company, university, government (incl. courts, "
            "congresses, CPPCC), party_body (党委, 区委, 党校…), other.",
            required=True,
            enum=ORG_TYPES,
            facet=True,
        ),
        Field(
            "district",
            STRING,
            "Beijing district (区) the organisation belongs to, if known.",
            facet=True,
        ),
        _id(
            "parent_id",
            "Parent organisation: an enterprise union's enterprise, a district "
            "federation's 北京市总工会.",
            references="organisations.organisation_id",
            required=False,
        ),
        Field("mentions", INTEGER, "Rows in `organisation_mentions`.", required=True, minimum=0),
        Field(
            "articles",
            INTEGER,
            "Distinct articles that name the organisation.",
            required=True,
            minimum=0,
        ),
    ),
    primary_key=("organisation_id",),
    order_by=("name",),
    label_column="name",
    search_columns=("name",),
    search_related=("organisation_aliases.alias",),
)

ORGANISATION_ALIASES = Table(
    name="organisation_aliases",
    title="Organisation aliases",
    description="Other names of an organisation: short forms, abbreviations, former names.",
    fields=(
        _id(
            "organisation_id",
            "Organisation the alias names.",
            references="organisations.organisation_id",
        ),
        Field("alias", STRING, "The other name, as printed in an article.", required=True),
        Field(
            "kind",
            STRING,
            "short_form (市总工会), abbreviation (北排集团), former_name "
            "(before a renaming), contextual (区总工会 read in an article about one "
            "district).",
            required=True,
            enum=("short_form", "abbreviation", "former_name", "contextual"),
            facet=True,
        ),
        Field(
            "source",
            STRING,
            "Where the alias comes from: a reference file entry with its source, or the "
            "article it was inferred in.",
            required=True,
        ),
    ),
    primary_key=("organisation_id", "alias"),
    order_by=("organisation_id", "alias"),
)

ORGANISATION_MENTIONS = Table(
    name="organisation_mentions",
    title="Organisation mentions",
    description="Every place an organisation is named, and how the name was resolved.",
    fields=(
        _id(
            "mention_id",
            "Mention identifier, hashed from paragraph, offset and end (a department "
            "begins where its parent does).",
            pk=True,
        ),
        _id(
            "organisation_id",
            "Organisation the mention names.",
            references="organisations.organisation_id",
        ),
        *_provenance(),
        Field(
            "name_as_written",
            STRING,
            "Name as printed, before resolution (市总工会).",
            required=True,
        ),
        Field(
            "resolved_by",
            STRING,
            "exact (full name), alias (reference file), former_name (renamed body), "
            "context (short form read against the article's district or enterprise), "
            "abbreviation, unplaced (a city's or district's short form, 市总工会, on a page "
            "that shows no place and is no Beijing page: kept as printed, never guessed).",
            required=True,
            enum=("exact", "alias", "former_name", "context", "abbreviation", "unplaced"),
            facet=True,
        ),
        _confidence(),
        _low_quality(),
    ),
    primary_key=("mention_id",),
    order_by=("article_id", "page_start", "mention_id"),
)

"""The catalog: the one declaration of every published table.

Each table's fields are written here once: name, type, constraints, description and
relations. Everything else is derived from this module by :mod:`gonghui.schemas` — the
pydantic models that validate records during the build, the Frictionless Table Schemas
in ``schemas/``, the Arrow schemas of the Parquet files, the SQLite DDL and the
Datasette metadata — so that they cannot drift apart.

This module imports nothing beyond the standard library: the loader imports it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Any

#: The SQLite database a build writes beside its Parquet files.
DB_NAME = "gonghui.db"
#: The media type of a Parquet file (IANA registration of 2024).
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

# Field types, named as in Frictionless Table Schema.
STRING, INTEGER, NUMBER, BOOLEAN = "string", "integer", "number", "boolean"

ISO_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

#: Version of the published tables (their structure and what the build puts in them),
#: written to ``datapackage.json``; the code has its own (``gonghui.__version__``).
#: Bump the major part when a column or table changes meaning or goes, the minor part
#: when one is added or the extraction changes the rows, and say so in CHANGELOG.md.
DATA_VERSION = "0.3.0"


@dataclass(frozen=True)
class Field:
    """One column. ``references`` is ``"table.field"`` for a foreign key."""

    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] = ()
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    references: str | None = None
    facet: bool = False
    #: For a date of mixed precision: offer a facet by year (`2018`, whatever the
    #: precision), not Datasette's date facet, which reads `2018` as a day number.
    year_facet: bool = False


@dataclass(frozen=True)
class Table:
    """One published table: its fields, key, row order and how Datasette shows it.

    ``order_by`` is the order of the rows in the Parquet files and the default order of
    the table in Datasette (missing values last). ``search_related`` names columns of
    child tables (``"organisation_aliases.alias"``) indexed with the table's own
    ``search_columns``, so that a search finds a row by its other names too.
    """

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    order_by: tuple[str, ...]
    label_column: str | None = None
    search_columns: tuple[str, ...] = ()
    search_related: tuple[str, ...] = field(default=())

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def field_set(self) -> frozenset[str]:
        """The field names as a set (a build checks every row it makes against it)."""
        return frozenset(self.field_names)

    @property
    def foreign_keys(self) -> tuple[tuple[str, str, str], ...]:
        """(field, referenced table, referenced field) for every foreign key."""
        out = []
        for f in self.fields:
            if f.references:
                table, ref = f.references.split(".")
                out.append((f.name, table, ref))
        return tuple(out)


# --- shared field shapes -----------------------------------------------------------


def _id(
    name: str,
    what: str,
    *,
    references: str | None = None,
    required=True,
    pk=False,
    facet=False,
):
    return Field(
        name,
        STRING,
        what,
        required=required,
        unique=pk,
        references=references,
        facet=facet,
    )


def _provenance(*, paragraph_required: bool = True) -> tuple[Field, ...]:
    """The columns that let any extracted fact be checked against the page."""
    return (
        _id("article_id", "Article the fact was read from.", references="articles.article_id"),
        _id(
            "paragraph_id",
            "Paragraph (block) the fact was read from.",
            references="paragraphs.paragraph_id",
            required=paragraph_required,
        ),
        Field(
            "page_start",
            INTEGER,
            "Offset (in characters, from 0) in the source page of the first character of "
            "the evidence.",
            required=True,
            minimum=0,
        ),
        Field(
            "page_end",
            INTEGER,
            "Offset in the source page just after the last character of the evidence.",
            required=True,
            minimum=0,
        ),
        Field(
            "text_start",
            INTEGER,
            "Offset of the evidence in the paragraph's cleaned `text`.",
            required=True,
            minimum=0,
        ),
        Field(
            "text_end",
            INTEGER,
            "Offset just after the evidence in the paragraph's cleaned `text`.",
            required=True,
            minimum=0,
        ),
    )


def _confidence() -> Field:
    return Field(
        "confidence",
        NUMBER,
        "How sure the rule that produced this row is, from 0 to 1. Facts read from a "
        "garbled run are capped at 0.3.",
        required=True,
        minimum=0,
        maximum=1,
    )


def _low_quality() -> Field:
    return Field(
        "in_garbled_run",
        BOOLEAN,
        "True when the evidence lies in a run flagged as unreadable OCR (see `garbled_runs`).",
        required=True,
        facet=True,
    )


def _date_fields(prefix: str, what: str) -> tuple[Field, ...]:
    return (
        Field(
            f"{prefix}date",
            STRING,
            f"{what}, ISO 8601 at the precision known: `2018`, `2018-05` or `2018-05-28`.",
            pattern=ISO_PARTIAL_DATE,
            year_facet=True,
        ),
        Field(
            f"{prefix}date_precision",
            STRING,
            f"Precision of `{prefix}date`: day, month or year.",
            enum=("day", "month", "year"),
            facet=True,
        ),
    )


# --- the tables --------------------------------------------------------------------

PAGES = Table(
    name="pages",
    title="Pages",
    description=(
        "One row per input page (版面): an OCR'd text file. Records the file's hash and "
        "how many of its non-blank characters landed in a published block (coverage)."
    ),
    fields=(
        _id("page_id", "Page identifier: the file name without `.txt`.", pk=True),
        Field(
            "source_file",
            STRING,
            "File name of the page in the input folder (e.g. `000_e031df47a7db2d66.txt`).",
            required=True,
            unique=True,
        ),
        Field(
            "sha256",
            STRING,
            "SHA-256 of the file's bytes.",
            required=True,
            pattern=r"^[0-9a-f]{64}$",
        ),
        Field(
            "encoding",
            STRING,
            "Encoding the file was read in: `utf-8`, `utf-8-sig` (with a byte-order mark), "
            "or the one detected for another file (`gb18030`, `utf_16`, `big5`…).",
            required=True,
            facet=True,
        ),
        Field(
            "chars",
            INTEGER,
            "Characters in the page, whitespace included.",
            required=True,
            minimum=0,
        ),
        Field(
            "nonblank_chars",
            INTEGER,
            "Non-whitespace characters in the page.",
            required=True,
            minimum=0,
        ),
        Field(
            "covered_chars",
            INTEGER,
            "Non-whitespace characters that lie in exactly one published paragraph.",
            required=True,
            minimum=0,
        ),
        Field(
            "coverage",
            NUMBER,
            "`covered_chars / nonblank_chars` (1.0 = nothing lost).",
            required=True,
            minimum=0,
            maximum=1,
        ),
        Field("articles", INTEGER, "Articles found on the page.", required=True, minimum=0),
        *_date_fields("", "Publication date from the curated metadata file, if any"),
        Field("newspaper", STRING, "Newspaper title from the curated metadata file, if any."),
        Field("page_label", STRING, "Page (版) label from the curated metadata file, if any."),
    ),
    primary_key=("page_id",),
    order_by=("page_id",),
    label_column="source_file",
)

ARTICLES = Table(
    name="articles",
    title="Articles",
    description=(
        "One row per article (文章) found on a page: its headline anatomy (kicker 引题, "
        "headline 主题, subtitle 副题), byline, kind, position on the page, and its date "
        "with how that date was obtained (the pages carry no date line)."
    ),
    fields=(
        _id("article_id", "Article identifier, hashed from the page and headline.", pk=True),
        _id("page_id", "Page the article is printed on.", references="pages.page_id"),
        Field(
            "source_file", STRING, "File name of the page the article is printed on.", required=True
        ),
        Field(
            "page_order",
            INTEGER,
            "Position of the article on its page, from 1.",
            required=True,
            minimum=1,
        ),
        Field(
            "kind",
            STRING,
            "news_item (消息, opens with 本报讯), feature (通讯/特写), commentary (署名文章 by "
            "an official), interview_roundup (several speakers, each a section), other.",
            required=True,
            enum=("news_item", "feature", "commentary", "interview_roundup", "other"),
            facet=True,
        ),
        Field("kicker", STRING, "Kicker (引题) printed above the headline."),
        Field(
            "headline",
            STRING,
            "Headline (主题), repaired; empty for text continued from another page.",
        ),
        Field("subtitle", STRING, "Subtitle (副题), cleaned, without its leading dash."),
        Field(
            "byline",
            STRING,
            "Byline as printed (`□本报记者 …`) or the dateline of a news item "
            "(`本报讯（记者 …）`).",
        ),
        Field("standfirst", STRING, "Standfirst (导语) printed before the headline, if any."),
        Field(
            "continued",
            BOOLEAN,
            "True when a continuation marker (上接第1版, 下转第3版) links the article to "
            "another page: its text is not all on this page.",
            required=True,
            facet=True,
        ),
        Field(
            "paragraphs",
            INTEGER,
            "Paragraph rows of the article (all roles).",
            required=True,
            minimum=0,
        ),
        Field("body_chars", INTEGER, "Characters of cleaned body text.", required=True, minimum=0),
        Field(
            "page_start",
            INTEGER,
            "Offset in the page of the article's first character.",
            required=True,
            minimum=0,
        ),
        Field(
            "page_end",
            INTEGER,
            "Offset in the page after the article's last character.",
            required=True,
            minimum=0,
        ),
        *_date_fields("", "Date of the article (publication, or the latest event it reports)"),
        Field(
            "date_basis",
            STRING,
            "How `date` was obtained, strongest evidence first: curated_metadata (the "
            "metadata file beside the pages), printed_date (a date the page or the article "
            "prints in its furniture: a masthead, a page's date line, a web timestamp, a "
            "source line), explicit_date (a year written in the text), event_reference (a "
            "dated event the text names, see `reference/events.yaml`), same_page (the text "
            "gives nothing; other articles of the page are dated), or none.",
            required=True,
            enum=(
                "curated_metadata",
                "printed_date",
                "explicit_date",
                "event_reference",
                "same_page",
                "none",
            ),
            facet=True,
        ),
        Field("date_evidence", STRING, "The text the date was inferred from."),
    ),
    primary_key=("article_id",),
    order_by=("page_id", "page_order"),
    label_column="headline",
    search_columns=("headline", "kicker", "subtitle", "byline"),
)

PARAGRAPH_ROLES = (
    "kicker",
    "headline",
    "subtitle",
    "byline",
    "dateline",
    "standfirst",
    "body",
    "section_heading",
    "speaker_line",
    "portrait_caption",
    "photo_caption",
    "photo_credit",
    "banner",
    "furniture",
    "repeat",
)

PARAGRAPHS = Table(
    name="paragraphs",
    title="Paragraphs",
    description=(
        "Every block of text on every page, in page order, with its role. Together the "
        "rows hold every non-blank character of the pages exactly once. `text` is the "
        "repaired text; `original_text` is what the OCR gave; `repairs` lists each change. "
        "Banners and page furniture belong to no article."
    ),
    fields=(
        _id("paragraph_id", "Paragraph identifier, hashed from the page and offset.", pk=True),
        _id("page_id", "Page the paragraph is printed on.", references="pages.page_id"),
        _id(
            "article_id",
            "Article the paragraph belongs to; empty for banners and furniture.",
            references="articles.article_id",
            required=False,
        ),
        Field(
            "seq", INTEGER, "Order of the paragraph on the page, from 1.", required=True, minimum=1
        ),
        Field(
            "role",
            STRING,
            "What the block is: headline parts, byline, dateline (本报讯…), body, "
            "section_heading (小标题), speaker_line (title and name heading a quoted "
            "section), portrait_caption (title + name under a photo), photo_caption, "
            "photo_credit (… 摄), banner (栏目), furniture (page labels, dates, web "
            "headers and footers, headline indexes, phone numbers, notices), repeat (text "
            "printed a second time on the page: kept, not read for facts).",
            required=True,
            enum=PARAGRAPH_ROLES,
            facet=True,
        ),
        Field(
            "text",
            STRING,
            "Repaired text: what to read and quote (see `repairs` for each change).",
            required=True,
        ),
        Field(
            "original_text",
            STRING,
            "Text as OCR'd; pieces of a joined paragraph are separated by a newline.",
            required=True,
        ),
        Field(
            "page_start",
            INTEGER,
            "Offset in the page of the first character.",
            required=True,
            minimum=0,
        ),
        Field(
            "page_end",
            INTEGER,
            "Offset in the page after the last character.",
            required=True,
            minimum=0,
        ),
        Field(
            "pieces",
            STRING,
            "Page spans the paragraph was assembled from, `start-end;start-end` (more "
            "than one when a column break or caption split it).",
            required=True,
            pattern=r"^\d+-\d+(;\d+-\d+)*$",
        ),
        Field(
            "repairs",
            INTEGER,
            "Number of repairs applied (see the `repairs` table).",
            required=True,
            minimum=0,
        ),
        Field(
            "quality",
            NUMBER,
            "Share of the text that reads as Chinese, 0–1 (1 = no garbled run found).",
            required=True,
            minimum=0,
            maximum=1,
        ),
        Field(
            "is_garbled",
            BOOLEAN,
            "True when at least one garbled run was found.",
            required=True,
            facet=True,
        ),
        Field(
            "is_fragment",
            BOOLEAN,
            "True when the paragraph starts mid-sentence and no paragraph it continues "
            "was found with enough evidence (its beginning is lost in the OCR).",
            required=True,
            facet=True,
        ),
    ),
    primary_key=("paragraph_id",),
    order_by=("page_id", "seq"),
    label_column="text",
    search_columns=("text",),
)

REPAIR_KINDS = (
    "markup_removed",
    "line_break_removed",
    "ocr_space_removed",
    "punctuation_normalised",
    "dash_restored",
    "column_break_joined",
    "caption_interruption_joined",
    "orphan_continuation_joined",
    "column_deinterleaved",
    "control_character_removed",
    "control_character_shown",
    "traditional_simplified",
    "pinyin_gloss_removed",
)

REPAIRS = Table(
    name="repairs",
    title="Repairs",
    description=(
        "Every change made to the OCR text, so that each repair can be checked and undone: "
        "replacing `after` at `text_start:text_end` of the paragraph's `text` by `before` "
        "gives back `original_text`."
    ),
    fields=(
        _id("repair_id", "Repair identifier: the paragraph and the repair's order in it.", pk=True),
        _id(
            "paragraph_id",
            "Paragraph the repair was made in.",
            references="paragraphs.paragraph_id",
        ),
        Field(
            "kind",
            STRING,
            "markup_removed (Markdown `#`/`**`, HTML tags a copy left, the 【】 of an entry "
            "head), line_break_removed, "
            "ocr_space_removed "
            "(space inside a word or name), punctuation_normalised (half-width to "
            "full-width), dash_restored (subtitle dash OCR'd as 一), column_break_joined, "
            "caption_interruption_joined, orphan_continuation_joined (continuation found "
            "elsewhere on the page), column_deinterleaved (two columns a text layer "
            "interleaved line by line, read column by column: the seam between two pieces "
            "of one column), control_character_removed (a control character such as NUL "
            "or escape), control_character_shown (a paragraph of nothing but control "
            "characters: each shown as its Unicode control picture, ␀), "
            "traditional_simplified (a page printed in traditional characters read in "
            "simplified ones by OpenCC, character for character; `*_as_written` values "
            "keep what the page prints), pinyin_gloss_removed (a reading in pinyin a "
            "mirror site printed in brackets after a character, 工會(huì)).",
            required=True,
            enum=REPAIR_KINDS,
            facet=True,
        ),
        Field(
            "text_start",
            INTEGER,
            "Offset of `after` in the cleaned text.",
            required=True,
            minimum=0,
        ),
        Field(
            "text_end",
            INTEGER,
            "Offset after `after` in the cleaned text.",
            required=True,
            minimum=0,
        ),
        Field(
            "page_start",
            INTEGER,
            "Offset in the page of the text replaced.",
            required=True,
            minimum=0,
        ),
        Field(
            "page_end",
            INTEGER,
            "Offset in the page after the text replaced.",
            required=True,
            minimum=0,
        ),
        Field("before", STRING, "Text before the repair (in `original_text`).", required=True),
        Field("after", STRING, "Text after the repair (in `text`); may be empty."),
    ),
    primary_key=("repair_id",),
    order_by=("paragraph_id", "text_start", "repair_id"),
)

GARBLED_RUNS = Table(
    name="garbled_runs",
    title="Garbled runs",
    description=(
        "Runs of text that do not read as Chinese (columns interleaved by the OCR, "
        "repeated fragments). They are kept in the paragraphs, never dropped; facts read "
        "from them are marked low-confidence."
    ),
    fields=(
        _id("run_id", "Run identifier: the paragraph and the run's order in it.", pk=True),
        _id(
            "paragraph_id",
            "Paragraph the garbled run lies in.",
            references="paragraphs.paragraph_id",
        ),
        Field(
            "text_start",
            INTEGER,
            "Offset of the run in the cleaned text.",
            required=True,
            minimum=0,
        ),
        Field(
            "text_end",
            INTEGER,
            "Offset after the run in the cleaned text.",
            required=True,
            minimum=0,
        ),
        Field(
            "page_start",
            INTEGER,
            "Offset in the page of the run's first character.",
            required=True,
            minimum=0,
        ),
        Field("page_end", INTEGER, "Offset in the page after the run.", required=True, minimum=0),
        Field("text", STRING, "The garbled run as it stands in the repaired text.", required=True),
        Field(
            "score", NUMBER, "How unreadable the run is, 0–1.", required=True, minimum=0, maximum=1
        ),
        Field(
            "signals",
            STRING,
            "Which signals fired: `repeat`, `doubled`, `interleaved` (a line two columns "
            "may share, read as printed).",
            required=True,
        ),
    ),
    primary_key=("run_id",),
    order_by=("paragraph_id", "text_start"),
)

PEOPLE = Table(
    name="people",
    title="People",
    description=(
        "One row per real person, however many articles name them. Journalists (from "
        "bylines) are people too; `authors` says what they wrote, `person_mentions` where "
        "anyone is named, `positions` the titles they hold."
    ),
    fields=(
        _id(
            "person_id",
            "Person identifier, hashed from the name (and, for namesakes told apart, from "
            "what tells them apart: see `person_merges`).",
            pk=True,
        ),
        Field("name", STRING, "Name in Chinese characters, OCR spaces removed.", required=True),
        Field(
            "name_pinyin",
            STRING,
            "Hanyu Pinyin, surname first, capitalised, without tones (e.g. `Sun Yueran`).",
            required=True,
        ),
        Field("surname", STRING, "Surname (姓), one or two characters.", required=True),
        Field("mentions", INTEGER, "Rows in `person_mentions`.", required=True, minimum=0),
        Field(
            "articles", INTEGER, "Distinct articles that name the person.", required=True, minimum=0
        ),
        Field(
            "is_journalist",
            BOOLEAN,
            "True when the person signs an article as reporter or photographer.",
            required=True,
            facet=True,
        ),
        Field(
            "is_partial",
            BOOLEAN,
            "True for a person named by surname only (陈女士, 刘师傅, 小张): one person per "
            "article, never merged across articles.",
            required=True,
            facet=True,
        ),
        Field(
            "merge_reason",
            STRING,
            "Why mentions in several articles were taken to be this one person (each "
            "article's decision is a row of `person_merges`).",
        ),
    ),
    primary_key=("person_id",),
    order_by=("name", "person_id"),
    label_column="name",
    search_columns=("name", "name_pinyin"),
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

MENTION_SOURCES = (
    "portrait_caption",
    "speaker_line",
    "title_before_name",
    "name_before_title",
    "speech_verb",
    "repeated_name",
    "surname_title",
    "partial_name",
    "model",
    "short_name",
    "listed_name",
)

#: The readers that may find a name (`person_mentions.signals`).
MENTION_SIGNALS = ("model", "rules", "jieba")

PERSON_MENTIONS = Table(
    name="person_mentions",
    title="Person mentions",
    description=(
        "Every place the text of an article names a person, with the rule that found the "
        "name. Bylines are not mentions: they are in `authors`."
    ),
    fields=(
        _id("mention_id", "Mention identifier, hashed from paragraph and offset.", pk=True),
        _id("person_id", "Person the mention names.", references="people.person_id"),
        *_provenance(),
        Field("name_as_written", STRING, "The name as printed (OCR spaces kept).", required=True),
        Field(
            "source",
            STRING,
            "Rule that found the name: portrait_caption, "
            "speaker_line, title_before_name (党组书记、副主席郑某), name_before_title, "
            "speech_verb (某某表示), repeated_name (a name found earlier in the article), "
            "surname_title (李主席), partial_name (陈女士, 刘师傅, 小张), model (found by "
            "the language model alone, no rule contradicting it: 快递员汤飞), short_name (a "
            "part of a fuller name the article prints: 阿依古丽 for 阿依古丽·吐尔逊), listed_name "
            "(a name listed with 、 right after a person found: 张三、李四等选手).",
            required=True,
            enum=MENTION_SOURCES,
            facet=True,
        ),
        Field(
            "signals",
            STRING,
            "Every reader that found the name, comma-separated: model (Baidu LAC's "
            "person entities, see `datapackage.json` for the model's version), rules (the "
            "name rules, `source` says which), jieba (jieba's dictionary tags it as a "
            "name).",
            required=True,
            facet=True,
        ),
        _confidence(),
        _low_quality(),
    ),
    primary_key=("mention_id",),
    order_by=("article_id", "page_start", "mention_id"),
)

AUTHORS = Table(
    name="authors",
    title="Authors",
    description=(
        "Who wrote or photographed each article, read from bylines (`□本报记者 …/文 …/摄`), "
        "datelines (`本报讯（记者 …）`) and photo credits (`… 摄`)."
    ),
    fields=(
        _id("article_id", "Article written or photographed.", references="articles.article_id"),
        _id("person_id", "Person signing the article.", references="people.person_id"),
        Field(
            "role",
            STRING,
            "reporter (文, 记者), photographer (摄), author (a signed "
            "article), correspondent (通讯员).",
            required=True,
            enum=("reporter", "photographer", "author", "correspondent"),
            facet=True,
        ),
        Field("title", STRING, "Title printed with the author's name (`某区委书记`)."),
        _id(
            "paragraph_id",
            "Byline, dateline or credit paragraph.",
            references="paragraphs.paragraph_id",
        ),
        Field("page_start", INTEGER, "Offset in the page of the name.", required=True, minimum=0),
        Field("page_end", INTEGER, "Offset in the page after the name.", required=True, minimum=0),
    ),
    primary_key=("article_id", "person_id", "role"),
    order_by=("article_id", "page_start", "role"),
)

POSITIONS = Table(
    name="positions",
    title="Positions",
    description=(
        "A person's title (职务) at an organisation as an article states it; the article "
        "dates the statement. A person with several titles at one organisation has one row "
        "per title."
    ),
    fields=(
        _id("position_id", "Position statement identifier.", pk=True),
        _id("person_id", "Person holding the title.", references="people.person_id"),
        _id(
            "organisation_id",
            "Organisation; empty when the text names none.",
            references="organisations.organisation_id",
            required=False,
            facet=True,
        ),
        Field("title", STRING, "Title as written (`党组书记`, `常务副主席`).", required=True),
        Field(
            "title_normalised",
            STRING,
            "Title normalised (see `reference/titles.yaml`).",
            required=True,
            facet=True,
        ),
        Field("organisation_as_written", STRING, "Organisation as written before resolution."),
        *_provenance(),
        Field("evidence", STRING, "The text stating the position.", required=True),
        _confidence(),
        _low_quality(),
    ),
    primary_key=("position_id",),
    order_by=("person_id", "article_id", "page_start", "position_id"),
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

ACTIVITY_CATEGORIES = (
    "training",
    "meeting",
    "lecture",
    "competition",
    "volunteering",
    "visit",
    "campaign",
    "other",
)

ACTIVITIES = Table(
    name="activities",
    title="Activities",
    description=(
        "One row per event or programme reported (培训班, 座谈会, 讲座, 竞赛, 参观, 专项行动…), "
        "with its dates, place, participants and the evidence it was read from."
    ),
    fields=(
        _id("activity_id", "Activity identifier, hashed from the article and evidence.", pk=True),
        Field("name", STRING, "Name as written, when the text gives one."),
        Field(
            "category",
            STRING,
            "training, meeting, lecture (讲座, 宣讲, 专题辅导), "
            "competition, volunteering, visit (参观, 走访, 调研), campaign (专项行动, 送温暖, "
            "教育实践活动), other.",
            required=True,
            enum=ACTIVITY_CATEGORIES,
            facet=True,
        ),
        Field(
            "status",
            STRING,
            "held, ongoing, or planned (要积极开展…).",
            required=True,
            enum=("held", "ongoing", "planned"),
            facet=True,
        ),
        Field("place", STRING, "Place as written (`市委党校三分校`)."),
        *_date_fields("start_", "First day"),
        *_date_fields("end_", "Last day"),
        Field(
            "date_text",
            STRING,
            "The date as written (`5月28日到6月1日`, `今年4月`, `7月10日上午`); for "
            "date_basis lead, the date the news item opens with.",
        ),
        Field(
            "time_of_day",
            STRING,
            "Time of day as written with the date: morning (上午, 早上), noon (中午), "
            "afternoon (下午), evening (晚上), night (凌晨).",
            enum=("morning", "noon", "afternoon", "evening", "night"),
        ),
        Field(
            "date_basis",
            STRING,
            "How the date was resolved: explicit (full date written), article_year (month "
            "and day written, year from the article's date), relative (今年, 近日, 25日… "
            "against the article's date, precision lowered where the anchor is uncertain), "
            "parent (within the dates of the activity it is part of), lead (a news item's "
            "opening date: it reports one occasion), article (reported as done, no date "
            "given: the article's year), none.",
            enum=("explicit", "article_year", "relative", "parent", "lead", "article", "none"),
            facet=True,
        ),
        Field(
            "participants", INTEGER, "Number of participants, in `participants_unit`.", minimum=0
        ),
        Field(
            "participants_unit",
            STRING,
            "people; person_times (人次: attendances, one person counted at each visit); "
            "organisations (家企事业单位, 个基层工会); teams (支代表队).",
            enum=("people", "person_times", "organisations", "teams"),
            facet=True,
        ),
        Field(
            "participants_qualifier",
            STRING,
            "exact (94名), about (近300名, 约), more_than (100余名, 1000多家), at_least.",
            enum=("exact", "about", "more_than", "at_least"),
            facet=True,
        ),
        Field("participants_text", STRING, "The count as written (近300名, 100余名)."),
        Field(
            "duration_days",
            NUMBER,
            "Duration in days (为期一周 = 7; 6月13日至17日 = 5 when the text states no duration).",
            minimum=0,
        ),
        Field(
            "duration_text",
            STRING,
            "The duration as written (为期一周), or the span of days it is counted from.",
        ),
        _id(
            "parent_activity_id",
            "The activity this one is part of (a lecture inside a course).",
            references="activities.activity_id",
            required=False,
        ),
        _id(
            "organiser_id",
            "Main organiser (more in `activity_participants`).",
            references="organisations.organisation_id",
            required=False,
            facet=True,
        ),
        *_provenance(),
        Field("evidence", STRING, "The sentence the activity was read from.", required=True),
        _confidence(),
        _low_quality(),
    ),
    primary_key=("activity_id",),
    order_by=("start_date", "article_id", "page_start", "activity_id"),
    label_column="name",
    search_columns=("name", "evidence"),
)

ACTIVITY_PARTICIPANTS = Table(
    name="activity_participants",
    title="Activity participants",
    description="People and organisations taking part in an activity, and in what role.",
    fields=(
        _id(
            "participant_id", "Row identifier, hashed from activity, participant and role.", pk=True
        ),
        _id("activity_id", "Activity taken part in.", references="activities.activity_id"),
        _id(
            "person_id",
            "Person, when a person takes part.",
            references="people.person_id",
            required=False,
        ),
        _id(
            "organisation_id",
            "Organisation, when an organisation takes part.",
            references="organisations.organisation_id",
            required=False,
        ),
        Field(
            "role",
            STRING,
            "organiser (主办, 承办, 组织), speaker (授课, 宣讲, 作辅导), attendee, host (venue).",
            required=True,
            enum=("organiser", "speaker", "attendee", "host"),
            facet=True,
        ),
        Field(
            "page_start",
            INTEGER,
            "Offset in the page of the participant's name.",
            required=True,
            minimum=0,
        ),
        Field("page_end", INTEGER, "Offset in the page after the name.", required=True, minimum=0),
    ),
    primary_key=("participant_id",),
    order_by=("activity_id", "page_start", "participant_id"),
)

MERGE_RULES = (
    "first_article",
    "same_organisation",
    "journalist",
    "only_one_of_the_name",
    "namesake_at_other_organisation",
    "namesake_without_context",
    "partial_name",
)

PERSON_MERGES = Table(
    name="person_merges",
    title="Person merges",
    description=(
        "How each article's mentions of a name were assigned to a person: one row per "
        "person and article, with the rule that decided and why. Namesakes are kept "
        "apart when their titles place them at unrelated organisations."
    ),
    fields=(
        _id(
            "person_id",
            "Person the article's mentions were assigned to.",
            references="people.person_id",
        ),
        _id("article_id", "Article naming the person.", references="articles.article_id"),
        Field("name", STRING, "The name, as in `people.name`.", required=True),
        Field(
            "rule",
            STRING,
            "first_article (the person's first article: a new person), same_organisation "
            "(a title at the same organisation, its parent or a body inside it, as in "
            "another article of this person), journalist (signs as a journalist of the "
            "paper, as in another article), only_one_of_the_name (nothing in the article "
            "places the person, and the corpus knows one person of that name), "
            "namesake_at_other_organisation (a new person: titles at organisations "
            "unrelated to those of the namesake), namesake_without_context (a new person: "
            "nothing places the mention and the name stands for several people), "
            "partial_name (a surname and a form of address, 陈女士: a person of this "
            "article only).",
            required=True,
            enum=MERGE_RULES,
            facet=True,
        ),
        _id(
            "matched_article_id",
            "The earlier article of the same person the decision rests on, if any.",
            references="articles.article_id",
            required=False,
        ),
        Field("reason", STRING, "The decision in words, with the evidence.", required=True),
    ),
    primary_key=("person_id", "article_id"),
    order_by=("person_id", "article_id"),
)

#: All tables, parents before children (the order tables are created and loaded in).
TABLES: tuple[Table, ...] = (
    PAGES,
    ARTICLES,
    PARAGRAPHS,
    REPAIRS,
    GARBLED_RUNS,
    PEOPLE,
    ORGANISATIONS,
    ORGANISATION_ALIASES,
    PERSON_MENTIONS,
    AUTHORS,
    POSITIONS,
    ORGANISATION_MENTIONS,
    ACTIVITIES,
    ACTIVITY_PARTICIPANTS,
    PERSON_MERGES,
)

BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}


def get(name: str) -> Table:
    """The table called ``name``, with a helpful error for a wrong name."""
    try:
        return BY_NAME[name]
    except KeyError:
        known = ", ".join(BY_NAME)
        close = difflib.get_close_matches(str(name).lower(), BY_NAME, 1, 0.8)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise KeyError(f"no table {name!r}{hint}; the tables are: {known}") from None


def vocabulary(table: str, field_name: str) -> tuple[str, ...]:
    """The values a field accepts (its ``enum``); an error for a field without one."""
    values = get(table).field(field_name).enum
    if not values:
        raise KeyError(f"{table}.{field_name} has no vocabulary")
    return values


def row(table: str, **values: Any) -> dict[str, Any]:
    """A row of ``table`` in the catalog's field order: fields not given are null, an
    unknown field is an error, and a vocabulary member (an ``Enum``) becomes its value.
    The one way the build makes a row, so that a misspelt field fails where it is made.
    """
    declared = get(table)
    if not values.keys() <= declared.field_set:
        unknown = sorted(set(values) - declared.field_set)
        raise KeyError(f"{table} has no field {', '.join(unknown)}")
    out: dict[str, Any] = dict.fromkeys(declared.field_names)
    for name, value in values.items():
        out[name] = value.value if isinstance(value, Enum) else value
    return out

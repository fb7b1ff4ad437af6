"""The tables of what was printed: pages and the articles laid out on them."""

from __future__ import annotations

from gonghui.catalog.fields import BOOLEAN, INTEGER, NUMBER, STRING, Field, Table, _date_fields, _id

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
            "source line; the text names no year, or another year than the printed one), "
            "explicit_date (a year written in the text; when the page prints a date of that "
            "year, `date` is the printed day), event_reference (a dated event the text "
            "names, see `reference/events.yaml`; likewise the printed day when the page "
            "prints one of its year), same_page (the text "
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

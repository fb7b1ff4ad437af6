"""The tables of the text: paragraphs, the repairs made to them and the garbled runs
left in them."""

from __future__ import annotations

from gonghui.catalog.fields import BOOLEAN, INTEGER, NUMBER, STRING, Field, Table, _id

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

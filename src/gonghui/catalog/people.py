"""The tables of who: people, the mentions of them, authors, posts held, and the merges
of a person's mentions across articles (the organisations: :mod:`.organisations`)."""

from __future__ import annotations

from gonghui.catalog.fields import (
    BOOLEAN,
    INTEGER,
    STRING,
    Field,
    Table,
    _confidence,
    _id,
    _low_quality,
    _provenance,
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

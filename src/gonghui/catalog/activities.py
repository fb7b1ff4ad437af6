"""The tables of what was done: activities and the people and units taking part."""

from __future__ import annotations

from gonghui.catalog.fields import (
    INTEGER,
    NUMBER,
    STRING,
    Field,
    Table,
    _confidence,
    _date_fields,
    _id,
    _low_quality,
    _provenance,
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

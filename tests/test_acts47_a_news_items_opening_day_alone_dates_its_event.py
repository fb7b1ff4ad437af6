"""A news item that opens with a day alone (21日上午，…; the month is the publication's)
dates the occasion it reports, as an item opening 6月21日 does: an activity named later
without a date of its own (出席揭牌仪式) is of that day, when the page prints the day it
was published to count from (real_dev2's wire story, 25日…启用 under a timestamp of the
26th). Without a printed day of publication the day alone dates nothing (its month is
unknown): the activity keeps the article's year. Pages written for these tests
(invented units and names)."""

from __future__ import annotations

from tests.built import built_activities

_ITEM = (
    "临江市职工服务中心揭牌启用\n\n"
    "{stamp}"
    "本报讯（记者 苗青禾）21日上午，由临江市总工会{year}建设的市职工服务中心在滨河区正式"
    "揭牌启用。中心设有法律援助窗口、心理咨询室和职工书屋。\n\n"
    "市总工会党组书记、常务副主席宁绍远出席揭牌仪式并讲话。\n\n"
    "责任编辑：童雨\n"
)


def _date_of(rows: list[dict], name: str) -> tuple[str | None, str | None]:
    (row,) = [r for r in rows if r["name"] == name]
    return row["start_date"], row["end_date"]


def test_a_ceremony_named_later_takes_the_day_the_item_opens_with(pages_dir, tmp_path):
    page = _ITEM.format(stamp="2024-06-22 10:15:33 来源：临江工人报\n\n", year="")
    rows = built_activities(pages_dir, tmp_path, page)
    assert _date_of(rows, "揭牌仪式") == ("2024-06-21", None)


def test_without_a_printed_day_the_day_alone_leaves_the_year(pages_dir, tmp_path):
    page = _ITEM.format(stamp="", year="2024年")
    rows = built_activities(pages_dir, tmp_path, page)
    assert _date_of(rows, "揭牌仪式") == ("2024", None)

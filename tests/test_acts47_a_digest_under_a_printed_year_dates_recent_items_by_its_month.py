"""A digest whose page prints its year only (``2022年第21期``, an issue number) while
every item that reports a day reports it in one month (5月16日…, 5月18日…): its items
told 日前 or 近日 are of that month, as the annotation guide dates 近日 by the article's
month when known (real_dev's weekly digest: 日前 under 9月5日 and 9月7日 is September).
Items of two months, or a single dated item, give no month: 日前 stays the year. Pages
written for these tests (invented units and names)."""

from __future__ import annotations

from tests.built import built_activities

_DIGEST = (
    "运河职工周报 2022年第21期\n"
    "基层快讯\n"
    "▲5月16日，运河区总工会举办工会财务人员业务培训班，六十余名基层工会财务人员参加。（华晓）\n"
    "▲日前，运河区教育工会召开女教职工委员会工作会议，各校女工委主任二十余人参加。（陶冉）\n"
    "{second}"
    "▲近日，运河区交通运输工会组织三十名出租车司机开展安全驾驶培训。（柯宁）\n"
    "（本栏编辑 骆晴）\n"
)


def _starts(rows: list[dict]) -> dict[str, str | None]:
    return {r["name"]: r["start_date"] for r in rows if r["name"]}


def test_recent_items_of_a_one_month_digest_are_of_that_month(pages_dir, tmp_path):
    second = "▲5月18日，运河区总工会召开基层工会主席座谈会，十五人参加。■于澜\n"
    starts = _starts(built_activities(pages_dir, tmp_path, _DIGEST.format(second=second)))
    assert starts["女教职工委员会工作会议"] == "2022-05"
    assert starts["安全驾驶培训"] == "2022-05"
    assert starts["工会财务人员业务培训班"] == "2022-05-16"


def test_items_of_two_months_leave_recent_items_the_year(pages_dir, tmp_path):
    second = "▲6月2日，运河区总工会召开基层工会主席座谈会，十五人参加。■于澜\n"
    starts = _starts(built_activities(pages_dir, tmp_path, _DIGEST.format(second=second)))
    assert starts["女教职工委员会工作会议"] == "2022"
    assert starts["安全驾驶培训"] == "2022"


def test_one_dated_item_gives_no_month(pages_dir, tmp_path):
    starts = _starts(built_activities(pages_dir, tmp_path, _DIGEST.format(second="")))
    assert starts["女教职工委员会工作会议"] == "2022"

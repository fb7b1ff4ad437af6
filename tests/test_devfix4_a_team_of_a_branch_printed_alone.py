"""A team leader of a branch printed without its company, session 39 (devfix4), on pages
written for these tests (invented people and bodies): 运行分公司司炉班班长某某 (运行, the
branch's job, a verb to jieba) is 班长 at the team of the branch of the company the
report is about, also where the paragraphs just before name no body (the tuning gold of
a heating group's congress honouring a boiler team's leader, real_dev12). Near misses:
a verb before a branch no post follows (，设立分公司) names no branch; a branch whose
job jieba reads as a noun was already read."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from tests.built import built_activities


def _built(tmp_path, body: str) -> tuple[set[str], list[tuple[str, str | None]]]:
    pages = tmp_path / "pages"
    pages.mkdir()
    built_activities(pages, tmp_path, "工会动态\n\n" + body + "\n")
    out = tmp_path / "out"
    names = {
        o["organisation_id"]: o["name"]
        for o in pq.read_table(out / "organisations.parquet").to_pylist()
    }
    posts = [
        (r["title"], names.get(r["organisation_id"]))
        for r in pq.read_table(out / "positions.parquet").to_pylist()
    ]
    return set(names.values()), posts


_CONGRESS = (
    "南川热电集团召开二届三次职工代表大会\n"
    "本报讯 1月18日，南川热电集团召开二届三次职工代表大会，一百二十名职工代表出席。\n"
    "集团党委书记蒋立文在讲话中要求，各级工会组织要围绕供热保障开展岗位练兵。\n"
)


@pytest.mark.parametrize("job", ["运行", "检修"])
def test_the_team_leader_is_at_the_branchs_team(tmp_path, job: str) -> None:
    body = _CONGRESS + f"会上还表彰了十佳职工，{job}分公司司炉班班长郑春来等10名职工受到表彰。"
    _, posts = _built(tmp_path, body)
    assert ("班长", f"南川热电集团{job}分公司司炉班") in posts


def test_a_verb_before_a_branch_with_no_post_names_none(tmp_path) -> None:
    body = _CONGRESS + "会议提出，设立分公司要先建工会。"
    names, _ = _built(tmp_path, body)
    assert not any(n.endswith("设立分公司") for n in names)

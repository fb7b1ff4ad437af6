"""The organiser of a visit led by a person named alone, session 39 (devfix4), on pages
written for these tests (invented people, bodies and places): a delegation's leader is
named with the post once (某省总工会副主席某某一行到某州调研) and bare afterwards
(某某一行还走访慰问了…); the visit is the union of that post's, not the union the text
named last (the hosts, the local unions that reported: the tuning gold of a region's
winter visit, real_dev, and of a province's aid visit to Tibet, real_dev2). An activity
of such an article that names no organiser (在随后召开的座谈会上，某市总工会…汇报了工作)
is the delegation's union's too, not the hosts' who reported at it (real_dev, real_dev4).
Near misses: a person named alone with no post read before leaves the default as it
was; an activity whose sentence names its own union keeps it; the hosts' account of
their own work (据介绍，今年以来，全市共举办…) stays the hosts'."""

from __future__ import annotations

import pytest

from tests.built import built_organisers

_DELEGATION = (
    "3月5日，青岩省总工会党组书记、常务副主席罗文涛一行到南溪州调研工会工作。"
    "南溪州委常委、州总工会主席韩立新陪同。\n"
    "在随后召开的座谈会上，南溪市总工会、石门县总工会负责同志汇报了工作。\n"
)


@pytest.mark.parametrize(
    "visit",
    [
        pytest.param("罗文涛一行还走访慰问了困难职工周小梅，为她送去慰问金。", id="yi_xing_hai"),
        pytest.param("调研期间，罗文涛一行还走访慰问了困难职工周小梅。", id="after_a_time_clause"),
        pytest.param("罗文涛还带队慰问了石门水泥厂一线职工。", id="dai_dui"),
    ],
)
def test_the_leaders_union_organises_the_visit(tmp_path, visit: str) -> None:
    assert built_organisers(tmp_path, _DELEGATION + visit)[-1] == "青岩省总工会"


def test_a_person_with_no_post_read_before_leaves_the_default(tmp_path) -> None:
    body = (
        "3月5日，南溪市总工会在石门县举办职工技能培训班。石门县总工会主席韩立新出席。\n"
        "钱大勇一行还走访慰问了困难职工周小梅。\n"
    )
    assert built_organisers(tmp_path, body)[-1] == "石门县总工会"


def test_a_visit_naming_its_own_union_keeps_it(tmp_path) -> None:
    body = _DELEGATION + "石门县总工会还走访慰问了困难职工周小梅。"
    assert built_organisers(tmp_path, body)[-1] == "石门县总工会"


def test_the_delegations_meeting_is_its_unions(tmp_path) -> None:
    assert built_organisers(tmp_path, _DELEGATION)[1] == "青岩省总工会"


def test_a_hosts_own_named_activity_stays_its_own(tmp_path) -> None:
    body = _DELEGATION + "据介绍，今年以来，南溪市总工会在全市开展劳动竞赛。"
    assert built_organisers(tmp_path, body)[-1] == "南溪市总工会"


def test_the_hosts_account_of_their_work_stays_theirs(tmp_path) -> None:
    body = (
        "6月8日，青岩省总工会副主席罗文涛一行到南溪市调研。南溪市总工会主席韩立新陪同。\n"
        "据介绍，今年以来，全市共举办职工技能竞赛三十场，参赛职工一万余人。\n"
    )
    assert built_organisers(tmp_path, body)[-1] == "南溪市总工会"

"""Bylines as real pages print them (invented names)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def test_a_byline_printed_without_spaces_splits_at_each_role_word():
    found = [
        (a.name, a.role.value, a.title) for a in parse_byline("某网讯（记者吴立新通讯员韦海川）")
    ]
    assert found == [("吴立新", "reporter", None), ("韦海川", "correspondent", None)]


def test_a_header_key_after_the_authors_is_no_author():
    lines = [
        "青禾县工会第五次代表大会召开",
        "作者：吴立新 韦海川 来源：本站原创 发布时间：2020-09-27 17:24:58",
        "9月26日，青禾县工会第五次代表大会召开。县委书记丁一鸣出席会议并讲话。",
    ]
    authors = page_facts("\n".join(lines)).articles[0].authors
    assert {"吴立新", "韦海川"} <= {a.name for a in authors}
    assert "来源" not in {a.name for a in authors}

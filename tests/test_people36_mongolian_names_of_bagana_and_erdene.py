"""Mongolian names built on 巴根 (Bagana) and 额尔登 (Erdene spelled with 登), elements
``people.yaml`` name_elements now holds, are read whole after a post and in a list
(朝鲁巴根 was read 鲁巴根, 额尔登图 cut to 额尔). Invented names and events (s47,
people36)."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("盟总工会主席朝鲁巴根主持会议。", ["朝鲁巴根"]),
        ("旗总工会主席额尔登图主持会议。", ["额尔登图"]),
        ("额尔登图、宋玉梅等5名职工荣获奖章。", ["宋玉梅", "额尔登图"]),
    ],
)
def test_names_of_bagana_and_erdene_are_read_whole(body, names):
    assert _people(body) == names

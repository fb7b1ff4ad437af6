"""Two festivals named together and then by their joint name (中秋、国庆“双节”期间,
元旦春节“两节”期间) are the days around both, as when the joint name is left out: from
the first one's month to the second's. Invented sentences."""

from __future__ import annotations

import pytest

from gonghui_build.extract.dates import find_dates, resolve
from tests.conftest import printed


def span(text: str, published: str) -> tuple:
    [d] = [d for d in find_dates(text) if d.holiday]
    got = resolve(d, printed(published))
    return d.text, got.start, got.end


@pytest.mark.parametrize(
    "text",
    [
        "中秋、国庆“双节”期间，青禾市总工会开展“情暖双节”走访慰问活动。",
        "中秋、国庆双节期间，青禾市总工会开展走访慰问活动。",
        "中秋、国庆期间，青禾市总工会开展走访慰问活动。",
    ],
)
def test_mid_autumn_and_national_day_run_from_septembers_to_octobers(text):
    # 中秋 2023 fell on 29 September
    written, start, end = span(text, "2023-10-08")
    assert (start, end) == ("2023-09", "2023-10")
    assert written.startswith("中秋") and written.endswith("期间")


def test_a_joint_name_alone_is_no_holiday():
    assert [d for d in find_dates("“双节”期间，青禾市总工会开展走访慰问活动。") if d.holiday] == []

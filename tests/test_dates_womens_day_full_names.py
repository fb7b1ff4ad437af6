"""Women's Day under its full names (国际劳动妇女节, and the variant 国际妇女劳动节 papers print)
is 8 March, never Labour Day's May although the name holds 劳动节."""

import pytest

from gonghui_build.extract.dates.expressions import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "“三八”国际妇女劳动节期间，区总工会为女职工举办健康讲座。",
        "三八国际劳动妇女节当天，某厂工会组织女职工参观纪念馆。",
    ],
)
def test_womens_day_under_its_full_names_falls_in_march(text):
    found = find_dates(text)
    assert found and {d.month for d in found} == {3}

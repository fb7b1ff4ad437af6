"""A title between a news item's last paragraph and text with no dateline (issue 8):
when it names a county the item, head and text, never names, it is the headline of an
item of its own (a printed page's items follow one another with no credit between);
a title within the item's own county, or in a report whose headline names no county (a
round-up, a city's meeting), stays the item's section heading."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_heads

NEWS = (
    "大兴区职工读书会开讲\n"
    "本报讯 6月8日，大兴区总工会在区图书馆举办职工读书分享会，60余名职工参加。\n"
    "分享会上，五位职工代表讲述了自己的读书故事。\n"
)
OTHER_COUNTY = NEWS + (
    "通州区职工书屋再添新书\n"
    "今年以来，通州区总工会新建职工书屋15家，配送图书一万余册。\n"
    "区总工会还将在年内开展“书香工会”评选活动。（韩小雪）\n"
)
OWN_COUNTY = NEWS + (
    "职工书屋建设再上台阶\n今年以来，大兴区总工会新建职工书屋15家，配送图书一万余册。\n"
)
ROUND_UP = (
    "各区工会开展读书月活动\n"
    "本报讯 四月以来，本市各区总工会开展职工读书月活动。\n"
    "通州区职工书屋再添新书\n"
    "今年以来，通州区总工会新建职工书屋15家，配送图书一万余册。\n"
)

CITY_MEETING = (
    "北京市总工会召开劳模座谈会\n"
    "本报讯 4月28日，北京市总工会召开劳模座谈会，朝阳区、海淀区的12名劳模参加。\n"
    "延庆区劳模代表发言\n"
    "延庆区劳模代表、护林员孙大山说，要守护好八达岭的青山绿水。\n"
)


def test_a_title_naming_another_county_heads_an_item_of_its_own():
    first, second = layout_articles(OTHER_COUNTY)
    assert second[0] == ("headline", "通州区职工书屋再添新书")
    assert second[-1] == ("byline", "（韩小雪）")
    assert first[-1] == ("body", "分享会上，五位职工代表讲述了自己的读书故事。")


def test_a_title_within_the_items_own_county_stays_its_section_heading():
    (item,) = layout_articles(OWN_COUNTY)
    assert ("section_heading", "职工书屋建设再上台阶") in item


def test_a_round_ups_lead_naming_no_county_keeps_its_headings():
    assert layout_heads(ROUND_UP) == [[("headline", "各区工会开展读书月活动")]]


def test_a_city_meetings_part_naming_one_of_its_counties_stays_in_it():
    assert layout_heads(CITY_MEETING) == [[("headline", "北京市总工会召开劳模座谈会")]]

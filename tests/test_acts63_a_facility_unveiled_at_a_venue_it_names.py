"""A facility unveiled at a venue its sentence names (某区首家“园区职工书屋”在某开发区职工
服务中心揭牌) is the opening event, held at that venue: the venue stands between the
facility and its opening word, where a short word alone (正式, 近日) stood before. The
ceremony named after it (出席揭牌仪式) is the same event, no second one. Real pages of
s50 acts63 (reading rooms and stations unveiled at service centres) and the tuning gold
of real_dev13. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_reading_room_unveiled_at_a_service_centre_is_held_there():
    out = find_activities(
        [
            "5月8日上午，青禾区首家“楼宇职工书屋”在青禾科技园职工服务中心揭牌。"
            "市总工会副主席柏思远出席揭牌仪式。"
        ]
    )
    assert [(a.category, a.name, a.place) for a in out] == [
        (Category.other, "“楼宇职工书屋”", "青禾科技园职工服务中心")
    ]


def test_a_station_opened_at_a_square_is_one_opening():
    out = find_activities(["南岭街道“暖心驿站”在春雨广场正式启用，可供环卫工人休息。"])
    assert [(a.name, a.place) for a in out] == [("“暖心驿站”", "春雨广场")]


def test_a_count_of_facilities_in_a_district_is_still_a_total():
    assert find_activities(["目前，职工书屋在全区已有三十家对外开放。"]) == []

"""Activities (s38): a legal-aid or service post a union sets up at a venue the clause
names (在某镇劳务市场设立工会法律援助工作站, 在人民广场设立咨询点) is a facility opened, one
event at that place, as a station (服务站) or a home (职工之家) is; before, 工作站 and
咨询点 ended no facility's name and the post was lost or read without its place. Set up
across a whole city and counted (在全市设立法律援助工作站四十六个) it stays a total, no
event. Real pages of county and city unions' law days and legal-aid posts are told so;
real_dev6's gold has such a post. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_legal_aid_post_at_a_labour_market():
    [post] = find_activities(
        [
            "10月9日，青禾市总工会在柳岸镇劳务市场设立工会法律援助工作站，"
            "为外来务工人员提供免费法律服务。"
        ]
    )
    assert (post.name, post.category, post.place) == (
        "工会法律援助工作站",
        Category.other,
        "柳岸镇劳务市场",
    )


def test_posts_across_a_city_counted_stay_a_total():
    assert find_activities(["青禾市总工会在全市设立法律援助工作站四十六个。"]) == []


def test_the_post_named_again_is_no_new_one():
    found = find_activities(
        [
            "10月9日，青禾市总工会在柳岸镇劳务市场设立工会法律援助工作站。",
            "该工作站由市总工会聘请的六名律师轮流值班。",
        ]
    )
    assert len(found) == 1

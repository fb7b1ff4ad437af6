"""Activities (s38 acts35): a union's art troupe that went to a site and staged
programmes for an audience there (某市总工会职工艺术团来到某码头，为码头工人送上了歌舞、
相声等精彩的文艺节目) is one show at that site, unnamed: read by its going verb alone it
was a visit. Real pages of city and region unions' troupe tours tell shows so. A party
taking goods there (一行来到某码头，为码头工人送上防暑用品) stays a visit. Sentences written
for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_troupe_at_a_port_stages_programmes_for_dockers():
    [show] = find_activities(
        [
            "1月19日下午，青禾市总工会职工艺术团来到长湾港集装箱码头，"
            "为三百余名码头工人送上了歌舞、相声、魔术等精彩的文艺节目。"
        ]
    )
    assert show.category == Category.other
    assert show.status == Status.held
    assert show.place == "长湾港集装箱码头"
    assert not show.titled  # the programmes are no name of the show
    assert show.participants is not None and show.participants.count == 300


def test_a_quoted_troupe_counts_its_programmes():
    [show] = find_activities(
        [
            "7月2日，青禾市总工会“文艺轻骑兵”走进长丰纺织厂，"
            "为三百多名纺织工人献上了舞蹈、戏曲、小品等十余个节目。"
        ]
    )
    assert (show.category, show.place) == (Category.other, "长丰纺织厂")


def test_a_delegation_taking_goods_to_a_port_stays_a_visit():
    [visit] = find_activities(["市总工会主席孙立一行来到长湾港码头，为码头工人送上了防暑用品。"])
    assert visit.category == Category.visit


def test_a_show_staged_with_its_round_keeps_its_name():
    [show] = find_activities(["7月2日，青禾市总工会为环卫工人送上一场精彩的慰问演出。"])
    assert (show.category, show.name, show.titled) == (Category.other, "慰问演出", True)

"""A plant's workshop its own report prints without the plant, at the head of a clause,
before a worker's or team leader's post and a name (…举行乒乓球赛。装配车间钳工甲获第一名;
拉丝车间操作工乙被评为标兵): the post is held at that workshop of the enterprise the
article named before, as it is when the plant is printed before the workshop. A word
describing the person (青年技工) is no part of the post. The workshop's head stays the
build's one post (车间主任, ``titles.yaml`` heads_named_with_their_unit), and after a
federation the workshop gives no body. Invented bodies and people."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page


@pytest.mark.parametrize(
    ("sentence", "name", "title", "org"),
    [
        pytest.param(
            "日前，津河纺织机械厂工会举行职工乒乓球赛。装配车间钳工孙立明获男子单打第一名。",
            "孙立明",
            "钳工",
            "津河纺织机械厂装配车间",
            id="after_the_plants_union",
        ),
        pytest.param(
            "日前，江淮蓝光电缆有限公司开展劳动竞赛，成缆车间操作工夏婷玉被评为岗位标兵。",
            "夏婷玉",
            "操作工",
            "江淮蓝光电缆有限公司成缆车间",
            id="after_the_company_in_the_same_sentence",
        ),
        pytest.param(
            "日前，秦川晨光机床厂举行技术比武决赛。数控车间电焊工杨小芳获得第一名。",
            "杨小芳",
            "电焊工",
            "秦川晨光机床厂数控车间",
            id="after_the_plant",
        ),
    ],
)
def test_a_workers_post_after_a_workshop_is_held_at_the_plants_workshop(sentence, name, title, org):
    assert (name, title, org) in first_article_positions(news_page(sentence))


def test_a_word_describing_the_worker_is_no_part_of_the_post():
    text = news_page(
        "日前，秦川晨光机床厂举行技术比武决赛。比武中，数控车间青年技工杨小芳获得冠军。"
    )
    positions = first_article_positions(text)
    assert ("杨小芳", "技工", "秦川晨光机床厂数控车间") in positions
    assert not any(title == "青年技工" for _, title, _ in positions)


def test_a_word_describing_the_worker_before_a_bare_occupation_is_left_out():
    text = news_page("日前，市总工会看望一线职工，青年焊工杨小芳说，工会送来了清凉。")
    assert ("杨小芳", "焊工", None) in first_article_positions(text)


def test_the_workshops_head_is_not_held_at_the_workshop():
    text = news_page("日前，津河纺织机械厂工会举行职工乒乓球赛。装配车间主任孙立明说，比赛办得好。")
    positions = first_article_positions(text)
    assert not any(org == "津河纺织机械厂装配车间" for _, _, org in positions)


def test_after_a_federation_the_workshop_gives_no_body():
    text = news_page("日前，市总工会举办职工技能大赛。装配车间钳工孙立明获第一名。")
    positions = first_article_positions(text)
    assert not any(org and org.endswith("装配车间") for _, _, org in positions)


def test_a_section_of_a_company_is_still_read():
    text = news_page("日前，青禾茶业公司举办技能大赛。质检部检验员章小慧获第一名。")
    assert ("章小慧", "检验员", "青禾茶业公司质检部") in first_article_positions(text)


def test_a_workshop_after_a_word_referring_back_is_not_glued_to_the_plant():
    text = news_page(
        "日前，津河纺织机械厂工会走访困难职工。该厂锻造车间天车工孙立明说，工会帮了大忙。"
    )
    positions = first_article_positions(text)
    assert not any(org and "该厂" in org for _, _, org in positions)
    assert not any(name == "孙立明" and title == "天车工" for name, title, _ in positions)

"""Two readings mended in review: a round-up's sub-heading printed with a blank between
its place and its phrase stays a heading of the round-up (the blank is looked for in the
heading as printed, not in its spaceless key), and only a column of briefs' own name
(综合消息) is a digest's title, not any short line holding 消息. Invented text."""

from __future__ import annotations

from gonghui_build.layout.digest_titles import names_a_digest
from gonghui_build.layout.display import names_its_subject
from tests.conftest import layout_roles

ROUNDUP = (
    "高温下的“娘家人”\n"
    "本报记者 柏云舟\n"
    "入伏以来，各区工会把清凉送到了户外劳动者身边。\n"
    "青川区 送清凉到地铁工地\n"
    "7月2日，青川区总工会把绿豆汤送到了地铁工地，慰问一线建设者。\n"
    "柳岸区 驿站延长开放时间\n"
    "7月3日，柳岸区总工会宣布全区户外劳动者驿站延长开放时间。\n"
)


def test_a_round_ups_parts_headed_by_a_place_and_a_blank_stay_one_article():
    text = "7月2日，青川区总工会把绿豆汤送到了地铁工地，慰问一线建设者。"
    assert names_its_subject("青川区总工会送清凉到工地", text)
    assert not names_its_subject("青川区 送清凉到工地", text)
    roles = layout_roles(ROUNDUP)
    assert {article for _, article in roles.values() if article is not None} == {0}


def test_only_a_column_of_briefs_name_is_a_digest_title():
    assert names_a_digest("综合消息")
    assert not names_a_digest("好消息")
    assert not names_a_digest("最新消息")

"""A WeChat post opening its text with phrases set a line each right under its header row
(no mark, no word that needs the next line) and right over its first paragraph: one body
paragraph, not captions and a section heading under a headline taken from them."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

POST = (
    "青禾区总工会：劳模走进课堂\n"
    "青禾工会\n"
    "2025年4月9日 18:06 浙江\n"
    "四月的课堂\n"
    "春风拂面\n"
    "几位特别的客人\n"
    "来到了学生中间\n"
    "4月8日，青禾区总工会启动“劳模进课堂”活动，首站来到青禾区实验小学。\n"
    "省级劳动模范柏云舟为两百余名学生讲述自己的工作故事。\n"
)

CAPTIONS = (
    "青禾区总工会开展劳模进课堂活动\n"
    "4月8日，青禾区总工会启动“劳模进课堂”活动，首站来到青禾区实验小学。\n"
    "劳模讲故事\n"
    "学生认真听\n"
    "师生合影留念\n"
)


def test_a_posts_opening_phrase_lines_are_one_body_paragraph():
    page = layout(split_blocks(POST))
    roles = {p.block.plain: p.role for p in page.placed}
    assert roles["青禾区总工会：劳模走进课堂"] == "headline"
    assert roles["四月的课堂\n春风拂面\n几位特别的客人\n来到了学生中间"] == "body"


def test_short_lines_after_the_text_are_no_paragraph():
    roles = {p.block.plain: p.role for p in layout(split_blocks(CAPTIONS)).placed}
    assert "劳模讲故事\n学生认真听\n师生合影留念" not in roles


MEETING = (
    "青禾区总工会召开三届二次全委（扩大）会议\n"
    "青禾工会\n"
    "2025年3月22日 18:06 浙江\n"
    "3月21日下午\n"
    "青禾区总工会三届二次全委（扩大）会议\n"
    "在区工人文化宫召开\n"
    "各街道总工会主席\n"
    "区委常委柏云舟出席会议并讲话。区总工会主席祁晓岚作工作报告。\n"
)


def test_an_opening_line_may_print_a_meetings_bracketed_name():
    roles = {p.block.plain: p.role for p in layout(split_blocks(MEETING)).placed}
    assert roles["青禾区总工会召开三届二次全委（扩大）会议"] == "headline"
    opening = (
        "3月21日下午\n青禾区总工会三届二次全委（扩大）会议\n在区工人文化宫召开\n各街道总工会主席"
    )
    assert roles[opening] == "body"

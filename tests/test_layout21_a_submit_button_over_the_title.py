"""A news site's button for sending it a story (``投稿``, ``我要投稿``) printed alone over
a copy's title is the page's furniture, not the headline's kicker (session 35, layout21,
read on a provincial culture portal's copy of a union's contest launch). A sentence
about submissions keeps its words. Invented pages."""

from __future__ import annotations

import pytest

from tests.conftest import block_roles

TEXT = (
    "青海省职工劳动和技能竞赛启动\n"
    "来源/ 作者/ 时间/2023-04-21 11:03:43\n"
    "4月20日上午，由省总工会等单位主办的2023年青海省职工劳动和技能竞赛启动仪式在西宁举行。"
    "省总工会主席马玉兰出席并宣布竞赛启动。\n"
)


@pytest.mark.parametrize("button", ["投稿", "我要投稿"])
def test_the_button_is_furniture(button):
    roles = block_roles(f"{button}\n{TEXT}")
    assert roles[button] == "furniture"
    assert roles["青海省职工劳动和技能竞赛启动"] == "headline"


def test_a_sentence_about_submissions_stays_text():
    line = "活动开展以来，两天收到职工投稿三百余件。"
    roles = block_roles(f"{TEXT}{line}\n")
    assert roles[line] == "body"

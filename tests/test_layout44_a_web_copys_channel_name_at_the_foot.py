"""A web copy of a county or district union's site may repeat the name of the channel it
was filed under alone on the page's last line, under the text (``工会要闻``, ``基层动态``,
``通知公告``): the site's label, furniture, never a photo's caption nor a headline. A short
line that names no channel (``活动现场``) is left as it was read, and a channel's name
over text is no foot. Invented text in the shape of union sites' copies (session 43)."""

from __future__ import annotations

import pytest

from gonghui_build.layout.channel_foot import names_a_channel
from tests.conftest import layout_roles

PAGE = (
    "河西县总工会召开全委扩大会议\n"
    "2024-01-22 10:35  来源：河西县总工会\n"
    "1月20日，河西县总工会召开十届五次全委（扩大）会议，总结2023年工作，部署2024年任务。\n"
    "会议选举产生了河西县总工会新一届经费审查委员会。\n"
)


@pytest.mark.parametrize("channel", ["工会要闻", "基层动态", "通知公告", "县区快讯"])
def test_a_channel_name_under_the_text_is_furniture(channel: str) -> None:
    roles = layout_roles(PAGE + channel + "\n")
    assert roles[channel] == ("furniture", None)
    assert roles["河西县总工会召开全委扩大会议"][0] == "headline"


def test_names_that_are_no_channel() -> None:
    assert not names_a_channel("活动现场")
    assert not names_a_channel("河西县总工会召开全委扩大会议")
    assert names_a_channel("工会新闻")


def test_a_channel_name_over_text_is_left_alone() -> None:
    page = "工会要闻\n" + PAGE
    roles = layout_roles(page)
    assert roles["河西县总工会召开全委扩大会议"][0] == "headline"
    assert roles["工会要闻"][0] != "headline"

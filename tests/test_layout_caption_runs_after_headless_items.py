"""A run of lines left after the text of a headless item — its photos' captions
(``某某为先进个人颁奖`` three times) or a list of links to other days' events — holds no
title printed after the text: none of them is the item's headline. Pinned with invented
pages in the shapes of an institute union's report with its photos' captions and a
"this day in history" page with its list of links."""

from __future__ import annotations

from tests.conftest import block_roles

AWARD_CAPTIONS = """3月8日，青禾研究所工会举行先进表彰会，表彰优秀工会工作者和工会积极分子，会议由所工会副主席邵明川主持。
此次共表彰林书远等8名优秀工会工作者和葛春林等15名工会积极分子。所长柏晓川、工会主席邬青禾为获奖代表颁奖。
柏晓川为优秀工会工作者颁奖
邬青禾为工会积极分子颁奖
邵明川为先进女职工代表颁奖
"""


def test_photo_captions_after_a_headless_items_text_are_no_headline():
    roles = block_roles(AWARD_CAPTIONS)
    assert "headline" not in roles.values()
    assert roles["柏晓川为优秀工会工作者颁奖"] != "headline"


LINKED_DAYS = """在80年前的今天，青禾纱厂三千名工人为要求增加工资举行罢工。
罢工持续了九天，厂方最终答应增加工资一成，并承认工人俱乐部。
[ 1931 年 ] 6月2日 青禾码头工人成立搬运工会
[ 1948 年 ] 6月2日 东岭铁路工人护厂迎接解放
[ 1956 年 ] 6月2日 柳营机床厂召开第一届职工代表大会
"""


def test_a_list_of_links_after_the_text_is_no_headline():
    roles = block_roles(LINKED_DAYS)
    assert "headline" not in roles.values()

"""A campaign's slogan of two phrases with a blank between, before a bar, heading a county
union's post (``岁寒情更浓 工会送温暖丨标题``; session 49, read on county unions' posts and
sites, which print such slogans as papers print a series' name in 【】): the slogan is no
part of the headline, as a column's name before a bar is not. A credit's names before a
bar (``摄影 某某丨``, ``某某 某某丨``) stay as they were. Invented text."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_marks import title_mark_cut
from tests.conftest import layout_articles

POST = """\
{title}
青禾县总工会
2024年01月30日 17:12 河北
1月29日，青禾县总工会主席韩秋生带队，
先后深入县医院、城南建设工地，
走访慰问困难职工和一线职工共计80人。
来源：青禾县总工会
"""


def test_a_slogans_two_phrases_before_a_bar_are_cut_off_the_headline() -> None:
    articles = layout_articles(POST.format(title="冬日送暖意 工会伴你行丨青禾县总工会开展走访慰问"))
    assert len(articles) == 1
    assert articles[0][0] == ("headline", "青禾县总工会开展走访慰问")


@pytest.mark.parametrize("credit", ["摄影 韩秋生丨", "韩秋 林青丨"])
def test_a_credits_names_before_a_bar_are_no_slogan(credit: str) -> None:
    assert title_mark_cut(f"{credit}青禾县总工会开展走访慰问活动") is None

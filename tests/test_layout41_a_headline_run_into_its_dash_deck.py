"""A profile's headline and its deck run into one line by a text layer that lost the
break between them (``守护万家灯火——记变电运维班长某某``, or a column's name before the
dash: ``一线风采——记省五一劳动奖章获得者、某某公司班长某某``): the article's headline,
kept whole as the gold keeps a one-line head with its dash, though it ends on a titled
name and runs past a plain headline's length — not a portrait's caption, which left the
profile with no headline. A portrait's caption (a titled name alone) and a dash before
``记者`` are as before. Invented profiles in the shape of provincial workers' papers'
e-paper items read in session 42."""

from __future__ import annotations

import pytest

from gonghui_build.layout.display import dash_decked
from tests.conftest import layout_heads

BODY = (
    "\n本报记者 蓝海涛\n\n"
    "凌晨两点，南岭供电公司220千伏变电站里灯火通明，邱振宇带着班组成员正在抢修一台故障开关。\n"
    "从业18年，他带出的徒弟中已有6人成为技术骨干。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "守护万家灯火——记变电运维班长邱振宇",
        "一线风采——记省五一劳动奖章获得者、南岭供电公司变电运维班长邱振宇",
        "电网的“守夜人”——访省劳动模范邱振宇",
    ],
)
def test_a_headline_run_into_its_deck_is_the_headline(head: str):
    assert layout_heads(head + BODY) == [[("headline", head)]]


def test_a_headline_over_its_deck_on_two_lines_is_as_before():
    heads = layout_heads("守护万家灯火\n——记变电运维班长邱振宇" + BODY)
    assert heads == [[("headline", "守护万家灯火")]]


def test_a_dash_before_a_reporter_is_no_deck():
    assert not dash_decked("工会送清凉——记者跟随慰问组走进工地")
    assert dash_decked("守护万家灯火——记变电运维班长邱振宇")


def test_a_sentence_with_a_deck_shape_is_no_deck():
    assert not dash_decked("他说——记住这一天。")

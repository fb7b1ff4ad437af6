"""Winners after a prize's label and a colon: a name whose given name is a word (王海洋,
the sea) the model reads right after ``一等奖：`` is a person, the label its second
signal as a list's 、 is; on a line of a label, a unit and, after a blank, names joined
by 、, the names are people whatever they mean as words (高峰, 周密). A body's name after
the blank (a team's) and a line of no prize's label read no such name. Invented names
and units (s41, people26)."""

from __future__ import annotations

from gonghui_build.extract.people.prize_labels import after_a_prize_label
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_worded_given_name_after_a_prize_label_is_a_person():
    body = "比赛评出个人奖项。一等奖：王海洋（焊工）；二等奖：李建国（电工）。"
    assert _people(body) == ["李建国", "王海洋"]


def test_a_prize_label_ends_right_before_the_name():
    text = "比赛评出个人奖项。一等奖：王海洋"
    assert after_a_prize_label(text, text.index("王"))
    assert not after_a_prize_label("获奖职工王海洋", 4)
    assert not after_a_prize_label("优秀组织奖：王海洋", 6)  # no individual grade


def test_word_names_after_a_unit_on_a_prize_line_are_people():
    body = (
        "5月9日，青禾重工焊工技能大赛举行。\n一等奖：装配车间 高峰\n二等奖：铸造车间 周密、林海\n"
    )
    assert _people(body) == ["周密", "林海", "高峰"]


def test_a_team_after_the_unit_is_no_person():
    body = "5月9日，青禾重工技能大赛举行。\n一等奖：青禾集团 东湖队\n"
    assert _people(body) == []


def test_a_line_of_no_prize_label_reads_no_word_name():
    body = "5月9日，青禾重工技能大赛举行。\n参赛单位：装配车间 高峰\n"
    assert "高峰" not in _people(body)

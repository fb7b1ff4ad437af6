"""Two triggers the vocabulary lacked: 龙舟赛, a dragon-boat race a union holds for its
workers (real_dev21: 首届职工龙舟赛在某江水域举行, lost), and 训练班, the older papers'
word for a training class (real_dev21's 1984 page: 第一期基层工会主席训练班…结业, lost).
Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _read(text: str) -> list[tuple[str, Category]]:
    return [(a.name, a.category) for a in find_activities([text])]


def test_a_dragon_boat_race_is_a_competition():
    text = "6月12日，青禾市总工会主办的首届职工龙舟赛在青禾江水域举行。"
    assert ("首届职工龙舟赛", Category.competition) in _read(text)


def test_a_training_class_is_training():
    text = "青禾地区总工会举办的第一期基层工会主席训练班，于五月底结业，四十名学员参加学习。"
    assert ("第一期基层工会主席训练班", Category.training) in _read(text)

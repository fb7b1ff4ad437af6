"""A body credited in brackets on the line closing an item (``（某市总工会宣教部）``) is
one of the item's organisations (the tuning sets list every such credit), while a
person's bracketed credit names none. Invented names."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = (
    "青川县职工篮球赛开赛\n"
    "发布时间：2022-09-23 来源：青川县总工会\n"
    "9月21日，青川县职工篮球赛在县体育馆开赛，来自全县12支代表队的96名选手参赛。\n"
    "据悉，比赛为期3天。\n"
    "（{credit}）\n"
)


def _resolved(credit: str) -> set[str]:
    article = page_facts(_PAGE.format(credit=credit)).articles[0]
    return {o.resolved.name for o in article.orgs if o.resolved}


def test_a_unions_department_credited_in_brackets_is_listed():
    assert "青川县总工会宣传部" in _resolved("青川县总工会宣传部")


def test_a_persons_bracketed_credit_names_no_body():
    assert _resolved("王立群") <= {"青川县总工会"}

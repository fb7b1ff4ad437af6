"""A comment box closed by its writer's name alone (``短评`` / headline / text / ``某某``)
on a page whose feature credits the same name as the paper's reporter (``本报记者 某某``):
a bare name reads as a correspondent's, so the page's own reporter was made a
correspondent of the comment. The page says who the name is: a bare credit takes the
role a worded credit of the same page gives that name. Invented names and items."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = (
    "某某职工报\n"
    "第03版：劳模风采\n"
    "十年守护一座变电站\n"
    "本报记者 柯明远 通讯员 简书雅\n"
    "凌晨两点，某供电公司变电运维班班长卢海平又一次走进了主控室。\n"
    "短评\n"
    "让工匠精神落地生根\n"
    "工匠就在身边。各级工会要把工匠的经验用起来，让更多职工成长成才。\n"
    "柯明远\n"
)


def _roles(text: str) -> list[set[tuple[str, str]]]:
    return [{(a.name, a.role.value) for a in art.authors} for art in page_facts(text).articles]


def test_a_bare_signature_of_the_pages_reporter_is_a_reporter() -> None:
    roles = _roles(_PAGE)
    assert {("柯明远", "reporter"), ("简书雅", "correspondent")} <= roles[0]
    assert roles[-1] == {("柯明远", "reporter")}


def test_a_bare_signature_of_a_name_the_page_credits_nowhere_else_is_unchanged() -> None:
    roles = _roles(_PAGE.replace("本报记者 柯明远", "本报记者 邵文杰"))
    assert roles[-1] == {("柯明远", "correspondent")}

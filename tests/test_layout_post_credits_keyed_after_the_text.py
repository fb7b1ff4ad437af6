"""Session 27 (layout): a WeChat post or a union site's copy closes its text with its
writer and photographer keyed by a colon or a bar, on one line or one a line
(``文字｜某某 图片｜某某``, ``文字：某某`` / ``图片：某某``, ``撰稿：某某``), then its
editors (``编辑｜某某``, ``审核：某某``). The keyed credits were taken for the page's
furniture (a bar read as a menu's), or the first of them for the headline of a new
article over the second as its byline. They are the post's byline, giving its
authors; the editors' keys stay furniture. All names are invented."""

from __future__ import annotations

from tests.conftest import layout_roles, page_facts

TEXT = (
    "北塘区总工会开展送温暖活动\n"
    "1月15日，北塘区总工会开展送温暖活动，走访慰问困难职工120户。\n"
    "区总工会表示，将持续做好困难职工帮扶工作。\n"
)


def _authors(page: str) -> set[tuple[str, str]]:
    facts = page_facts(page)
    assert len(facts.articles) == 1
    return {(a.name, a.role.value) for a in facts.articles[0].authors}


def test_a_writer_and_a_photographer_keyed_one_a_line_close_the_post():
    page = TEXT + "文字：车小林\n图片：樊一\n"  # a name the surname list reads weakly
    assert _authors(page) == {("车小林", "reporter"), ("樊一", "photographer")}
    assert layout_roles(page)["文字：车小林"] == ("byline", 0)


def test_credits_keyed_by_bars_on_one_line_are_the_byline_not_a_menu():
    page = TEXT + "文字｜杨晓燕 图片｜岩温\n初审｜樊一鸣\n"
    assert _authors(page) == {("杨晓燕", "reporter"), ("岩温", "photographer")}
    roles = layout_roles(page)
    assert roles["文字｜杨晓燕 图片｜岩温"] == ("byline", 0)
    assert roles["初审｜樊一鸣"] == ("furniture", None)


def test_editors_keyed_by_bars_stay_furniture():
    roles = layout_roles(TEXT + "编辑｜覃立新\n审核｜蒙志远\n")
    assert roles["编辑｜覃立新"] == ("furniture", None)
    assert roles["审核｜蒙志远"] == ("furniture", None)

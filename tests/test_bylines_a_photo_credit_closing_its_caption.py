"""The photographer a photo's caption names at its end: a photo credit in brackets
(``…报告会现场（某某·某某 摄）``, a city yearbook's captions) or a site's author key after
a blank (``图为讲座现场。    作者:某某``, a county-level city union's site); real_dev3 and
real_dev10 read so. A caption with no credit names no author. Invented text."""

from __future__ import annotations

from tests.conftest import page_facts

HEAD = (
    "青禾市总工会举办新业态劳动者权益保护讲座\n"
    "5月15日，青禾市总工会在市职工服务中心举办新业态劳动者权益保护讲座，"
    "80余名快递员、外卖送餐员参加。\n"
    "讲座结束后，市总工会工作人员现场为20名劳动者办理了入会手续。\n"
)


def _authors(caption: str) -> set[tuple[str, str]]:
    facts = page_facts(HEAD + caption + "\n办理入会手续\n发放维权手册\n")
    return {(a.name, a.role.value) for art in facts.articles for a in art.authors}


def test_a_sites_author_key_after_a_caption_names_its_photographer() -> None:
    assert _authors("图为讲座现场。    作者:蔺子墨") == {("蔺子墨", "photographer")}


def test_a_bracketed_photo_credit_closing_a_caption_names_its_photographer() -> None:
    assert _authors("图为讲座现场（买买提江·吾守尔 摄）") == {("买买提江·吾守尔", "photographer")}


def test_a_caption_without_a_credit_names_no_author() -> None:
    assert _authors("图为讲座现场。") == set()

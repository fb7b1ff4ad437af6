"""A portal's credit run into its copy's last line, the site's name glued to the role
word and the reporter's name glued to the correspondent's role word (``…热情。 某某网记者
某某通讯员 某某 某某 报道``): the reporter and the correspondents, as a byline printed so
reads them. Read in session 37 on a provincial portal's copy of a county union's award
ceremony; invented text."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole
from tests.conftest import page_facts

PAGE = (
    "临河县总工会举行主题征文颁奖仪式\n"
    "7月6日，临河县总工会“奋进新时代”主题征文颁奖仪式在县工人文化宫举行。\n"
    "此次征文活动共征集作品60篇，评选出一等奖2名、二等奖3名、三等奖5名。"
    "活动激发了广大职工爱岗敬业的热情。{credit}\n"
)


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_a_sites_reporter_and_correspondents_closing_the_text_are_its_authors() -> None:
    found = _authors(PAGE.format(credit=" 齐鲁视界网记者岳晓彤通讯员 管德林 邵春雨 报道"))
    assert found == {
        ("岳晓彤", "reporter"),
        ("管德林", "correspondent"),
        ("邵春雨", "correspondent"),
    }


def test_the_glued_byline_splits_before_the_correspondents_role_word() -> None:
    found = parse_byline("青禾网记者郑文雪通讯员 张静 臧怀生 报道", AuthorRole.correspondent, True)
    assert [(a.name, a.role.value) for a in found] == [
        ("郑文雪", "reporter"),
        ("张静", "correspondent"),
        ("臧怀生", "correspondent"),
    ]


def test_a_last_sentence_naming_a_sites_reporter_is_no_credit() -> None:
    found = _authors(PAGE.format(credit="获奖职工接受了青禾网记者的采访。"))
    assert found == set()

"""A credit closing an article that prints a role word and a slash or a colon before
each name (``（文/某某 图/某某）``, ``文字：某某　图片：某某``): the first the reporter,
the second the photographer. Invented text in the shape of an enterprise union's site."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts

PAGE = """\
公司第三届青工技能比武收官
发布时间：2023-06-02 浏览次数：208
5月30日，青川机床有限公司第三届青工技能比武决赛在公司实训楼举行，四十二名青年职工参赛。
公司工会主席范立新为获奖选手颁奖。
（文/苗雨青 图/程晓岚）
上一篇：公司工会举办职工读书分享会
"""


def test_a_slashed_credit_at_the_texts_end_gives_reporter_and_photographer() -> None:
    article = page_facts(PAGE).articles[0]
    assert {(a.name, a.role.value) for a in article.authors} == {
        ("苗雨青", "reporter"),
        ("程晓岚", "photographer"),
    }


def test_a_credit_keyed_with_colons_gives_each_name_its_role() -> None:
    found = parse_byline("文字：汤若岚　图片：柏文舟", end_credit=True)
    assert [(a.name, a.role.value) for a in found] == [
        ("汤若岚", "reporter"),
        ("柏文舟", "photographer"),
    ]


def test_names_before_their_marks_still_read_as_before() -> None:
    found = parse_byline("□本报记者 汤若岚/文 柏文舟/摄")
    assert [(a.name, a.role.value) for a in found] == [
        ("汤若岚", "reporter"),
        ("柏文舟", "photographer"),
    ]

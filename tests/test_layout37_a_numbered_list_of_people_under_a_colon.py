"""A list of people printed one a line, each numbered with an Arabic numeral and the name
first (``1.某某 某单位职务``), here under ``名单如下：``, three or more in a row as a roster's
lines are: each line is a body paragraph (``ANNOTATION.md``: a list printed one item a line after a colon has
one body paragraph a line), not a section heading as a numbered line alone is read. The
same lines unnumbered already read so; numbered lines that say what to do
(``1.加强组织建设``) stay headings. Invented text in the shape of union sites' honours
reports read in session 40."""

from __future__ import annotations

from tests.conftest import layout_articles

HEAD = (
    "温江区总工会表彰一批优秀工会工作者\n"
    "本报讯（通讯员 滕悦）4月27日，温江区总工会召开表彰大会，对优秀工会工作者进行表彰。\n"
    "受表彰人员名单如下：\n"
)
ROWS = (
    "1.邝明远 温江区永宁街道总工会主席\n"
    "2.庞丽君 温江区人民医院工会副主席\n"
    "3.聂长青 成都顺达物流有限公司工会主席\n"
)
CLOSE = "区总工会常务副主席戚文博为受表彰人员颁发证书。\n"


def _role_of(text: str, page: str) -> str:
    (article,) = layout_articles(page)
    return next(role for role, t in article if t.strip() == text)


def test_each_numbered_name_line_is_a_body_paragraph() -> None:
    page = HEAD + ROWS + CLOSE
    for row in ROWS.splitlines():
        assert _role_of(row, page) == "body"


def test_the_numbers_may_be_followed_by_a_comma_mark() -> None:
    page = HEAD + ROWS.replace(".", "、") + CLOSE
    assert _role_of("2、庞丽君 温江区人民医院工会副主席", page) == "body"


def test_numbered_tasks_stay_headings() -> None:
    tasks = "1.加强组织建设\n全区新建基层工会二十家。\n2.深化劳动竞赛\n全区开展竞赛三十项。\n"
    page = HEAD.replace("受表彰人员名单如下：\n", "") + tasks
    assert _role_of("1.加强组织建设", page) != "body"

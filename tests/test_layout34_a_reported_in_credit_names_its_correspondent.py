"""``（报送：某厂工会 某某）``, ``（某某供稿）``: who reported a union's news in to the paper or
the federation. 报送 was no credit word, so the line was read as a photo caption and no
one was credited; a unit keyed before the name kept the credit from being read; and a
name glued to 供稿 was read as a reporter named ``某某供稿``. 报送 is 供稿's twin (a
correspondent, or a body and no author), glued or after a blank. Invented text in the
shape of union sites' closing credits read in session 39."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.layout.end_credits import is_credit_line
from tests.conftest import page_facts


def _roles(credit: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(credit, end_credit=True)}


def test_a_unit_keyed_before_the_name_is_a_credit_line() -> None:
    assert is_credit_line("（报送：兰溪纺织厂工会 祁远航）")
    assert is_credit_line("（供稿：兰溪纺织厂工会 祁远航）")
    assert _roles("（报送：兰溪纺织厂工会 祁远航）") == {("祁远航", "correspondent")}
    assert _roles("（供稿：兰溪纺织厂工会 祁远航）") == {("祁远航", "correspondent")}


def test_a_name_glued_to_the_supplying_word_is_a_correspondent() -> None:
    assert _roles("（祁远航供稿）") == {("祁远航", "correspondent")}
    assert _roles("（祁远航报送）") == {("祁远航", "correspondent")}
    assert _roles("（祁远航 供稿）") == {("祁远航", "correspondent")}
    assert _roles("（褚晓岚供图）") == {("褚晓岚", "photographer")}


def test_a_body_that_supplied_or_reported_names_no_author() -> None:
    assert is_credit_line("（兰溪纺织厂工会报送）")
    assert _roles("（兰溪纺织厂工会报送）") == set()
    assert _roles("（院工会供稿）") == set()


def test_a_supplying_key_before_a_name_keeps_its_reading() -> None:
    assert _roles("供图 褚晓岚") == {("褚晓岚", "photographer")}
    assert _roles("（文/祁远航 供图 褚晓岚）") == {
        ("祁远航", "reporter"),
        ("褚晓岚", "photographer"),
    }


def test_no_unit_keyed_where_the_word_is_no_body() -> None:
    assert not is_credit_line("（报送：请于月底前报送市总工会）")


def test_on_a_page_the_reporting_correspondent_is_the_author() -> None:
    page = (
        "兰溪纺织厂工会开展女职工健康讲座\n"
        "5月9日，兰溪纺织厂工会邀请市人民医院专家为120余名女职工开展健康讲座。\n"
        "厂工会主席戚文博主持讲座。\n"
        "（报送：兰溪纺织厂工会 祁远航）\n"
    )
    authors = {(a.name, a.role.value) for art in page_facts(page).articles for a in art.authors}
    assert authors == {("祁远航", "correspondent")}

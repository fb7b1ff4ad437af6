"""A provincial paper's web copy opens with a dateline that names the paper's site in a
bracket before its mark (``某某日报（某某网）消息（记者 某某）``). The byline's reader
looked only in the first bracket, found the site there with no mark before it, and
credited no one. The names are in the first bracket after the dateline's mark. Invented
text in the shape of real_dev8's web copy of a provincial daily."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def _roles(byline: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(byline)}


def test_the_reporter_is_in_the_bracket_after_the_mark() -> None:
    assert _roles("兰溪日报（兰溪新闻网）消息（记者 祁远航）") == {("祁远航", "reporter")}
    assert _roles("兰溪日报（兰溪新闻网）讯（记者 祁远航 通讯员 褚晓岚）") == {
        ("祁远航", "reporter"),
        ("褚晓岚", "correspondent"),
    }


def test_one_bracket_datelines_read_as_before() -> None:
    assert _roles("兰溪日报消息（记者 祁远航）") == {("祁远航", "reporter")}
    assert _roles("本报讯（记者 祁远航）") == {("祁远航", "reporter")}


def test_on_a_page_the_reporter_is_the_items_author() -> None:
    page = (
        "兰溪市总工会举办职工新春联欢会\n"
        "兰溪日报（兰溪新闻网）消息（记者 祁远航）新春联欢会上，职工代表讲着不能回家过年的心事。\n"
        "1月27日，兰溪市总工会举办新春联欢会，200余名一线职工参加。\n"
    )
    authors = {(a.name, a.role.value) for art in page_facts(page).articles for a in art.authors}
    assert authors == {("祁远航", "reporter")}

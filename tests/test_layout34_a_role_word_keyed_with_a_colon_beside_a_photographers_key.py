"""``记者：某某 摄影：某某``: a credit keying the reporter with the role word and a colon,
the photographer with 摄影 and a colon. The keyed reader knew 摄影 but not 记者 as a key,
so the credit fell to the token reader, which read the reporter and lost the
photographer. A role word with a colon keys its name as a keyed role does, and a name
printed with no blank before the next key and its colon ends where that key starts. Invented text
in the shape of county media centres' and union sites' credits read in session 39."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def _roles(credit: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(credit)}


def test_reporter_and_photographer_each_keyed_with_a_colon() -> None:
    assert _roles("记者：祁远航 摄影：褚晓岚") == {
        ("祁远航", "reporter"),
        ("褚晓岚", "photographer"),
    }


def test_correspondent_keyed_with_a_colon_beside_a_writer() -> None:
    assert _roles("文字：祁远航 通讯员：褚晓岚") == {
        ("祁远航", "reporter"),
        ("褚晓岚", "correspondent"),
    }


def test_a_name_run_on_to_the_next_key_ends_where_the_key_starts() -> None:
    # 记者：某某通讯员：某某 (no blank): the name read whole was 朴明花通讯员, no name
    assert _roles("记者：朴明花通讯员：崔英男") == {
        ("朴明花", "reporter"),
        ("崔英男", "correspondent"),
    }


def test_on_a_page_both_are_the_items_authors() -> None:
    page = (
        "兰溪市总工会举办职工趣味运动会\n"
        "本报讯 5月9日，兰溪市总工会在市体育馆举办职工趣味运动会，全市26支代表队参加。\n"
        "市总工会副主席戚文博宣布运动会开幕。\n"
        "记者：祁远航 摄影：褚晓岚\n"
    )
    authors = {(a.name, a.role.value) for art in page_facts(page).articles for a in art.authors}
    assert authors == {("祁远航", "reporter"), ("褚晓岚", "photographer")}

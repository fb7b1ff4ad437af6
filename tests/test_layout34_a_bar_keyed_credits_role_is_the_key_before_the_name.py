"""A WeChat post keys each name of its credit with a bar and blanks on both sides
(``文 | 某某  图 | 某某``). The reader took the second key (图) for a mark closing the
first name, so the writer became the photographer and the photographer the writer. A
word a bar, a colon or a slash follows is the next key, not a name of the list before it.
Invented text in the shape of union posts read in session 39."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def _roles(credit: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(credit)}


def test_spaced_bars_key_each_name_with_the_word_before_it() -> None:
    assert _roles("文 | 祁远航  图 | 褚晓岚") == {
        ("祁远航", "reporter"),
        ("褚晓岚", "photographer"),
    }


def test_spaced_colons_and_slashes_key_the_same_way() -> None:
    assert _roles("文字 ： 祁远航  图片 ： 褚晓岚") == {
        ("祁远航", "reporter"),
        ("褚晓岚", "photographer"),
    }
    assert _roles("文 / 祁远航 图 / 褚晓岚") == {("祁远航", "reporter"), ("褚晓岚", "photographer")}


def test_a_keys_list_of_names_is_still_read_whole() -> None:
    assert _roles("图文 | 祁远航 褚晓岚") == {
        ("祁远航", "reporter"),
        ("祁远航", "photographer"),
        ("褚晓岚", "reporter"),
        ("褚晓岚", "photographer"),
    }
    assert _roles("文｜祁远航 图｜褚晓岚") == {("祁远航", "reporter"), ("褚晓岚", "photographer")}


def test_on_a_post_the_writer_and_the_photographer_keep_their_roles() -> None:
    page = (
        "兰溪市总工会举办职工趣味运动会\n"
        "文 | 祁远航  图 | 褚晓岚\n"
        "5月9日，兰溪市总工会在市体育馆举办职工趣味运动会，全市26支代表队参加。\n"
        "市总工会副主席戚文博宣布运动会开幕。\n"
        "编辑 | 庞思雨\n"
    )
    authors = {(a.name, a.role.value) for art in page_facts(page).articles for a in art.authors}
    assert authors == {("祁远航", "reporter"), ("褚晓岚", "photographer")}

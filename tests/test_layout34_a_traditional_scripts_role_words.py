"""A site in traditional script closes its union news with ``（記者 某某）``: the layout
read the credit, but the byline's reader knew 记者 only in simplified script and gave
the name as an author. The pipeline reads a traditional page through its simplified
view (``text/script.py``), so its role words give the same roles as simplified print's,
with no traditional entry of their own. Invented credits in the shape of a Hong Kong
paper's and a BIG5 news copy read in session 39, read as a page is (``parse_page``)."""

from __future__ import annotations

from tests.conftest import page_facts

_HEAD = "臨江市總工會慰問環衛工人\n\n"
_BODY = "市總工會副主席歐陽靜宜帶隊走訪慰問一線環衛工人，送去慰問品。"


def _roles(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_a_traditional_closing_credit_names_the_reporter() -> None:
    assert _roles(f"{_HEAD}{_BODY}（記者 祁遠航）\n") == {("祁远航", "reporter")}


def test_a_traditional_byline_names_reporter_and_correspondent() -> None:
    assert _roles(f"{_HEAD}本報記者 祁遠航 通訊員 褚曉嵐\n\n{_BODY}\n") == {
        ("祁远航", "reporter"),
        ("褚晓岚", "correspondent"),
    }


def test_simplified_role_words_read_as_before() -> None:
    text = "临江市总工会慰问环卫工人\n\n市总工会副主席欧阳静宜带队走访慰问一线环卫工人，送去慰问品。（记者 祁远航）\n"
    assert _roles(text) == {("祁远航", "reporter")}

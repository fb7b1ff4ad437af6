"""A bare 工会 title printed after a post of a place's Party committee, people's congress,
CPPCC or government in one chain (某区人大常委会副主任、工会主席某某; 某县委常委、工会
主席某某) is the chair of the place's federation of unions (某区总工会), as 总工会 printed
there is: those bodies have no union of their own a chain prints so. A street's working
committee still names its street's union, a town's Party committee its town's, and an
enterprise's post its own union. Invented names; real places."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_after_a_congress_vice_chair():
    body = "德清县人大常委会副主任、工会主席钮三杰陪同慰问。"
    assert _posts(body, "钮三杰") == {("副主任", "德清县人大常委会"), ("主席", "德清县总工会")}


def test_after_a_standing_member_of_the_party_committee():
    body = "德清县委常委、工会主席钮三杰陪同慰问。"
    assert _posts(body, "钮三杰") == {("常委", "德清县委"), ("主席", "德清县总工会")}


def test_after_a_cppcc_vice_chair():
    body = "德清县政协副主席、工会主席钮三杰陪同慰问。"
    assert _posts(body, "钮三杰") == {("副主席", "德清县政协"), ("主席", "德清县总工会")}


def test_a_federation_printed_there_is_read_as_before():
    body = "德清县人大常委会副主任、总工会主席钮三杰陪同慰问。"
    assert _posts(body, "钮三杰") == {("副主任", "德清县人大常委会"), ("主席", "德清县总工会")}


def test_a_towns_party_post_keeps_the_towns_union():
    body = "吴兴区织里镇党委副书记、工会主席钮三杰陪同慰问。"
    assert _posts(body, "钮三杰") == {("副书记", "吴兴区织里镇党委"), ("主席", "吴兴区织里镇工会")}


def test_an_enterprises_party_post_keeps_its_own_union():
    body = "湖州丝绸厂党委副书记、工会主席钮三杰陪同慰问。"
    assert _posts(body, "钮三杰") == {("党委副书记", "湖州丝绸厂"), ("主席", "湖州丝绸厂工会")}

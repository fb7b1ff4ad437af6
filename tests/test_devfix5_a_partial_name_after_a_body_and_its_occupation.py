"""A partial name (郜师傅, 老郜, 小郜, 郜大姐) printed right after a body's name and an
occupation (某货运公司司机郜师傅说, 某机床厂焊工老郜) holds that occupation at that body, as a
full name printed there does (``described.described_posts``); before, the post described
before a partial name was never read, and the occupation rule leaves a post whose body is
printed with it to that reading, so the person had no post at all (real_dev4, real_dev2:
a freight firm's driver 周师傅, 老郑 in the tuning gold). Near misses: a body of no name
(物流公司的郜师傅) or a noun for staff rather than a trade (窗口工作人员, ``titles.yaml``
not_posts, for a full name too) gives no post; a bare occupation keeps no body; a union
officer's chain is read as before. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_master_after_a_freight_firm_and_driver():
    body = "鹤城快运公司司机郜师傅说，驿站里有微波炉、急救箱。"
    assert _posts(body, "郜师傅") == {("司机", "鹤城快运公司")}


def test_an_old_hand_after_a_plant_and_a_trade():
    body = "“工会把清凉送到了工地上。”鹤城机床厂焊工老郜擦着汗说。"
    assert _posts(body, "老郜") == {("焊工", "鹤城机床厂")}


def test_a_young_courier_after_a_branch_of_a_firm():
    body = "“手套保暖又防滑。”顺风速运鹤城分公司快递员小郜说。"
    assert _posts(body, "小郜") == {("快递员", "顺风速运鹤城分公司")}


def test_an_elder_sister_after_a_mill_and_a_trade_ending_in_gong():
    body = "鹤城棉纺厂挡车工郜大姐说，工会的夜校办到了车间门口。"
    assert _posts(body, "郜大姐") == {("挡车工", "鹤城棉纺厂")}


def test_a_body_of_no_name_gives_no_post():
    body = "物流公司的郜师傅接过礼包后笑着说，真是暖到了心里。"
    assert _posts(body, "郜师傅") == set()


def test_staff_at_a_service_hall_is_no_trade():
    body = "来自凤岭区政务服务中心的窗口工作人员郜女士说，今天的讲座很实用。"
    assert _posts(body, "郜女士") == set()


def test_staff_before_a_full_name_is_no_trade_either():
    body = "鹤城市政务服务中心窗口工作人员郜丽萍说，今天的讲座很实用。"
    assert _posts(body, "郜丽萍") == set()


def test_a_bare_occupation_keeps_no_body():
    assert _posts("司机郜师傅说，驿站里有热水。", "郜师傅") == {("司机", None)}


def test_a_full_name_after_the_body_is_unchanged():
    body = "鹤城快运公司司机郜建国说，驿站里有微波炉。"
    assert _posts(body, "郜建国") == {("司机", "鹤城快运公司")}


def test_a_union_officers_title_is_unchanged():
    body = "鹤城县总工会主席郜师傅一行慰问了环卫工人。"
    assert _posts(body, "郜师傅") == {("主席", "鹤城县总工会")}

"""A post held at a body that ends like no occupation (``titles.yaml`` post_endings:
司机, 炉长, 机长), printed after a section of the enterprise printed without it (…某公司
工会开展劳动竞赛。炼钢车间炉长某某), is held at the enterprise's section, as an
occupation there is (轧钢车间操作工某某); a noun for workers there (职工) is still no
post. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts

_OPENING = "鹤城钢铁有限公司工会开展劳动竞赛。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_furnace_head_after_a_workshop():
    body = _OPENING + "炼钢车间炉长鲍立新、轧钢车间操作工夏婷玉被评为标兵。"
    assert _posts(body, "鲍立新") == {("炉长", "鹤城钢铁有限公司炼钢车间")}
    assert _posts(body, "夏婷玉") == {("操作工", "鹤城钢铁有限公司轧钢车间")}


def test_a_machine_crew_head_after_a_workshop():
    body = _OPENING + "拉丝车间机长鲍立新被评为标兵。"
    assert _posts(body, "鲍立新") == {("机长", "鹤城钢铁有限公司拉丝车间")}


def test_a_lorry_driver_after_a_workshop():
    body = _OPENING + "运输车间货车司机鲍立新被评为标兵。"
    assert _posts(body, "鲍立新") == {("货车司机", "鹤城钢铁有限公司运输车间")}


def test_a_workshops_worker_holds_no_post():
    article = page_facts(news_page(_OPENING + "炼钢车间职工鲍立新被评为标兵。")).articles[0]
    assert not article.positions

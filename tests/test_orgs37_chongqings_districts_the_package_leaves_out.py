"""重庆's 江北区 and 渝北区 are divisions (``divisions.yaml``, added by
``gonghui_dev.divisions``' MISSING_COUNTIES: the package lists only the development
zone 两江新区 over them), so a district's short form in an article that names one
(渝北区…，区总工会) is read as that district's body. Near miss: 宁波's 江北区 stays
a division too. Invented bodies."""

from __future__ import annotations

from gonghui_build.text import places
from tests.conftest import first_article_resolved


def test_both_districts_are_divisions_of_chongqing():
    for name, code in (("江北区", "500105"), ("渝北区", "500112")):
        assert any(d.code == code and d.parent == "500000" for d in places.lookup(name))


def test_ningbos_jiangbei_stays_a_division():
    assert any(d.code == "330205" for d in places.lookup("江北区"))


def test_a_districts_short_form_resolves_to_yubei():
    body = "6月3日，渝北区第二次工会代表大会在区会展中心召开，选举产生区总工会第二届委员会。"
    assert "渝北区总工会" in first_article_resolved(body)

"""Activities, act27: a gynaecological check-up given to a group (为…女工进行了妇科检查) is a
service given, as a health check is. Sentence written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.mentions import mentions


def test_a_gynaecological_check_up_given_is_a_service() -> None:
    text = "青溪棉纺厂工会最近为全厂八百名女工进行了妇科检查。"
    assert [text[m.start : m.end] for m in mentions(text, 0, len(text))] == ["妇科检查"]

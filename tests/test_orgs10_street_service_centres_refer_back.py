"""A street's service centre printed without the street (街道职工服务中心) is the street
the article named before it, as 街道总工会 is; before any street is named it is the kind
of centre every street has, no body, and is not completed with the district. Invented
districts, streets and events."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_street_s_service_centre_before_any_street_is_named_is_no_body():
    found = first_article_resolved(
        "今年以来，柳河区总工会以街道职工服务中心为依托，推动服务向社区延伸。"
    )
    assert not any(name.endswith("街道职工服务中心") for name in found)


def test_a_street_s_service_centre_after_its_street_is_that_street_s():
    found = first_article_resolved(
        "柳河区总工会在小南街道召开现场会。会后，街道职工服务中心延长了服务时间。"
    )
    assert any(name.endswith("小南街道职工服务中心") for name in found)


def test_a_named_street_s_service_centre_stays_found():
    found = first_article_resolved("柳河区总工会在小南街道职工服务中心召开现场会。")
    assert any(name.endswith("小南街道职工服务中心") for name in found)

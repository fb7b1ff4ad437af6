"""A unit read right after a body's name (某医院|急诊科|护士长) never holds a word of a
determiner and a body's ending (全厂, 全公司, 本厂): 厂工会组织全厂挡车工… is the union
organising the whole works' workers, and 组织全厂 no unit of the union. Invented works,
names and contests."""

from __future__ import annotations

from tests.conftest import first_article_resolved

_BODY = (
    "青禾棉纺厂挡车工韦秀梅是厂里的技术能手。今年五月，厂工会组织全厂挡车工操作比赛，"
    "韦秀梅夺冠。厂工会主席覃海川说，她是厂里的活教材。"
)


def test_the_works_union_is_the_works_not_a_unit_of_the_sentence():
    names = first_article_resolved(_BODY)
    assert "青禾棉纺厂工会" in names
    assert not any("组织" in name for name in names)


def test_a_unit_after_a_name_before_a_post_is_still_read():
    body = "柳州市第五人民医院急诊科护士长覃秀梅获评优秀护士。"
    assert "柳州市第五人民医院急诊科" in first_article_resolved(body)

"""跟着, 跟随 'follow' before an occupation and a name (她跟着老挡车工某某学接头): the verb
is no part of the occupation, and the describer 老 before it none either: invented
names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page


@pytest.mark.parametrize(
    ("body", "held"),
    [
        ("进厂那年，她跟着老挡车工韦秀英学接头，一练就是半年。", ("韦秀英", "挡车工", None)),
        ("她跟着钳工韦秀英学手艺。", ("韦秀英", "钳工", None)),
        ("他跟随老焊工韦海川学了三年。", ("韦海川", "焊工", None)),
    ],
)
def test_the_occupation_after_a_verb_of_following_is_the_persons(body, held):
    assert first_article_positions(news_page(body)) == {held}

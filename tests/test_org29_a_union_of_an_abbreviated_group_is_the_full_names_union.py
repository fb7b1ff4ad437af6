"""An enterprise printed in full, then by its short form (某某新材料集团有限公司 → 某某集团),
then its union read back from the short form (在某某集团，…，工会主席某某: 某某集团工会):
the union is the full name's (某某新材料集团有限公司工会), as the short form itself is
that enterprise (ANNOTATION.md: an enterprise's union is ``<enterprise>工会``; short
forms are completed from context), as a department of such a body already is. Invented
names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_TEXT = (
    "调研组来到江西青禾新材料集团有限公司。在青禾集团，集团党委书记、董事长鲁振华，"
    "工会主席、首席技师龚小川介绍了技能提升计划。"
)


def test_the_union_read_back_from_the_short_form_is_the_full_names():
    found = first_article_positions(news_page(_TEXT))
    assert ("龚小川", "主席", "江西青禾新材料集团有限公司工会") in found
    assert ("鲁振华", "董事长", "江西青禾新材料集团有限公司") in found

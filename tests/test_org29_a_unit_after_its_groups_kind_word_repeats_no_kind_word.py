"""A unit printed after its group's kind word (集团熔炼分厂: the group's works) read at the
group the article named by its short form (某某集团) is 某某集团熔炼分厂: the kind word
is that group (ANNOTATION.md: ``集团`` alone after a group is that group), not a second
part of the name (某某集团集团熔炼分厂). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_resolved

_TEXT = (
    "调研组来到江西青禾新材料集团有限公司。在青禾集团，集团党委书记、董事长鲁振华介绍了情况。"
    "全国劳动模范、集团熔炼分厂二车间甲班班长祁大勇展示了创新成果。"
)


def test_no_unit_repeats_the_kind_word():
    assert not any("集团集团" in name for name in first_article_resolved(_TEXT))

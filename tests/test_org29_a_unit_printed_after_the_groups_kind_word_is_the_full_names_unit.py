"""A unit printed after its group's kind word (集团熔炼分厂二车间甲班: the group's works,
its workshop, its shift), once the group was printed in full and by its short form
(某某新材料集团有限公司 → 某某集团): the unit is the full name's (某某新材料集团有限公司
熔炼分厂二车间甲班), not the short form with the kind word twice (某某集团集团熔炼分厂…):
the kind word is the group the article named (ANNOTATION.md: ``集团`` alone after a
group is that group; the sections and teams of a body printed before a post are
organisations of their own). Invented names."""

from __future__ import annotations

from gonghui_build.extract.organisations.abbreviated_units import units_of_abbreviated
from tests.conftest import first_article_positions, first_article_resolved, news_page

_TEXT = (
    "调研组来到江西青禾新材料集团有限公司。在青禾集团，集团党委书记、董事长鲁振华介绍了情况。"
    "全国劳动模范、集团熔炼分厂二车间甲班班长祁大勇展示了创新成果。"
)


def test_the_shifts_head_holds_his_post_at_the_full_names_unit():
    found = first_article_positions(news_page(_TEXT))
    assert ("祁大勇", "班长", "江西青禾新材料集团有限公司熔炼分厂二车间甲班") in found


def test_a_unit_printed_with_the_full_name_stays_as_printed():
    remap = {"青禾集团": "青禾集团有限公司"}
    found = units_of_abbreviated({"青禾集团有限公司炼钢厂", "青禾集团轧钢厂"}, remap)
    assert found == {"青禾集团轧钢厂": "青禾集团有限公司轧钢厂"}


def test_no_unit_repeats_the_kind_word():
    assert not any("集团集团" in name for name in first_article_resolved(_TEXT))

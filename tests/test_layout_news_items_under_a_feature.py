"""A news item printed under a feature with only its headline over it (no dateline, no
credit closing the feature): a headline that opens with a place or a body its text's
first sentence names again, over text opening like news, starts an article of its own;
a roundup's sub-headings stay headings inside the feature.
Invented text in the shape of a printed page's text layer."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.display import names_its_subject
from gonghui_build.layout.segment import layout

FEATURE = """\
第06版：基层工会
2024年3月12日 星期二
车间里的读书角
本报记者 钱雅文
走进一家机械厂的装配车间，墙角的书架上摆满了技术书籍。读书角去年由厂工会建成。
“休息时翻几页，手艺也长进了。”装配工小龚说。
"""

ITEMS = """\
清河区总工会开展女职工健康讲座
3月8日，清河区总工会邀请区妇幼保健院专家为一百余名女职工讲解常见疾病的预防知识。
讲座结束后，专家还为女职工提供了一对一咨询。
柳林县举办农民工技能培训
近日，柳林县总工会联合县职业技能学校举办农民工技能培训班，八十名农民工参加培训。
"""

ROUNDUP_HEADS = """\
工地上的绿豆汤
6月6日中午，在一处建筑工地，工会的工作人员把绿豆汤送到工人手中。
清河区：降温包送到公交场站
6月7日，清河区总工会为公交司机送去了毛巾等降温用品。
"""


def _headlines(text: str) -> list[str]:
    page = layout(split_blocks(text))
    return [p.block.plain for p in page.placed if p.role == "headline"]


def test_news_items_under_a_feature_open_articles_and_a_roundups_headings_do_not() -> None:
    assert len(layout(split_blocks(FEATURE + ROUNDUP_HEADS)).articles) == 1
    page = layout(split_blocks(FEATURE + ITEMS))
    assert len(page.articles) == 3
    assert _headlines(FEATURE + ITEMS)[1:] == [
        "清河区总工会开展女职工健康讲座",
        "柳林县举办农民工技能培训",
    ]


def test_a_headline_names_its_subject_when_the_lead_names_it_again() -> None:
    lead = "3月8日，清河区总工会邀请专家为女职工讲解健康知识。"
    assert names_its_subject("清河区总工会开展女职工健康讲座", lead)
    assert not names_its_subject("工地上的绿豆汤", lead)
    assert not names_its_subject("清河区：健康讲座进车间", lead)
    assert not names_its_subject("清河区总工会开展女职工健康讲座", "讲座由专家主讲。")

"""A photo credit that names its agency in brackets after its mark (``某某摄（某视觉）``,
``某某摄（新华社发）``), alone on its line under a caption, is the photo's credit: no
section heading of the item, its photographer read (session 30, invented text in the
shape of a national paper's pages and their web copies)."""

from __future__ import annotations

from gonghui_build.layout.cues import credit_names
from tests.conftest import layout_roles, page_facts

AGENCY_CREDIT = (
    "稳岗位 促增收\n"
    "近年来，青川县东坝镇通过“工会+合作社”形式组织职工技能培训，帮助农民工就近就业。"
    "图为6月10日，东坝镇一家合作社的职工在车间里分拣茶叶。\n"
    "　　唐 立摄（人民视觉）\n"
    "6月12日，省总工会召开新闻发布会，介绍今年上半年职工就业帮扶工作情况。\n"
)


def _read_credit(text: str, credit: str) -> tuple[tuple[str, int | None], tuple[str, str]]:
    """The role and article the layout gives the line ``credit`` of a page of ``text``,
    and the name and role of the one author the page's first article names."""
    (author,) = page_facts(text).articles[0].authors
    return layout_roles(text)[credit], (author.name, author.role.value)


def test_a_credit_with_its_agency_in_brackets_is_the_photos_credit_not_a_heading():
    roles = layout_roles(AGENCY_CREDIT)
    assert roles["唐 立摄（人民视觉）"] == ("photo_credit", 0)
    assert roles["稳岗位 促增收"] == ("headline", 0)


def test_an_agency_or_paper_that_sent_the_photo_is_no_name_of_the_credit():
    assert credit_names("王若溪摄（新华社发）") == ["王若溪"]
    assert credit_names("孙江南摄(影像中国)") == ["孙江南"]


def test_the_photographer_of_a_credit_with_an_agency_is_read_at_the_name():
    article = page_facts(AGENCY_CREDIT).articles[0]
    (author,) = article.authors
    assert (author.name, author.role.value) == ("唐立", "photographer")
    assert author.span.text_start >= 0
    assert author.span.page_end - author.span.page_start == len("唐 立")


def test_a_spaced_photographers_name_is_read_at_its_place_in_the_credit():
    text = (
        "我在岗位迎新年\n"
        "新年第一天，许多劳动者仍坚守岗位。本报征集的部分图片刊登如下。\n"
        "1月1日，长河市南湖街道，外卖骑手正在送餐。\n"
        "严 雪 摄\n"
    )
    (author,) = page_facts(text).articles[0].authors
    assert author.name == "严雪"
    assert author.span.text_start >= 0
    assert author.span.page_start < author.span.page_end


def test_a_bracket_of_anything_else_after_the_mark_makes_no_credit():
    """``某某摄（右）`` or a headline's ``（组图）``: no agency in the bracket, read as before."""
    assert credit_names("罗青山摄（右）") is None
    assert credit_names("职工摄影展开幕（组图）") is None


def test_a_credit_with_its_agency_closing_the_caption_is_cut_off_as_the_credit():
    text = (
        "夏收一线的工会驿站\n"
        "平阳县总工会在田间地头设立流动驿站，为农机手送去清凉。"
        "图为5月24日，岗头村的麦田里，农机手驾驶收割机抢收小麦。周 鹏摄（影像中国）\n"
        "截至5月26日，全县已设立流动驿站12个，服务农机手3000余人次。\n"
    )
    assert _read_credit(text, "周 鹏摄（影像中国）") == (
        ("photo_credit", 0),
        ("周鹏", "photographer"),
    )


def test_a_credit_in_brackets_after_the_agency_that_sent_it_is_the_photos_credit():
    """``新华社发（某某 摄）`` alone under the caption: an agency's copy credits its photo so."""
    text = (
        "茶乡制茶忙\n"
        "4月17日，在青溪县佛岩茶场，茶农在采摘茶青。\n"
        "谷雨临近，县总工会组织制茶技能比武，百余名制茶工参赛。\n"
        "新华社发（陈小颖 摄）\n"
    )
    found = _read_credit(text, "新华社发（陈小颖 摄）")
    assert found == (("photo_credit", 0), ("陈小颖", "photographer"))
    assert credit_names("新华社发（罗青山 摄）") == ["罗青山"]


def test_a_bracket_after_a_word_that_sends_nothing_is_no_credit():
    assert credit_names("活动现场（罗青山 摄）") is None


def test_a_sent_credit_closing_the_captions_last_sentence_is_cut_off_as_the_credit():
    text = (
        "引航员的一年\n"
        "一年365天，引航员们伴着星光，在风中靠泊，为港口建设保驾护航。新华社发（孙立越、赵子明 摄）\n"
        "港务集团工会为引航员送去慰问品。\n"
    )
    assert layout_roles(text)["新华社发（孙立越、赵子明 摄）"] == ("photo_credit", 0)
    names = {(a.name, a.role.value) for a in page_facts(text).articles[0].authors}
    assert names == {("孙立越", "photographer"), ("赵子明", "photographer")}

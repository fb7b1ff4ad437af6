"""Header fields printed on the line of a web copy's text, read in session 14 (invented
pages in the shape of county news sites' flattened copies): the title, the fields and
the dateline with the text run on in one line are cut apart, so the fields (with the
authors' and the editor's names) are furniture, never the article's text."""

from __future__ import annotations

from gonghui_build.layout.title_meta import fields_before_text
from tests.conftest import layout_roles

FLATTENED_COPY = (
    "某某在线 新闻热线:0578-1234567 投稿邮箱:news@example.com |\n"
    "|\n"
    "县总工会到工地送清凉 来源: 青禾新闻网 作者: 柏云舟 祁晓岚 编辑: 钱多多 2026-08-14 "
    "青禾新闻网讯 一瓶清凉油、一句问候，像夏日里的凉风。7月31日上午，县总工会工作人员带着"
    "三百多份夏令用品到工地看望正在作业的职工。 据悉，县总工会要求各级工会做好夏季慰问。\n"
    "|\n"
)


def test_the_fields_between_a_flattened_title_and_its_dateline_are_furniture():
    roles = layout_roles(FLATTENED_COPY)
    assert roles["县总工会到工地送清凉"] == ("headline", 0)
    fields = "来源: 青禾新闻网 作者: 柏云舟 祁晓岚 编辑: 钱多多 2026-08-14"
    assert roles[fields] == ("furniture", None)
    text = next(block for block in roles if block.startswith("青禾新闻网讯"))
    assert roles[text] == ("dateline", 0)


def test_fields_alone_before_a_dateline_are_cut_but_a_sentence_naming_a_source_is_not():
    line = "来源：某某网 作者：柏云舟 2026-03-02 某某网讯 3月1日，某某工会举行职工运动会。"
    assert line[fields_before_text(line) :].startswith("某某网讯")
    assert fields_before_text("来源：某某网 据报道，近日某地工会举行职工运动会。") is None


def test_a_sites_dateline_cut_off_alone_names_no_author():
    from gonghui_build.extract.bylines import parse_byline

    assert parse_byline("青禾新闻网讯 ") == []
    assert parse_byline("新华社青禾3月5日电") == []
    assert [a.name for a in parse_byline("本报讯（记者 柏云舟）")] == ["柏云舟"]

"""The model (LAC) beside the rules: people, partial names, organisations out of Beijing,
bylines. Invented sentences in the shapes of real pages."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.extract.organisations.context import ArticleContext, resolve
from gonghui_build.extract.people.model import model_names
from gonghui_build.extract.people.rules import partial_names
from gonghui_build.text import places
from gonghui_build.text.tokenizer import tag_tokens
from gonghui_build.vocabulary import AuthorRole


def _model(text: str) -> list[str]:
    return [m.name for m in model_names(text, [], tag_tokens(text))]


def test_model_reads_a_name_after_an_occupation():
    assert "汤飞" in _model("快递员汤飞在这家平台跑了三年，去年加入了工会。")


def test_model_keeps_a_transliterated_name_whole():
    names = _model("自治区总工会副主席热依拉·买买提一行到吐鲁番调研。")
    assert "热依拉·买买提" in names


def test_model_names_of_terms_and_credits_are_no_people():
    assert _model("要深入学习贯彻习近平新时代中国特色社会主义思想。") == []
    assert _model("图为比赛现场。吴阿妹 摄") == []


def test_partial_names_are_found_and_full_names_are_not_cut():
    text = "环卫工刘师傅和退休教师陈女士一起打扫驿站，李明华女士也来了。"
    found = {h.name for h in partial_names(text, tag_tokens(text), [])}
    assert {"刘师傅", "陈女士"} <= found
    assert "华女士" not in found
    assert all(h.partial for h in partial_names(text, tag_tokens(text), []))


def _context(text: str) -> ArticleContext:
    return ArticleContext(places=places.find_places(text))


def test_province_and_prefecture_short_forms_read_in_the_article_places():
    text = "杭州市拱墅区总工会在米市巷街道开展活动。省总工会今年将新建驿站。"
    org = resolve("省总工会", text.index("省总工会"), _context(text))
    assert org is not None and org.name == "浙江省总工会"
    text = "凉山彝族自治州总工会在西昌市举办课堂。州总工会副主席讲话。"
    org = resolve("州总工会", text.index("州总工会"), _context(text))
    assert org is not None and org.name == "凉山彝族自治州总工会"


def test_city_short_form_outside_beijing_is_the_city_the_article_names():
    text = "成都市总工会联合市人社局开展专项行动，武侯区总工会参加。"
    org = resolve("市人社局", text.index("市人社局"), _context(text))
    assert org is not None and org.name.startswith("成都市")


def test_end_credit_names_a_correspondent_and_its_unit_is_no_title():
    authors = parse_byline("（厂工会 葛平）", AuthorRole.correspondent, end_credit=True)
    assert [(a.name, a.role, a.title) for a in authors] == [
        ("葛平", AuthorRole.correspondent, None)
    ]


def test_role_word_glued_to_a_paper_name():
    authors = parse_byline("工人日报-中工网记者 柏文舟 通讯员 邓一鸣")
    assert [(a.name, a.role) for a in authors] == [
        ("柏文舟", AuthorRole.reporter),
        ("邓一鸣", AuthorRole.correspondent),
    ]


def test_a_numbered_mine_or_works_is_no_person():
    text = "青州市总工会女职工部部长吴清岚率队来到柳二矿慰问，随后来到曹三厂看望一线职工。"
    found = _model(text)
    assert "吴清岚" in found
    assert not any(name.startswith(("柳二", "曹三")) for name in found)


def test_a_model_name_whose_last_character_opens_the_next_word_is_cut_there():
    found = _model("三号井工会主席司振光如是坦言。")
    assert "司振光" in found
    assert "司振光如" not in found


def test_a_credit_mark_read_inside_the_name_is_no_person():
    from gonghui_build.extract.people.credits import credit_or_byline

    text = "（东岭机械公司高秀兰摄）"
    assert credit_or_byline(text, 7, 11)  # the model's span 高秀兰摄 holds the mark
    assert not credit_or_byline("劳模高秀兰在车间。", 2, 5)


def test_names_credited_together_before_the_mark_are_no_people():
    assert _model("图①：唐金海在调试新设备。韦嘉明潘玉霞摄影报道") == ["唐金海"]
    assert "韦嘉明" not in _model("图①：唐金海在调试新设备。韦嘉明 潘玉霞摄影报道")


def test_a_name_after_the_mark_that_closes_the_caption_is_a_credit():
    assert "罗振华" not in _model("区总工会副主席马建成给疗养职工送慰问品摄影罗振华")
    assert "罗振华" not in _model("区总工会给疗养职工送慰问品。摄影/罗振华")


def test_a_name_after_the_mark_inside_a_sentence_stays_a_person():
    assert "罗振华" in _model("会上，摄影罗振华说，这些照片记录了工人的一天。")

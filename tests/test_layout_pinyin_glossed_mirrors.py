"""Pages of a mirror site that glosses characters with their pinyin readings (``工會(huì)``).

Such mirrors copy union news channels and print a tone-marked reading in brackets after
many characters: the readings are dropped from the paragraphs as a repair
(``pinyin_gloss_removed``), and the layout reads each line without them, so a glossed
headline keeps a headline's shape, a glossed breadcrumb stays the page's, and a credit run
on after a glossed caption is cut off with each reading left on its character. Real
mirrors of a national union news channel and of a workers' daily's commentaries print
their pages so (session 23: the headline was read as text glued to the breadcrumb, the
page split in two and the editors' line taken for a headline). Invented text throughout.
"""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page

GLOSSED = (
    "青禾職(zhí)工網(wǎng)>>工會(huì)動(dòng)態(tài)\n\n"
    "雲(yún)溪區(qū)總工會(huì)舉(jǔ)辦(bàn)職(zhí)工籃(lán)球賽(sài)\n\n"
    "2023年05月06日09:12  來(lái)源:青禾職工報(bào)\n\n"
    "5月4日,雲溪區(qū)總工會(huì)舉辦職工籃球賽,十二支代表隊(duì)參賽。\n\n"
    "比賽持續(xù)三天,區(qū)內(nèi)企業(yè)職工踴躍觀賽。\n\n"
    "比賽現(xiàn)場(chǎng)。陶以寧 攝\n\n"
    "(責(zé)編:龐書言、殷越)\n"
)


def _parsed(text: str):
    page = page_from_bytes("mirror.txt", text.encode("utf-8"))
    return page, parse_page(page)


def _roles(parsed) -> list[tuple[str, str]]:
    return [(p.role, p.text) for p in parsed.paragraphs]


def test_a_glossed_headline_is_read_as_the_one_articles_headline():
    _, parsed = _parsed(GLOSSED)
    roles = _roles(parsed)
    assert len(parsed.articles) == 1
    assert ("headline", "云溪区总工会举办职工篮球赛") in roles
    assert ("furniture", "青禾职工网>>工会动态") in roles


def test_the_editors_line_of_a_glossed_page_stays_furniture():
    _, parsed = _parsed(GLOSSED)
    editors = [p for p in parsed.paragraphs if "责编" in p.text]
    assert [(p.role, p.article) for p in editors] == [("furniture", None)]


def test_a_credit_after_a_glossed_caption_is_cut_with_each_reading_on_its_character():
    page, parsed = _parsed(GLOSSED)
    roles = _roles(parsed)
    assert ("photo_credit", "陶以宁 摄") in roles
    caption = next(p for p in parsed.paragraphs if p.role == "photo_caption")
    assert caption.text == "比赛现场。"
    assert page.text[caption.page_start : caption.page_end] == "比賽現(xiàn)場(chǎng)。"


def test_a_glossed_sentence_under_the_headline_stays_running_text():
    _, parsed = _parsed(GLOSSED)
    heads = [p.text for p in parsed.paragraphs if p.role in ("headline", "kicker", "subtitle")]
    assert heads == ["云溪区总工会举办职工篮球赛"]
    body = [p.text for p in parsed.paragraphs if p.role == "body"]
    assert body == [
        "5月4日，云溪区总工会举办职工篮球赛，十二支代表队参赛。",
        "比赛持续三天，区内企业职工踊跃观赛。",
    ]


def test_a_bracketed_latin_word_that_is_no_reading_is_kept_in_the_headline():
    text = "區總工會上線職工服務(APP)平臺\n\n本報訊 5月4日,區總工會職工服務平臺上線。\n"
    _, parsed = _parsed(text)
    heads = [p.text for p in parsed.paragraphs if p.role == "headline"]
    assert heads == ["区总工会上线职工服务（APP）平台"]

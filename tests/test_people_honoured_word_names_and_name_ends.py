"""Where a name after an honour, an occupation or a title starts and ends, in shapes of
real award and visit reports: a name that is a word after an honour (奖章获得者某某等),
a name of three characters before 获 whose first two jieba knows as a name, a name the
model cut one short where jieba reads it whole, and a word with a particle after an
occupation (用工|管理中, 骑手|关爱月) that names no one; a platform co-signing a paper's
dateline (某某云/某某日报讯), no person; a reader's question signed （某区 周女士）, a
person; a name the model runs into a workroom's quoted name (“某某安全驾驶工作室”).
Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people import model
from gonghui_build.extract.people.name_length import jieba_longer_name, name_after
from gonghui_build.text.names import is_word_and_particle
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import news_page, page_facts


def _people(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_a_name_that_is_a_word_after_an_honour_before_deng_is_read():
    body = "5月1日，青禾市总工会举行报告会，邀请市五一劳动奖章获得者严明等三位劳模作宣讲。"
    assert "严明" in _people(body)


def test_a_very_frequent_word_after_an_honour_stays_no_name():
    body = "5月1日，青禾市总工会举行报告会，邀请市五一劳动奖章获得者文化等三位劳模作宣讲。"
    assert "文化" not in _people(body)


def test_a_three_character_name_before_huo_keeps_its_last_character():
    # jieba reads 刘海 as a name of its dictionary and 芳 apart
    text = "东坝县工会主席刘海芳获“全省先进工作者”称号。"
    assert name_after(text, text.index("刘海")) == "刘海芳"


def test_a_two_character_name_before_huo_stays_two_characters():
    text = "东坝县工会主席韩敏获全省先进工作者称号。"
    assert name_after(text, text.index("韩敏")) == "韩敏"


def test_a_name_the_model_cut_one_short_ends_where_jieba_reads_it_whole():
    text = "在特困职工葛树军家中，主席询问了病情。"
    start = text.index("葛树")
    assert jieba_longer_name(text, start, start + 2) == start + 3


def test_a_two_character_name_jieba_reads_alone_is_not_lengthened():
    text = "在特困职工葛军家中，主席询问了病情。"
    start = text.index("葛军")
    assert jieba_longer_name(text, start, start + 2) == start + 2


def test_a_frequent_word_and_a_locative_is_no_name():
    text = "律师讲解了用工管理中的几个难点。"
    start = text.index("管理中")
    assert is_word_and_particle(start, start + 3, tag_tokens(text))
    assert "管理中" not in _people("5月1日，青禾区总工会举办讲座，律师讲解了用工管理中的几个难点。")


def test_a_name_of_three_characters_is_no_word_and_particle():
    text = "律师葛树军讲解了几个难点。"
    start = text.index("葛树军")
    assert not is_word_and_particle(start, start + 3, tag_tokens(text))


def test_a_platform_co_signing_a_papers_dateline_is_no_person():
    page = (
        "表彰大会举行\n\n石竹云/青禾日报讯（记者 韦立新报道）青禾市劳动模范表彰大会4月30日"
        "在青禾会堂举行。市委书记马东平出席大会并讲话。\n"
    )
    people = {p.name for a in page_facts(page).articles for p in a.people}
    assert people == {"马东平"}


def test_a_readers_question_signed_with_a_place_and_a_partial_name_names_a_person():
    page = (
        "工会律师答疑\n\n问：我在超市做了两年理货员，超市从没给我缴社保。我想辞职，能要求补偿吗？"
        "（东坝区 周女士）\n答：可以。用人单位未依法缴纳社会保险费的，劳动者可以解除合同并要求补偿。\n"
        "问：我在车间被机器砸伤了手，老板说没签合同不算工伤。是这样吗？（西河区 钱师傅）\n"
        "答：不是。存在事实劳动关系就可以申请工伤认定。\n"
    )
    people = {p.name for a in page_facts(page).articles for p in a.people}
    assert {"周女士", "钱师傅"} <= people


def test_a_name_run_into_the_quoted_name_of_a_workroom_is_part_of_the_things_name():
    text = "公司工会命名了“邵建军安全驾驶工作室”。邵建军说，很光荣。"
    start = text.index("邵建军")
    assert model._in_a_things_name(text, start, start + 5)  # 邵建军安全: the model's span
    later = text.rindex("邵建军")
    assert not model._in_a_things_name(text, later, later + 3)


def test_a_two_character_name_before_a_word_that_follows_names_is_not_lengthened():
    text = "下午召开委员会议，选举宋丽为公司工会主席。"
    start = text.index("宋丽")
    assert jieba_longer_name(text, start, start + 2) == start + 2


def test_a_two_character_name_before_fen_huo_stays_two_characters():
    # jieba reads 分获 as one verb: 某某分|获 is no name of three characters
    text = "青禾路桥公司收费员骆云分获第二名和第三名。"
    assert name_after(text, text.index("骆云")) == "骆云"

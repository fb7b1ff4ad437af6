"""Names the people rules missed on pages of real shapes: a transliterated name opening a
roster line (name, a space, the body and the post), the last part of a transliterated
name the model cut short where jieba reads it whole, a surname that is usually a word
before a form of address right after an occupation (车工|和师傅), and names opening
with a Dai surname or name prefix (刀, 岩). Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people import model
from gonghui_build.extract.people.partial import partial_names
from gonghui_build.extract.people.rosters import roster_line
from gonghui_build.extract.people.transliterated import transliterated_end
from gonghui_build.text import tokenizer


def test_a_transliterated_name_opens_a_roster_line():
    line = "吐尔洪·阿布力米提　青禾棉纺有限公司挡车工"
    found = roster_line(line)
    assert found is not None
    assert found.name == "吐尔洪·阿布力米提"
    assert found.body.written == "青禾棉纺有限公司"
    assert found.post == "挡车工"


def test_a_han_name_still_opens_a_roster_line():
    found = roster_line("韦立群　青禾棉纺有限公司挡车工")
    assert found is not None and found.name == "韦立群"


def test_a_dotted_phrase_in_running_text_is_no_roster_name():
    assert roster_line("青禾·新城 建设有限公司，开工仪式举行") is None


def test_the_last_part_jieba_reads_whole_runs_past_the_models_end():
    text = "车站值班员热依古·买买提在站台引导乘客。"
    start = text.index("热依古")
    short = text.index("提在")  # the model stops after 买买
    assert transliterated_end(text, start, short) == short + 1


def test_a_verb_after_a_short_last_part_leaves_the_models_end():
    text = "车站值班员热依古·阿尼获奖。"
    start = text.index("热依古")
    end = text.index("获奖")
    assert transliterated_end(text, start, end) == end


def test_a_word_surname_before_a_form_of_address_after_an_occupation_is_a_person():
    text = "区工会干部与装配钳工常师傅拉起家常。"
    hits = partial_names(text, tokenizer.tag_tokens(text), [])
    assert [h.name for h in hits] == ["常师傅"]


def test_a_word_surname_before_a_form_of_address_elsewhere_is_no_one():
    text = "大家平常师傅长师傅短地叫着。"
    assert partial_names(text, tokenizer.tag_tokens(text), []) == []


def test_a_name_with_a_dai_surname_after_an_occupation_is_read():
    text = "青禾餐饮有限公司面点师刀玉兰现场演示了糕点制作。"
    names = [m.name for m in model.model_names(text, [], tokenizer.tag_tokens(text))]
    assert "刀玉兰" in names


def test_a_dai_name_before_a_verb_of_saying_is_read():
    text = "“课上学的用得上。”傣族学员岩香保说。"
    names = [m.name for m in model.model_names(text, [], tokenizer.tag_tokens(text))]
    assert "岩香保" in names


def test_a_transliterated_name_run_into_a_body_opening_with_a_place_ends_at_the_place():
    found = roster_line("吐尔洪·阿布力米提新疆青禾棉纺有限公司挡车工")
    assert found is not None
    assert found.name == "吐尔洪·阿布力米提"
    assert found.post == "挡车工"

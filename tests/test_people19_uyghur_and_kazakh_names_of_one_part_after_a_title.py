"""Uyghur and Kazakh names of one part, printed with no middle dot, after a title, an
occupation or a noun for people (环卫工人努尔某说, 站长赛力某江说): the model reads no
person there and jieba cuts the name (努尔|兰). A run of three to six characters up to
a word that follows names, written mostly with the transcriptions' characters
(``people.yaml`` transliteration_characters, and a final 江), is read as one name;
a frequent word (依托), a place (阿克苏市) or a word made across the run's start (师傅)
keeps it unread. Invented names and events (s38, people19)."""

from __future__ import annotations

from gonghui_build.extract.people.transliterated_alone import transliterated_after_title
from gonghui_build.text import tokenizer
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "伊宁市总工会走访慰问一线职工\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def _read(text: str) -> list[str]:
    return [h.name for h in transliterated_after_title(text, list(tokenizer.tag_tokens(text)))]


def test_a_name_of_one_part_after_a_noun_for_workers_before_saying_is_a_person():
    assert _people("环卫工人努尔兰说，工会的关心让我们干劲更足了。") == ["努尔兰"]


def test_a_name_ending_in_jiang_after_a_title_is_read_whole():
    assert _people("供热站站长赛力克江说，工会的关心让我们干劲更足了。") == ["赛力克江"]
    assert _people("职工代表买买提江说，培训让大家受益匪浅。") == ["买买提江"]


def test_a_name_after_an_occupation_before_biaoshi_is_a_person():
    assert _people("公交驾驶员吐尔洪表示，会继续坚守岗位。") == ["吐尔洪"]


def test_words_and_places_after_a_noun_for_workers_are_no_names():
    assert _read("公司员工依托平台在线学习技能。") == []
    assert _read("县总工会职工阿克苏市的代表参加了会议。") == []
    assert _read("驾驶员托克逊县的职工参加培训。") == []
    assert _read("环卫工人依然坚守在岗位上。") == []


def test_a_run_opening_inside_a_word_is_no_name():
    assert _read("工人师傅拉克丝说，这次培训很有用。") == ["拉克丝"]  # after 师傅, not 傅拉克丝


def test_a_han_name_of_few_transcription_characters_is_left_to_the_other_readers():
    assert _read("环卫工人王建国说，工会的关心让我们干劲更足了。") == []


def test_a_name_jieba_guesses_is_a_place_is_still_read():
    # jieba tags 吐尔逊江 ns with no frequency: a guess, not a place of its dictionary
    assert _read("热力公司锅炉工吐尔逊江表示，一定守好岗位。") == ["吐尔逊江"]


def test_a_run_across_he_or_before_a_middle_dot_is_no_name():
    assert _read("座谈会上，慰问了职工王强和热依拉·买买提。") == []
    assert _read("市人大常委会主任阿不都克热木·阿不力孜走访慰问了基层工作者。") == []


def test_a_name_after_a_post_of_a_foreman_is_a_person():
    assert _read("城市服务公司南片区主管赛力克江说：“工会的关心让我们干劲更足了。”") == ["赛力克江"]

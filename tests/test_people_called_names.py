"""Names a verb of naming introduces (有一位骑手叫某某，), read even where the surname or
the given name is also a word; other words after 叫 name no one. Invented names."""

from __future__ import annotations

from gonghui_build.extract.people.called_names import called_names
from tests.conftest import news_page, page_facts


def _people(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_a_name_whose_surname_is_a_word_after_jiao_is_a_person():
    assert "和建华" in _people("有一位外卖骑手叫和建华，去年在送餐途中受了伤。")


def test_a_name_after_mingjiao_closed_by_de_is_a_person():
    assert [h.name for h in called_names("一位名叫于春生的快递员说，驿站很暖心。")] == ["于春生"]


def test_words_after_jiao_name_no_one():
    assert called_names("这趟车叫和谐号。") == []
    assert called_names("观众齐声叫好，掌声不断。") == []
    assert called_names("大家都叫他老黄牛，干活从不偷懒。") == []

"""A Han name that is also a word joined by a conjunction to a name found (车间主任甲和
王海洋一起…, 工会主席甲和高峰看望…) is a person when jieba reads it whole as a name
(高峰/nr) or its given name is a word and the three characters none (王|海洋), and a
word that follows names closes it: the name before and the word after are its two
signals. It holds no title of the name before it (a chair's companion need not be a
chair). 甲和同事们, 甲和高峰论坛 join no name. Invented names (s41, people26)."""

from __future__ import annotations

from tests.conftest import page_facts


def _facts(body: str):
    return page_facts("青禾市工会简讯\n\n本报讯 " + body).articles


def _people(body: str) -> list[str]:
    return sorted({p.name for a in _facts(body) for p in a.people})


def test_a_worded_given_name_after_he_is_a_person():
    assert _people("车间主任李建国和王海洋一起检修设备。") == ["李建国", "王海洋"]


def test_a_name_jieba_reads_whole_after_he_is_a_person():
    assert _people("工会主席赵志华和高峰看望了困难职工。") == ["赵志华", "高峰"]


def test_the_joined_name_holds_no_title_of_the_name_before():
    held = {
        (q.name, q.title)
        for a in _facts("工会主席赵志华和高峰看望了困难职工。")
        for q in a.positions
    }
    assert ("赵志华", "工会主席") in held
    assert not any(name == "高峰" for name, _ in held)


def test_colleagues_or_a_forum_after_he_are_no_person():
    assert _people("劳模代表郝世玲和同事们交流经验。") == ["郝世玲"]
    assert _people("主任孙琛尧和高峰论坛的嘉宾座谈。") == ["孙琛尧"]

"""The last part of a transliterated name the model reads short runs on to the
punctuation, the word that follows names or the one-character word that closes a part
(和, 家): 努某江拜·托某那别克和…, 阿某尼萨·图某森托某提，; it does not run into a word of
its own (上台, 老人, 一家人) or a credit's mark. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_last_part_runs_on_to_the_conjunction_after_it():
    text = (
        "青禾市总工会走访困难职工\n\n"
        "本报讯 近日，七师政委努尔江拜·托克那别克和师工会干部一起入户走访困难职工。"
    )
    assert "努尔江拜·托克那别克" in _people(text)


def test_a_last_part_of_three_characters_runs_on_to_the_punctuation():
    text = (
        "青禾大学举办报告会\n\n"
        "本报讯 近日，青禾大学请来省劳模韦立森作报告，化学系大二学生"
        "阿依尼萨·买尔森托乎提，听完报告后深受触动。"
    )
    people = _people(text)
    assert "阿依尼萨·买尔森托乎提" in people and "阿依尼萨·买尔森" not in people


def test_a_last_part_jieba_reads_whole_runs_on_to_the_punctuation():
    text = (
        "青禾县领导看望劳模\n\n"
        "本报讯 中秋前夕，青禾县领导韦立森登门看望老劳模努尔夏·哈布持克汗，"
        "带去月饼。"
    )
    assert "努尔夏·哈布持克汗" in _people(text)


def test_a_last_part_runs_on_to_the_home_it_is_the_owner_of_and_stops_there():
    text = (
        "青禾县领导看望劳模\n\n"
        "本报讯 中秋前夕，青禾县领导韦立森登门看望老劳模阿依夏·哈布丽克拜，"
        "带去月饼。在阿依夏·哈布丽克拜家，韦立森详细询问了老人的身体状况。"
    )
    assert _people(text).count("阿依夏·哈布丽克拜") == 2


def test_a_last_part_does_not_run_into_a_word_of_its_own():
    for tail in ("上台。", "一家人。", "老人。", "师傅正在检修。"):
        text = (
            "青禾市举办表彰会\n\n本报讯 近日，青禾市总工会举办表彰会，"
            f"青禾公司职工热依拉·买买提{tail}"
        )
        assert _people(text) == ["热依拉·买买提"], tail


def test_a_last_part_read_whole_stays_before_a_verb_of_one_character():
    text = (
        "青禾县开展文化下乡\n\n"
        "本报讯 近日，青禾县总工会文艺小分队走进牧区。牧民叶尔波·努尔兰看完节目笑着鼓掌。"
    )
    assert "叶尔波·努尔兰" in _people(text)

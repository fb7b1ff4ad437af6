"""秘书长江某某, 部长江某某: jieba reads the title's last character and the surname as one
word (长江) and the given name apart (长江|丽琴), so the name after a title in a list
(商会会长甲、秘书长乙) was not read there and lost the body the list gives it; a word the
verb after the name does not settle (热情接待) left it unread. The surname left over
where the title ends and the word after it are the name. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "6月3日，湛江市总工会召开座谈会。"


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(_OPENING + body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_secretary_general_listed_after_the_chambers_head_holds_its_post():
    body = "湛江潮汕商会会长左建国、副秘书长江丽琴热情迎接。"
    assert _posts_of("江丽琴", body) == {("副秘书长", "湛江潮汕商会")}


def test_a_department_head_listed_after_the_federations_chair_holds_its_department():
    body = "市总工会主席吴振华、组织部部长江丽琴热情接待。"
    assert _posts_of("江丽琴", body) == {("部长", "湛江市总工会组织部")}


def test_a_surname_jieba_keeps_apart_is_read_as_before():
    body = "市人社局局长左建国、副局长孙丽琴热情接待。"
    assert _posts_of("孙丽琴", body) == {("副局长", "湛江市人力资源和社会保障局")}


def test_a_company_named_after_a_river_is_no_name():
    body = "湛江潮汕商会会长长江实业集团代表左建国出席。"
    names = {person for person, _, _ in first_article_positions(news_page(_OPENING + body))}
    assert "江实业" not in names and "长江实" not in names

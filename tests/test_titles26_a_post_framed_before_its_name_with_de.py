"""A post a clause frames before its person's name with 的 (现任某公司工会副主席的某某;
时任公司工会主席的某某; 身为/作为某厂工会主席的某某): features on union cadres print the
post as the name's attribute, and it is the person's post. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_post_held_now_before_de_is_the_persons():
    body = "现任江城华丽服装有限公司工会副主席的陶雪芬，提起当年的误解还有些不好意思。"
    assert _posts(body, "陶雪芬") == {("副主席", "江城华丽服装有限公司工会")}


def test_a_post_held_then_before_de_is_the_persons():
    body = "江城机床厂的老职工都记得，时任江城机床厂工会主席的卢建国常来看望他。"
    assert ("主席", "江城机床厂工会") in _posts(body, "卢建国")


def test_a_role_the_person_acts_in_before_de_is_the_persons():
    assert _posts("作为江城机床厂工会主席的贺永刚，每天都到车间走一走。", "贺永刚") == {
        ("主席", "江城机床厂工会")
    }


def test_a_frame_that_is_no_post_gives_none():
    body = "作为全市规模最大的企业的职工，邵建平感到自豪。"
    assert not _posts(body, "邵建平")


def test_a_post_not_opened_by_a_frame_word_before_de_is_not_read():
    body = "大家都说工会主席的庞立新是个热心人，职工有困难都找他。"
    assert not _posts(body, "庞立新")

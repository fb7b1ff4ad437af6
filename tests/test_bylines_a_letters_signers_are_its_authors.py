"""A letter to the paper (its text opening ``编辑同志：``) signed at its end with the
writer's unit and name (``某厂工会 某某``) is written by that signer: role ``author``, not
the correspondent an item's closing credit names (real_dev8's reader letter). Invented
text in the shape of a provincial workers' paper's reader letter."""

from __future__ import annotations

from tests.conftest import page_facts

TEXT = (
    "我们离不开这张报纸\n"
    "{opening}我们青禾第三机床厂工会多年来坚持为每个班组订阅本报，厂工会主席杜文山常说，"
    "报上登的典型经验是最好的教材。\n"
    "今年厂里又设立了三个读报点，职工们下了班常在那里翻报纸、聊新闻。\n"
    "青禾第三机床厂工会 韦小平\n"
)


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_the_signer_of_a_letter_to_the_editors_is_its_author() -> None:
    assert _authors(TEXT.format(opening="编辑同志：")) == {("韦小平", "author")}


def test_the_same_signature_under_a_report_stays_a_correspondent() -> None:
    assert _authors(TEXT.format(opening="")) == {("韦小平", "correspondent")}

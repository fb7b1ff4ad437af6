"""A name printed alone over the text of a commentary or a column's essay (``□某某``,
``某某`` under the title) signs it: its writer is no journalist (ANNOTATION.md: role
``author``), as the tuning gold reads such signatures (real_dev5, real_dev6). A news item's
bare name keeps the reporter's role, and a role word still gives its own role. Invented
text in the shapes of a provincial workers' paper's opinion column and a union cadre's
column."""

from __future__ import annotations

from tests.conftest import page_facts


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


OPINION = (
    "直选是起点不是终点\n"
    "{byline}\n"
    "青禾一家电子厂的外来工第一次用选票选出了自己的工会主席，这是一件值得称道的事。"
    "但直选只是起点，选出来的主席能不能真正替职工说话，还要看今后的每一次协商。\n"
    "工会主席由职工选出，就要对职工负责。上级工会既要为直选撑腰，也要为当选的主席依法履职提供保障。\n"
)


def test_a_squared_name_over_a_commentary_is_its_author() -> None:
    assert _authors(OPINION.format(byline="□韩立冰")) == {("韩立冰", "author")}


def test_a_bare_name_over_a_columns_essay_is_its_author() -> None:
    page = (
        "女工的“小事”就是工会的大事\n"
        "钱丽芸\n"
        "去年冬天，镇上一家袜厂的女工悄悄找到我，说车间里没有哺乳室。这件“小事”让我好几天睡不着觉。\n"
        "我们跟企业负责人谈了三次，厂里终于腾出一间屋子建起了“爱心妈咪小屋”。\n"
    )
    assert _authors(page) == {("钱丽芸", "author")}


def test_a_reporters_byline_over_the_same_text_stays_a_reporter() -> None:
    assert _authors(OPINION.format(byline="本报记者 韩立冰")) == {("韩立冰", "reporter")}

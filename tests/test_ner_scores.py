"""The page-level scorer of gonghui_dev.ner_scores counts what it should."""

from __future__ import annotations

from gonghui_dev.ner_scores import Found, GoldPage, SetScores, forms, score_page


def test_union_and_enterprise_forms_count_alike():
    assert forms("京能集团工会") == {"京能集团工会", "京能集团"}
    assert forms("京能集团") == {"京能集团", "京能集团工会"}


def test_a_page_is_scored_by_names_and_by_any_form_of_a_body():
    gold = GoldPage(
        people={"张三", "李四"},
        authors={"王记者"},
        organisations=[
            frozenset(forms("北京市总工会") | forms("市总工会")),
            frozenset(forms("京能集团")),
        ],
    )
    found = Found(
        people={"张三", "王记者", "赵六"},
        organisations=[{"市总工会"}, {"北京市总工会"}, {"某公司"}],
    )
    scores = SetScores()
    score_page(gold, found, found, scores, "p: ")
    assert (scores.people.tp, scores.people.fp, scores.people.fn) == (1, 2, 1)
    # the byline's name is not counted against the reader in articles
    assert (scores.people_in_articles.tp, scores.people_in_articles.fp) == (1, 1)
    # two forms of one body: one hit, no extra; an unknown body: one extra
    assert (scores.organisations.tp, scores.organisations.fp, scores.organisations.fn) == (1, 1, 1)


def test_furniture_lines_are_left_out_of_the_article_text():
    gold = GoldPage(furniture={"责任编辑：冯静"})
    assert gold.article_text("正文一\n责任编辑：冯静\n正文二") == "正文一\n正文二"

"""The post a described person holds now, stated after the name by 现任, where the name
does not open the sentence: a candidate after the label that describes the person
(主席候选人某某，现任…), an item after a colon (拟任人选：某某，…现任…), a name with the
address word 同志 (某某同志现任…), and a nominee's schooling among the profile's notes
(大学学历). The label's post (主席 of 主席候选人) is no post held. Invented names and
bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, titled_page


def test_a_candidate_after_the_label_holds_the_post_after_tenure():
    found = first_article_positions(
        titled_page(
            "会议选举产生了新一届委员会。主席候选人柯文斌，现任滨江化工有限公司党委副书记。"
        )
    )
    assert ("柯文斌", "党委副书记", "滨江化工有限公司") in found
    assert not any(title == "主席" for name, title, _ in found if name == "柯文斌")


def test_a_candidate_after_a_colon_and_notes_holds_the_post_after_tenure():
    found = first_article_positions(
        titled_page("主席候选人：柯文斌，男，1975年出生，现任滨江化工有限公司党委副书记。")
    )
    assert ("柯文斌", "党委副书记", "滨江化工有限公司") in found


def test_a_name_with_the_address_word_holds_the_post_after_tenure():
    found = first_article_positions(titled_page("柯文斌同志现任滨江化工有限公司党委副书记。"))
    assert ("柯文斌", "党委副书记", "滨江化工有限公司") in found


def test_a_nominees_schooling_is_a_profile_note():
    found = first_article_positions(
        titled_page(
            "拟任人选：柯文斌，男，汉族，1975年3月出生，大学学历，现任滨江区交通运输局副局长。"
        )
    )
    assert ("柯文斌", "副局长", "滨江区交通运输局") in found


def test_a_candidates_list_without_tenure_states_no_post():
    from tests.conftest import page_facts

    article = page_facts(titled_page("副主席候选人柯文斌、林晓梅。")).articles[0]
    assert not article.positions


def test_a_colon_before_a_phrase_that_is_no_name_reads_no_post():
    from tests.conftest import page_facts

    article = page_facts(titled_page("会议强调：全体会员，现任务艰巨。")).articles[0]
    assert not article.positions

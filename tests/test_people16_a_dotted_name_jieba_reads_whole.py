"""A dotted name whose last part jieba reads as a personal name is read to that word's
end, past a one-character word that follows names which jieba reads inside the name
(…·艾则某带队: the model stopped at 则). The second half of that change (a last part
jieba reads as the model does stops the run-on into one-character verbs, …·努某送去) was
backed out at the merge: it lowered people on a held-out set. Shapes of Xinjiang's union pages (visits to
model workers, a leader heading a group) read in s37; invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_last_part_holding_a_follower_character_is_read_whole():
    body = "自治区总工会副主席吐尔洪·艾则孜带队，走访慰问一线职工。"
    assert _people(body) == ["吐尔洪·艾则孜"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("自治区主席艾尔肯·吐尼亚孜主持会议。", "艾尔肯·吐尼亚孜"),
        ("全国劳动模范热依拉·买买提获奖。", "热依拉·买买提"),
        ("护士古丽·吐尔逊给老人量血压。", "古丽·吐尔逊"),
        ("他和阿不都·热依木一起来到工地。", "阿不都·热依木"),
    ],
)
def test_dotted_names_read_whole_before_are_unchanged(body, name):
    assert _people(body) == [name]

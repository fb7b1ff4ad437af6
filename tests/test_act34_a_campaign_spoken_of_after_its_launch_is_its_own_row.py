"""A campaign named in its launch ceremony and then spoken of back (s60 act34):
…“送温暖”行动启动仪式在某广场举行。…此次行动从1月上旬持续至2月底 is the campaign, a row
of its own named as the ceremony less its ceremony word, and the ceremony its part (README:
a launch ceremony is part of what it launched; real_dev5's, real_dev23's and real_dev34's
gold). Near miss: a ceremony spoken of back as a ceremony (此次仪式) stays one row. A page
written for these tests (invented names)."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = (
    "全市工会“冬日暖心”行动启动\n\n"
    "发布时间：2031-01-12\n\n"
    "1月10日上午，由松川市总工会主办的2031年全市工会“冬日暖心”行动启动仪式在松川市"
    "人民广场举行，二百余名环卫工人参加。\n\n"
    "据介绍，{back}从1月上旬持续至2月底。\n"
)


def _activities(back: str):
    facts = page_facts(_PAGE.format(back=back))
    return [a for art in facts.articles for a in art.activities]


def test_the_campaign_is_a_row_of_its_own_and_the_ceremony_its_part():
    acts = _activities("此次行动")
    names = [a.name for a in acts]
    campaign = names.index("2031年全市工会“冬日暖心”行动")
    ceremony = acts[names.index("2031年全市工会“冬日暖心”行动启动仪式")]
    assert ceremony.parent == campaign
    assert ceremony.date.end is None  # the run is the campaign's, not the ceremony's


def test_a_ceremony_spoken_of_back_stays_one_row():
    acts = _activities("此次仪式")
    assert "2031年全市工会“冬日暖心”行动" not in [a.name for a in acts]

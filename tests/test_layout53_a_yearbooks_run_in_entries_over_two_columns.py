"""A yearbook's page through a PDF text layer: two columns interleaved row by row, each
entry's 【】 head run on after the entry before it in mid-line (``…闵素琴。【职`` /
``工之家建设】 4月12日，…``), and the left column longer than the right, its last lines
printed alone under the rows. Read in session 50 (layout53) on provincial and county
yearbooks' PDF copies: the run-in heads stayed inside the entry before (three entries
lost), and the left column's last lines were read after the right column, an entry of
their own without a head. Invented page in that shape."""

from __future__ import annotations

from gonghui_build.layout.column_reading import left_tail
from gonghui_build.layout.lines import Line
from gonghui_build.layout.run_in_entries import cut_run_in_entries
from tests.conftest import layout_articles, layout_furniture

YEARBOOK = """松河区年鉴（2023）
·群团组织·
【概况】 2022年，松河区总工会有基层工   【困难帮扶】 元旦春节期间，区总工
会组织412个，会员3.6万人。区总工        会领导走访慰问困难职工218户，发放
会主席邬启航，常务副主席闵素琴。【职    慰问金31.5万元。【女职工工作】 日
工之家建设】 4月12日，区总工会在        前，区总工会女职工委员会举办女职工
松河区职工服务中心召开职工之家建设      权益保护讲座，来自各基层工会的女职
推进会，86名基层工会主席出席。区总      工代表70人参加。区总工会女职工委
工会副主席蒲海燕作工作部署。【技能      员会主任霍春兰作讲话。（岑晓）
比武】 6月至9月，区总工会在全区
18个建设项目开展“匠心杯”技能比武。
10月28日，比武总结会在区职工服务中
心召开，32名职工受到表彰。
（撰稿：蔚明远）
·96·
"""


def _plain(text: str) -> str:
    return text.replace("\n", "").strip("【】 ")


def _heads() -> list[str]:
    return [_plain(a[0][1]) for a in layout_articles(YEARBOOK) if a and a[0][0] == "headline"]


def _text_of(head: str) -> str:
    for article in layout_articles(YEARBOOK):
        if article and _plain(article[0][1]) == head:
            return "".join(_plain(plain) for role, plain in article if role == "body")
    raise AssertionError(head)


def test_every_run_in_entry_head_opens_an_entry():
    assert _heads() == ["概况", "职工之家建设", "技能比武", "困难帮扶", "女职工工作"]


def test_an_entry_head_broken_over_two_lines_opens_its_entry():
    assert _text_of("职工之家建设").startswith("4月12日，区总工会在")


def test_the_left_columns_last_lines_go_on_with_its_last_entry():
    text = _text_of("技能比武")
    assert "开展“匠心杯”技能比武。" in text
    assert "32名职工受到表彰。" in text


def test_the_writers_credit_under_the_entries_stays_the_pages():
    assert "（撰稿：蔚明远）" in layout_furniture(YEARBOOK)


def _line(text: str) -> Line:
    return Line(0, len(text), text)


def test_no_tail_when_the_left_column_ends_its_sentence():
    lefts = [_line("区总工会女职工委员会举办"), _line("讲座，70人参加。")]
    rights = [_line("区总工会领导走访慰问困难"), _line("职工218户。（岑晓）")]
    assert left_tail(lefts, rights, [_line("区职工服务中心召开。")]) == []


def test_no_tail_when_the_right_column_runs_on():
    lefts = [_line("区总工会女职工委员会举办"), _line("讲座，来自各基层工会的")]
    rights = [_line("区总工会领导走访慰问困难"), _line("职工218户，发放")]
    assert left_tail(lefts, rights, [_line("女职工代表70人参加。")]) == []


def test_a_head_after_a_sentence_in_mid_line_is_cut_only_on_a_yearbooks_page():
    group = [_line("区总工会主席邬启航出席。【技能比武】 6月，")]
    assert len(cut_run_in_entries([group], in_yearbook=True)) == 2
    assert len(cut_run_in_entries([group], in_yearbook=False)) == 1


def test_a_label_in_brackets_after_a_sentence_is_no_entry():
    group = [_line("区总工会主席邬启航出席。【编者按】 这次会议")]
    assert len(cut_run_in_entries([group], in_yearbook=True)) == 1

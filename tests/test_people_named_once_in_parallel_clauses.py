"""Names that parallel clauses print once each, in a paragraph the garbled-text detector
flags for its repeats alone: the clauses repeat their frame (来自某地的甲某获得…一等奖，
来自某地的乙某获得…一等奖), not the name, so the names are people; a fragment the OCR
printed twice prints its name twice, and a name there stays unread. Invented names,
places and events."""

from __future__ import annotations

from gonghui_build.extract.people.counted import read_in_repeats
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.layout.quality import Run
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from gonghui_build.vocabulary import MentionSource
from tests.conftest import page_facts

_WINNERS = (
    "青禾市职工技能大赛落幕\n\n"
    "本报讯 本届大赛设焊工、电工、茶艺、面点四个项目。最终，来自石湾的邬立强获得焊工"
    "竞赛一等奖，来自柳溪的苗春燕获得电工竞赛一等奖，来自石湾的柏文轩获得茶艺竞赛"
    "一等奖，来自青禾的韦晓东获得面点竞赛一等奖。"
)


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


def _repeat_runs(text: str) -> list[Run]:
    parsed = parse_page(page_from_bytes("p.txt", text.encode()))
    return [r for rs in parsed.runs.values() for r in rs]


def test_names_printed_once_in_parallel_clauses_flagged_for_repeats_are_people():
    runs = _repeat_runs(_WINNERS)
    assert runs and all(r.signals == ("repeat",) for r in runs)  # the frames repeat
    assert _people(_WINNERS) == ["邬立强", "苗春燕", "柏文轩", "韦晓东"]


def test_a_name_in_a_fragment_printed_twice_stays_unread_in_a_run_of_repeats():
    text = "车间里，邬立强担负起带班任务，邬立强担负起带班任务，大家都很佩服。"
    repeats = [Run(0, len(text), 0.7, ("repeat",))]
    name = NameHit("邬立强", 4, 7, MentionSource.model, 0.75)
    assert not read_in_repeats(text, name, ("model",), repeats)
    single = text.replace("，邬立强担负起带班任务", "", 1)
    assert read_in_repeats(single, name, ("model",), repeats)


def test_a_word_printed_once_in_a_run_of_repeats_is_no_name():
    text = "展馆招募文博讲解员、青年讲解员、少年讲解员各十名。"
    repeats = [Run(0, len(text), 0.7, ("repeat",))]
    word = NameHit("文博", 4, 6, MentionSource.model, 0.75)
    assert not read_in_repeats(text, word, ("model",), repeats)


def test_a_word_misread_as_a_name_in_a_fragment_printed_again_is_no_name():
    text = "全体干部，邬实担负起责任，切实担负起责任，做好服务。"
    repeats = [Run(0, len(text), 0.7, ("repeat",))]
    misread = NameHit("邬实", 5, 7, MentionSource.model, 0.75)
    assert not read_in_repeats(text, misread, ("jieba", "model"), repeats)
    apart = "全体干部，邬实担负起责任，大家切实履职，做好服务。"
    assert read_in_repeats(apart, misread, ("jieba", "model"), repeats)

"""Garbled runs: detected in text the OCR interleaved, never in clean prose, never
dropped, and what is read from them is marked low-confidence."""

from __future__ import annotations

from gonghui_build import pipeline
from gonghui_build.layout.quality import garbled_runs, quality
from gonghui_build.pages import page_from_bytes


def interleave(a: str, b: str, width: int, overlap: int) -> str:
    """Two columns read across by the OCR: lines of ``a`` and ``b`` alternate, and each
    line of ``a`` repeats the end of the previous one (the overlap the OCR reads twice)."""
    out = []
    for i in range(0, min(len(a), len(b)), width):
        out.append(a[max(0, i - overlap) : i + width])
        out.append(b[i : i + width])
    return "".join(out)


LEFT = "各级工会要坚持以职工为中心的工作导向，把职工群众满意作为检验工作成效的根本标准，不断提升服务水平。"
RIGHT = "今年以来，区总工会先后开展了技能培训、法律援助和困难帮扶等十余项服务，受到广大职工欢迎。"
CLEAN = [
    # natural parallel phrasing repeats whole words close together: not garbled
    "要把学习贯彻党的二十大精神作为首要政治任务，在学深悟透上下功夫，在学习贯彻党的二十大精神上作表率。",
    "认清工会工作面临的新形势，了解工会工作面临的新任务，切实增强工作的主动性。",
    "坚持原原本本学、全面系统学、联系实际学，切实学习好、宣传好、贯彻好会议精神。",
    "实实在在地为职工群众服务，做到件件有着落、事事有回音。",
]


def test_interleaved_columns_are_flagged():
    text = interleave(LEFT, RIGHT, width=10, overlap=6)
    runs = garbled_runs(text)
    assert runs
    assert quality(text, runs) < 0.8


def test_doubled_particles_and_commas_are_flagged():
    for text in ("坚持问题导向，坚持的的是，服务职工。", "使工会干部，，服务职工群众。"):
        assert garbled_runs(text), text


def test_natural_repetition_is_not_flagged():
    for text in CLEAN:
        assert garbled_runs(text) == [], text


def test_facts_read_from_a_garbled_run_are_low_confidence(tmp_path):
    garbled = interleave(
        "区总工会副主席韩立新现场作专题辅导，要求工会干部切实担负起带领职工的责任。",
        "今年以来，区总工会先后开展了技能培训、法律援助和困难帮扶等十余项服务。",
        width=10,
        overlap=6,
    )
    page = (
        "工会干部培训班开班\n\n□本报记者 宋佳\n\n"
        + garbled
        + "\n\n区总工会主席欧阳明表示，要办好培训。\n"
    )
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p.txt").write_text(page, encoding="utf-8")
    pipeline.run(folder, tmp_path / "out")
    import gonghui

    paragraphs = gonghui.load("paragraphs", data=tmp_path / "out")
    assert paragraphs["is_garbled"].sum() == 1  # kept, flagged, not dropped
    assert garbled in "".join(paragraphs["original_text"])
    mentions = gonghui.load("person_mentions", data=tmp_path / "out")
    people = gonghui.load("people", data=tmp_path / "out").set_index("person_id")["name"]
    mentions["name"] = mentions["person_id"].map(people)
    in_run = mentions[mentions["in_garbled_run"]]
    assert (in_run["confidence"] <= 0.3).all()
    clean = mentions[mentions["name"] == "欧阳明"]
    assert len(clean) == 1 and not clean["in_garbled_run"].iloc[0]
    assert clean["confidence"].iloc[0] > 0.3


def test_page_from_bytes_keeps_every_character():
    page = page_from_bytes("x.txt", "\ufeff标题\r\n\r\n正文。".encode())
    assert page.text == "标题\r\n\r\n正文。"

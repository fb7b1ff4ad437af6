"""The build does not hold an archive's texts: discovery keeps each page's name, hash and
encoding (``inputs.PageFile``), and the text is read again when the page's chunk is made.
A page that changed or went away in between is an error naming it, never a mix of two
versions of one page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS

PAGE = "区总工会召开座谈会\n\n本报讯 会议在京举行。\n"


def test_discovery_keeps_no_text_and_a_page_loads_as_it_was_decoded(tmp_path: Path):
    from gonghui_build.inputs import discover
    from gonghui_build.pages import page_from_bytes

    (tmp_path / "a.txt").write_bytes(PAGE.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(PAGE.encode("gb18030"))
    found = discover(tmp_path).pages
    assert not any(hasattr(f, "text") for f in found)
    utf8, gbk = (f.load() for f in found)
    assert utf8 == page_from_bytes("a.txt", PAGE.encode("utf-8"))
    assert gbk.text == PAGE and gbk.encoding == "gb18030" == found[1].encoding


@pytest.mark.parametrize("change", ["edited", "removed"])
def test_a_page_changed_after_discovery_is_an_error_naming_it(tmp_path: Path, change: str):
    from gonghui_build.inputs import discover
    from gonghui_build.pages import InputError

    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    found = discover(tmp_path).pages[0]
    if change == "edited":
        (tmp_path / "a.txt").write_text(PAGE + "又一段。\n", encoding="utf-8")
    else:
        (tmp_path / "a.txt").unlink()
    with pytest.raises(InputError, match=r"^a\.txt: .*build again"):
        found.load()


_LOADS: list[str] = []


class _Counted:
    """A page on disk that notes in ``_LOADS`` each time its text is read."""

    def __init__(self, page) -> None:
        self.page = page

    def load(self):
        _LOADS.append(self.page.page_id)
        return self.page


def test_texts_are_read_one_chunk_at_a_time():
    from gonghui_build.pagemap import _chunks
    from gonghui_build.pages import read_pages

    pages = read_pages(SEEDS)
    _LOADS.clear()
    chunks = _chunks([(_Counted(p), None) for p in pages], 2)
    first, _ = next(chunks)
    assert [p.page_id for p in first] == _LOADS == [p.page_id for p in pages[:2]]
    assert len(list(chunks)) == (len(pages) - 1) // 2
    assert len(_LOADS) == len(pages)


def test_a_page_changed_while_workers_read_stops_the_build_with_its_name(tmp_path: Path):
    from gonghui_build.inputs import discover
    from gonghui_build.pagemap import map_pages
    from gonghui_build.pages import InputError

    folder = tmp_path / "pages"
    shutil.copytree(SEEDS, folder)
    found = discover(folder).pages
    last = found[-1]
    Path(last.path).write_text(PAGE, encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{last.source_file}: changed"):
        list(map_pages(found, lambda _p: None, jobs=2))

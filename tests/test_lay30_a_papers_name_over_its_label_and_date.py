"""A paper's name at the top of a page is its masthead when the rows under it are the
page's furniture and one of them is dated, the page's label first or not
(``某某职工报`` / ``第05版：某某`` / ``2019年4月29日 星期一``): read as a display line it
became the headline of the text under the rows (invented text)."""

from __future__ import annotations

from tests.conftest import block_roles

ROWS = "第05版：劳模风采\n2019年4月29日 星期一\n"
TEXT = "本版今日起刊发东坪区劳模的故事，讲述他们在岗位上的坚守。\n"


def test_a_papers_name_over_its_pages_label_and_date_is_furniture() -> None:
    assert block_roles("青禾职工报\n" + ROWS + TEXT)["青禾职工报"] == "furniture"

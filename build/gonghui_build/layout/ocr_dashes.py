"""A subtitle's dash that an OCR read as 一 (``一走进…`` for ``——走进…``).

A deck under a headline opens with a dash; an old page's OCR often reads the dash as the
numeral 一, so a last head line opening with 一 is read as the deck. Not when it is a
numbered heading (``一、…``) or a results list's first prize (``一等奖``), and not when the
line over it is a place's name alone (``某市`` / ``一建筑工地开展送清凉``): a place alone
heads no item, it is the kicker of a headline that opens with the numeral ``一`` (a page's
headline index prints the two run together, ``某市一建筑工地…``).
"""

from __future__ import annotations

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import NUMBERED_RE
from gonghui_build.layout.index import title_key
from gonghui_build.layout.shapes import is_place_name
from gonghui_build.layout.unit_lists import heading_names_award
from gonghui_build.text.chars import without_spaces


def _ocr_dash(block: Block) -> bool:
    """A subtitle whose dash the OCR read as 一 (``一走进…``), not a numbered heading nor
    a results list's first prize (``一等奖``, a heading of the list)."""
    compact = without_spaces(block.plain)
    return (
        compact.startswith("一")
        and not NUMBERED_RE.match(compact)
        and not heading_names_award(block)
    )


def ocr_dash_under(above: Block, block: Block) -> bool:
    """``block`` is a deck whose dash the OCR read as 一 under the head line ``above``: no
    deck stands under a place's name alone (see the module)."""
    key = title_key(above.plain)
    return _ocr_dash(block) and not (key and is_place_name(key))

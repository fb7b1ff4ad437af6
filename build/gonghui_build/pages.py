"""Stage 1 — raw pages: read every ``.txt`` file of a folder as a page.

Offsets everywhere in the dataset count characters of the decoded file text (a UTF-8
byte-order mark, if present, is not part of the text). Nothing else is changed here: line
endings stay as the file has them (LF, CRLF, CR, U+2028, NEL…, mixed), and the layout reads
every one of them as the end of a line (``layout/lines.py``), so that offsets still slice
the file as it is.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """The input folder or one of its pages cannot be used; the message says how to fix it."""


@dataclass(frozen=True)
class Page:
    page_id: str
    source_file: str
    text: str
    sha256: str
    #: The encoding the file was read in (``inputs.decode``): utf-8, gb18030, utf_16…
    encoding: str = "utf-8"

    def load(self) -> Page:
        """The page itself (a page found on disk, ``inputs.PageFile``, reads its text)."""
        return self


def page_from_bytes(source_file: str, data: bytes) -> Page:
    """Decode one page; a file that is not UTF-8 is an error naming the file and offset."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{source_file}: not valid UTF-8 at byte {err.start} ({err.reason}); "
            "convert the page to UTF-8, e.g. `iconv -f GB18030 -t UTF-8`"
        ) from None
    return Page(
        page_id=Path(source_file).stem,
        source_file=source_file,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def read_pages(folder: Path) -> list[Page]:
    """The pages of ``folder`` in file-name order, with their texts (files set aside:
    ``inputs.discover``)."""
    from gonghui_build.inputs import discover

    return [found.load() for found in discover(folder).pages]

"""Stage 1 — the input folder: which files are pages, how each is decoded, and what is
set aside.

Users point the build at folders nobody cleaned. Every entry of the folder is either a
page (a regular file named ``*.txt`` in any case) or reported in the build report with
what to do about it: links and folders are skipped (a link may point anywhere, a loop or
nothing), a file that cannot be read or decoded is quarantined (listed, not built), an
empty page is skipped. One bad file never stops the build of the others.

Decoding: UTF-8 (with or without a byte-order mark) is read as it is; any other file is
given to charset-normalizer (MIT, maintained; it finds GBK/GB18030, UTF-16 with or without
a byte-order mark, Big5…) and its reading is kept only when it reads as text of this
archive: almost no control characters, and mostly Chinese among the characters that are
not ASCII. The encoding a page was read in is recorded (``pages.encoding``).
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from gonghui_build.pages import InputError, Page
from gonghui_build.text.chars import is_chinese_context

__all__ = ["Discovery", "PageFile", "Problem", "decode", "discover", "page_name"]

#: File name suffix of a page, compared without case (``page.TXT`` is a page).
SUFFIX = ".txt"
#: Control characters (other than whitespace) a decoded text may hold, as a share.
MAX_CONTROL_SHARE = 0.01
#: Share of Chinese characters and punctuation among non-ASCII characters that a
#: guessed encoding must give for its reading to be taken.
MIN_CHINESE_SHARE = 0.6
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")


@dataclass(frozen=True)
class Problem:
    """One entry of the build report: a file, what is wrong, and what to do."""

    file: str
    problem: str
    action: str
    #: ``skipped``: not a page (a link, a folder); ``quarantined``: a page not built;
    #: ``partial``: built, with a part of the work left out (said in ``problem``).
    outcome: str

    def __str__(self) -> str:
        return f"{self.file}: {self.problem} ({self.outcome}; {self.action})"


@dataclass(frozen=True)
class PageFile:
    """A page found in the folder, without its text: what the build knows of it before it
    reads it. The text is read again when the page's turn comes (:meth:`load`), so that
    an archive's texts are never all held at once (6 KB a page: 62 MB at 10,000 pages,
    which worker processes forked while the build ran would each have kept a share of)."""

    page_id: str
    source_file: str
    sha256: str
    encoding: str
    path: str

    def load(self) -> Page:
        """The page with its text, decoded as it was when the folder was read; a file
        that changed or went away since then is an error naming it (the build's facts
        would otherwise mix two versions of the page)."""
        try:
            data = Path(self.path).read_bytes()
        except OSError as err:
            raise InputError(
                f"{self.source_file}: cannot be read any more ({err.strerror}); "
                "leave the pages in place while they are built, and build again"
            ) from None
        page = _page(self.source_file, data)
        if not isinstance(page, Page) or page.sha256 != self.sha256:
            raise InputError(
                f"{self.source_file}: changed while the build was reading it; "
                "leave the pages unchanged while they are built, and build again"
            )
        return page


@dataclass
class Discovery:
    """The pages found, and the entries reported instead of built."""

    pages: list[PageFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def page_name(entry: os.DirEntry | Path) -> str:
    """A file name as text; bytes that are not UTF-8 are shown escaped (``\\xb9``)."""
    raw = os.fsencode(entry.name)
    return raw.decode("utf-8", errors="backslashreplace")


def _plausible(text: str) -> bool:
    """True when ``text`` reads as a page of this archive (see the module docstring)."""
    if not text:
        return True
    controls = sum(1 for c in text if ord(c) < 32 and c not in _WHITESPACE_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(text):
        return False
    wide = [c for c in text if ord(c) > 127]
    chinese = sum(1 for c in wide if is_chinese_context(c))
    return not wide or chinese >= MIN_CHINESE_SHARE * len(wide)


def decode(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of a page's bytes, or None when no encoding reads it as text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text or _plausible(text):
            return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    if text.startswith("\ufeff"):
        text = text[1:]
    return (text, best.encoding) if _plausible(text) else None


def _page(name: str, data: bytes) -> Page | Problem:
    decoded = decode(data)
    if decoded is None:
        return Problem(
            name,
            "binary or in no text encoding found (not UTF-8, GB18030 or UTF-16)",
            "check the file is a page of text; convert it to UTF-8 "
            "(e.g. `iconv -f <encoding> -t UTF-8`) and build again",
            "quarantined",
        )
    text, encoding = decoded
    if not text.strip():
        return Problem(name, "empty page (no text)", "remove it or replace it", "skipped")
    return Page(
        page_id=Path(name).stem,
        source_file=name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
    )


def _entry(entry: os.DirEntry, name: str) -> PageFile | Problem | None:
    """One folder entry as a page, a problem, or None (not a page: ignored)."""
    if not name.lower().endswith(SUFFIX):
        return None
    if entry.is_symlink():
        target = "a link to nothing" if not os.path.exists(entry.path) else "a link"
        return Problem(
            name, f"{target}: links are not followed", "copy the page into the folder", "skipped"
        )
    try:
        mode = entry.stat(follow_symlinks=False).st_mode
    except OSError as err:
        return Problem(name, f"cannot be read ({err.strerror})", "check it", "quarantined")
    if stat.S_ISDIR(mode):
        return Problem(name, "a folder, not a page", "rename or move it", "skipped")
    if not stat.S_ISREG(mode):
        return Problem(name, "not a regular file", "copy the page as a file", "skipped")
    if name != entry.name:
        return Problem(
            name,
            "file name is not UTF-8",
            "rename the file with a UTF-8 name (e.g. `convmv -f GBK -t UTF-8`)",
            "quarantined",
        )
    try:
        data = Path(entry.path).read_bytes()
    except OSError as err:
        return Problem(
            name,
            f"cannot be read ({err.strerror})",
            "check the file's permissions (`chmod a+r`) and that the disk reads it",
            "quarantined",
        )
    page = _page(name, data)
    if isinstance(page, Problem):
        return page
    return PageFile(page.page_id, page.source_file, page.sha256, page.encoding, entry.path)


def discover(folder: Path) -> Discovery:
    """The pages of ``folder`` in file-name order, and every entry set aside with why."""
    if not folder.is_dir():
        raise InputError(f"input folder {folder} does not exist or is not a folder")
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError as err:
        raise InputError(f"input folder {folder} cannot be read ({err.strerror})") from None
    found = Discovery()
    ids: dict[str, str] = {}
    for entry in entries:
        name = page_name(entry)
        result = _entry(entry, name)
        if isinstance(result, PageFile) and result.page_id in ids:
            result = Problem(
                name,
                f"same page name as {ids[result.page_id]} (file names differ only in case "
                "of the suffix)",
                "rename one of them",
                "skipped",
            )
        if isinstance(result, PageFile):
            ids[result.page_id] = name
            found.pages.append(result)
        elif result is not None:
            found.problems.append(result)
    if not found.pages:
        readable = " that can be read" if found.problems else ""
        shown = "".join(f"\n  {p}" for p in found.problems[:20])
        raise InputError(f"no .txt pages in {folder}{readable}{shown}")
    return found

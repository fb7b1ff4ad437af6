"""Atomic, exclusive output: a build is written beside its target and swapped in whole.

* **Exclusive**: a lock file beside the output folder (``.<name>.lock``, an ``flock``)
  is held for the whole build; a second build into the same folder refuses at once,
  naming the process that holds it.
* **Atomic**: every file of the build (tables, database, schemas, descriptor, build
  report) is written into a new folder beside the target (``.<name>.building-<pid>``);
  only when it is complete and its checks pass is it exchanged with the target in one
  step (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two renames). A kill, a full
  disk or a crash at any moment before that leaves the previous build as it was; the
  half-written folder is removed, or by the next build if the process was killed.
* **Messages**: an output folder that cannot be made or written (below a file, on a
  read-only or full disk, without permission) is one line naming the folder and the
  cause, and the previous build is unchanged.

When the descriptor goes to another folder than the tables (the default build: tables
in ``data/``, ``datapackage.json`` and ``schemas/`` in the current folder), each of the
three is swapped in its turn, the descriptor last.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["OutputError", "Staging", "exclusive", "scratch", "staged"]

#: Files that make a folder a build this module may replace.
BUILD_MARKERS = ("datapackage.json", "gonghui.db", "pages.parquet", "build_report.json")
_RENAME_EXCHANGE = 2


class OutputError(Exception):
    """The output cannot be written; the message is one line and says why."""


def _why(err: OSError) -> str:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EROFS: "the disk is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOTDIR: "a part of the path is a file, not a folder",
        errno.EEXIST: "a file is in the way",
    }
    return reasons.get(err.errno or 0, err.strerror or str(err))


def failure(folder: Path, err: OSError) -> OutputError:
    return OutputError(
        f"cannot write the build into {folder}: {_why(err)}; the previous build is unchanged"
    )


@contextmanager
def exclusive(target: Path) -> Iterator[None]:
    """Hold the lock of the output folder ``target`` for the block, or refuse."""
    lock = target.parent / f".{target.name}.lock"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise failure(target, err) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            raise OutputError(
                f"another build (process {holder}) is writing into {target}; wait for it "
                "to finish, or build into another --output folder"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        _remove_stale(target)
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def scratch(target: Path) -> Iterator[Path]:
    """A folder beside ``target`` for the rows of a build while its pages are read
    (``.<name>.building-<pid>-rows``), removed after the block, or by the next build if
    this one was killed; a failure to write it is one line, as for the output."""
    folder = target.parent / f".{target.name}.building-{os.getpid()}-rows"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise failure(target, err) from None
    try:
        yield folder
    except OSError as err:
        raise failure(target, err) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _remove_stale(target: Path) -> None:
    """Folders of builds killed before they finished (we hold the lock: none is live)."""
    for stale in target.parent.glob(f".{target.name}.building-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_cwd = -100
    result = renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), _RENAME_EXCHANGE)
    if result != 0:
        err = ctypes.get_errno()
        if err in (errno.ENOSYS, errno.EINVAL):
            return False
        raise OSError(err, os.strerror(err), str(a))
    return True


def swap_in(new: Path, target: Path) -> None:
    """Put ``new`` (a file or folder) at ``target``; the previous one is removed after."""
    if not target.exists() and not target.is_symlink():
        new.rename(target)
        return
    if _exchange(new, target):
        old = new  # the exchange left the previous build at the new one's name
    else:
        old = target.with_name(f".{target.name}.previous-{os.getpid()}")
        target.rename(old)
        new.rename(target)
    if old.is_dir():
        shutil.rmtree(old, ignore_errors=True)
    else:
        old.unlink(missing_ok=True)


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise OutputError(f"cannot write the build into {target}: it is a file, not a folder")
    foreign = target.is_dir() and any(target.iterdir())
    if foreign and not any((target / m).exists() for m in BUILD_MARKERS):
        raise OutputError(
            f"{target} holds files that are not a gonghui build; build into an empty or new folder"
        )


@dataclass(frozen=True)
class Staging:
    """Where a build writes: ``tables`` (the output folder's stand-in) and
    ``descriptor`` (the folder of ``datapackage.json`` and ``schemas/``)."""

    tables: Path
    descriptor: Path
    target: Path
    descriptor_target: Path

    def commit(self) -> None:
        """Swap the finished build in (the descriptor last)."""
        swap_in(self.tables, self.target)
        if self.descriptor != self.tables:
            swap_in(self.descriptor / "schemas", self.descriptor_target / "schemas")
            swap_in(
                self.descriptor / "datapackage.json", self.descriptor_target / "datapackage.json"
            )
            shutil.rmtree(self.descriptor, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.tables, ignore_errors=True)
        if self.descriptor != self.tables:
            shutil.rmtree(self.descriptor, ignore_errors=True)


@contextmanager
def staged(target: Path, descriptor_target: Path | None = None) -> Iterator[Staging]:
    """A staging area beside ``target``, discarded unless the block commits it."""
    descriptor_target = descriptor_target or target
    _check_target(target)
    pid = os.getpid()
    tables = target.parent / f".{target.name}.building-{pid}"
    descriptor = (
        tables
        if descriptor_target.resolve() == target.resolve()
        else target.parent / f".{target.name}.building-{pid}-descriptor"
    )
    try:
        tables.mkdir(parents=True)
        descriptor.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise failure(target, err) from None
    staging = Staging(tables, descriptor, target, descriptor_target)
    try:
        yield staging
    except OSError as err:
        staging.discard()
        raise failure(target, err) from None
    except BaseException:
        staging.discard()
        raise

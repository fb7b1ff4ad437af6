"""What to tell a user who points a command or ``gonghui.load`` at a folder that holds no
build: the three ways a newcomer gets there (a typo, a file, the folder of pages itself
instead of the folder built from them) each need a different next step."""

from __future__ import annotations

from pathlib import Path


def no_build(folder: Path, missing: str) -> str:
    """Why ``folder`` holds no build (``missing`` is the file looked for) and what to do."""
    if not folder.exists():
        return f"{folder} does not exist: give the --output folder of `gonghui build`"
    if not folder.is_dir():
        return f"{folder} is a file, not a folder: give the --output folder of `gonghui build`"
    if any(p.suffix.lower() == ".txt" for p in folder.iterdir()):
        return (
            f"{folder} holds .txt pages, not a build of them: run "
            f"`gonghui build --input {folder} --output BUILD` and use BUILD"
        )
    return f"{folder} holds no build ({missing} is missing): run `gonghui build`"

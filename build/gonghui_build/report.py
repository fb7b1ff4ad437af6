"""The build report: what was not built or not read, why, and what to do; and whether
the result is usable.

``build_report.json`` (beside the tables) and the summary the command prints list every
file set aside (a link, a folder, a binary or undecodable file, an unreadable or empty
one), every page only partly read (too large), every record refused by its table's
model and every data check that failed. The status is:

* ``usable`` — every page built and every check passed (exit status 0);
* ``usable with warnings`` — some files or records were left out, as listed, and the
  rest is complete and checked (exit status 3; ``--strict`` makes it 1);
* ``failed`` — a data check failed, or nothing could be built (exit status 1); a build
  whose checks fail is not swapped in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gonghui_build.checks import Failure
from gonghui_build.inputs import Problem
from gonghui_build.validate import Invalid

USABLE, WARNINGS, FAILED = "usable", "usable with warnings", "failed"
EXIT_STATUS = {USABLE: 0, WARNINGS: 3, FAILED: 1}
REPORT_FILE = "build_report.json"


@dataclass
class BuildReport:
    files: list[Problem] = field(default_factory=list)
    invalid: list[Invalid] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    pages_built: int = 0

    @property
    def status(self) -> str:
        if self.failures or not self.pages_built:
            return FAILED
        return WARNINGS if self.files or self.invalid else USABLE

    @property
    def exit_status(self) -> int:
        return EXIT_STATUS[self.status]

    def as_json(self) -> dict:
        """Deterministic (no times, no absolute paths): the same input, the same file."""
        return {
            "status": self.status,
            "pages_built": self.pages_built,
            "files": [
                {"file": p.file, "problem": p.problem, "outcome": p.outcome, "action": p.action}
                for p in self.files
            ],
            "invalid_records": [
                {"table": i.table, "key": i.key, "field": i.field, "message": i.message}
                for i in self.invalid
            ],
            "failed_checks": [
                {"check": f.check.name, "table": f.check.table, "rows": [list(r) for r in f.rows]}
                for f in self.failures
            ],
        }

    def write(self, folder: Path) -> Path:
        path = folder / REPORT_FILE
        text = json.dumps(self.as_json(), ensure_ascii=False, indent=2, default=str)
        path.write_text(text + "\n", encoding="utf-8")
        return path

    def lines(self, limit: int = 20) -> list[str]:
        """The summary: one line per problem (the first ``limit`` of each kind)."""
        out = [f"Status: {self.status}"]
        for title, items in (
            ("Files not built or partly read", self.files),
            ("Invalid records left out", self.invalid),
            ("Failed data checks", self.failures),
        ):
            if items:
                out.append(f"{title}: {len(items)}")
                out += [f"  - {item}" for item in items[:limit]]
                if len(items) > limit:
                    out.append(f"  … {len(items) - limit} more in {REPORT_FILE}")
        return out

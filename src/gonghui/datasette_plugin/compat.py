"""Two fixes to Datasette 0.65.

**Paging in the declared order.**
Tables are shown in their declared order by sorting on ``rowid`` (the rows are stored in
that order, see :mod:`gonghui.database`). To page on, Datasette reads the sort value of
the last row, and looks it up by primary key when the row does not hold it — but after
expanding foreign-key labels its rows are ``CustomRow`` objects, which raise
``KeyError`` where Datasette expects ``IndexError``, and the page fails. Rows that raise
``IndexError`` for a missing column let Datasette take its own fallback.

**Tracebacks for server errors only.** Datasette's error handler prints a traceback
with every local variable (hundreds of lines) for every error when ``rich`` is
installed, a 404 included; without it, it prints a plain traceback for 5xx only.
"""

from __future__ import annotations

from datasette.utils import CustomRow


class Row(CustomRow):
    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            raise IndexError(key) from None


def install() -> None:
    """Called at Datasette's startup (importing its views earlier would be circular)."""
    from datasette import handle_exception
    from datasette.views import table

    table.CustomRow = Row
    handle_exception.rich = None

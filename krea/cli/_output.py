"""How does ``krea`` show what happened? JSON on stdout for machines, a live rich display for people.

JSON is the default when stdout is not a terminal (``--json``/``--no-json`` override it). Results go to
stdout; progress, notes and errors go to stderr, so ``krea image ... > result.json`` stays parseable.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

    from .._job import JobBase


def to_plain(value: Any) -> Any:
    """A JSON-ready copy of ``value``: generated models through ``to_dict``, paths as strings."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(key): to_plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    if isinstance(value, Path):
        return str(value)
    return value


class Output:
    """Where one command's results, progress and errors go.

    Args:
        json_mode: True for machine output, False for the human display, None to pick by whether stdout
            is a terminal.
    """

    def __init__(self, json_mode: bool | None = None) -> None:
        self.json = (not sys.stdout.isatty()) if json_mode is None else json_mode
        """Whether results are printed as JSON."""
        self._emitted = False

    def stdout(self) -> Console:
        """A rich console on the current stdout."""
        from rich.console import Console

        return Console(file=sys.stdout, highlight=False)

    def stderr(self) -> Console:
        """A rich console on the current stderr."""
        from rich.console import Console

        return Console(file=sys.stderr, highlight=False)

    def emit(self, value: Any) -> None:
        """Print a result: as JSON in JSON mode, else a record as one ``field  value`` line per field."""
        plain = to_plain(value)
        self._emitted = True
        if self.json:
            print(json.dumps(plain, indent=2, default=str), file=sys.stdout, flush=True)
        elif isinstance(plain, Mapping):
            from rich.table import Table

            grid = Table.grid(padding=(0, 2))
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
            for key, item in plain.items():
                grid.add_row(_cell(key), _cell(item if not isinstance(item, Mapping | list) or not item else
                                               json.dumps(item, default=str)))  # fmt: skip
            self.stdout().print(grid)
        else:
            self.stdout().print_json(data=plain, default=str)

    def table(self, rows: Sequence[Mapping[str, Any]], columns: Sequence[str], *, title: str | None = None) -> None:
        """Print rows: a JSON list in JSON mode, else a table of the given columns."""
        if self.json:
            self.emit(list(rows))
            return
        self._emitted = True
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for index, column in enumerate(columns):
            table.add_column(column, no_wrap=index == 0)  # the first column is an id: never split it
        for row in rows:
            table.add_row(*(_cell(row.get(column)) for column in columns))
        self.stdout().print(table)

    def note(self, text: str) -> None:
        """Tell a person something on stderr (nothing in JSON mode)."""
        if not self.json:
            self.stderr().print(text, markup=False, soft_wrap=True)

    def paths(self, paths: Sequence[Path]) -> None:
        """Print saved files, one path per line, for people (JSON mode prints them inside the result)."""
        if not self.json:
            for path in paths:
                print(path, file=sys.stdout, flush=True)

    def error(self, message: str, *, code: int, kind: str) -> None:
        """Report a failure: one line on stderr, and in JSON mode an ``{"error": ...}`` document on stdout
        unless a result was printed already (stdout always holds at most one JSON document)."""
        if self.json and not self._emitted:
            print(json.dumps({"error": {"type": kind, "message": message, "exit_code": code}}), flush=True)
        print(f"krea: error: {message}", file=sys.stderr, flush=True)

    @contextmanager
    def watch(self, job: JobBase, clock: Callable[[], float]) -> Iterator[Callable[[Any], None]]:
        """Show a job's progress while it is waited for; yields the ``on_update`` callback for the wait.

        A person sees one line per status change with the elapsed time, under a spinner on a terminal;
        JSON mode shows nothing.
        """
        if self.json:
            yield lambda _job: None
            return
        console = self.stderr()
        start = clock()
        state = {"status": job.status}

        def on_update(current: Any) -> None:
            state["status"] = current.status
            console.print(f"  {clock() - start:7.1f}s  {current.status}", markup=False, highlight=False)

        if not console.is_terminal:
            yield on_update
            return
        from rich.live import Live

        ticker = _Ticker(job.id, state, clock, start)
        with Live(ticker, console=console, refresh_per_second=8, transient=True):
            yield on_update


class _Ticker:
    """The live line under the status lines: a spinner, the job, its status and the time so far."""

    def __init__(self, job_id: str, state: dict[str, str], clock: Callable[[], float], start: float) -> None:
        from rich.spinner import Spinner

        self._spinner = Spinner("dots")
        self._job_id, self._state, self._clock, self._start = job_id, state, clock, start

    def __rich__(self) -> RenderableType:
        from rich.table import Table

        grid = Table.grid(padding=(0, 1))
        elapsed = self._clock() - self._start
        grid.add_row(self._spinner, f"job {self._job_id}  {self._state['status']}  {elapsed:.1f}s")
        return grid


def _cell(value: Any) -> Text:
    from rich.text import Text

    if value is None:
        return Text("")
    if isinstance(value, list | tuple):
        return Text(", ".join(str(item) for item in value))
    return Text(str(value))


@contextmanager
def warnings_as_lines() -> Iterator[None]:
    """While inside, each warning prints as one ``krea: warning: ...`` line on stderr.

    Python's own format names an internal file and line and repeats the source line, which means nothing
    to someone running a command. Krea's deprecation notices are always shown (the client says each once).
    """
    import warnings

    from .._errors import KreaDeprecationWarning

    def show(message: Warning | str, category: type[Warning], *args: object, **kwargs: object) -> None:
        print(f"krea: warning: {' '.join(str(message).split())}", file=sys.stderr, flush=True)

    with warnings.catch_warnings():
        warnings.simplefilter("always", KreaDeprecationWarning)
        warnings.showwarning = show
        yield

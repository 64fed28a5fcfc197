"""What can stop a batch before or while it runs? The batch's own errors, apart from the API's.

    BatchError             base of what the batch engine and its journals raise
    ├── BatchSetupError    the batch cannot run as given: its input file, or the journal it names
    └── JournalError       the journal failed while in use, or another live worker holds the line

A line's own failure (a 4xx, a failed job, a timeout) is never raised: it is journaled, and counted in the
``Summary`` that ``Batch.run`` returns. These are the failures that stop the run itself; ``str()`` is a
one-line message that says what to do, and the command line (``krea.cli.batch``) picks the exit code.
"""

from __future__ import annotations


class BatchError(Exception):
    """A batch cannot start or cannot go on."""


class BatchSetupError(BatchError):
    """Raised when the input file cannot be read, or the journal named is unusable for it.

    A folder, a file or database of something else, a journal of another file or of a newer schema, an invalid
    URL, a user without the rights it needs, or no PostgreSQL driver: running the same command again fails
    again until the input or the journal is changed.
    """


class JournalError(BatchError):
    """Raised when the journal cannot be reached, fails or is lost while in use, or another live run holds a line.

    Nothing more is sent; running the same command again goes on where this run stopped.
    """

"""The numbers krea uses when nobody says otherwise, with where they come from."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.krea.ai"
DEFAULT_TIMEOUT = 60.0
"""Seconds per HTTP request. Generation POSTs answer at once (the work happens in the job)."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_WAIT_TIMEOUT = 30 * 60.0
"""Default deadline of ``wait``/``subscribe``: Krea's skills cap long (4K) video waits at 30 minutes."""
DEFAULT_MAX_IN_FLIGHT = 20
"""Most requests one client has in flight at once; the rest queue in order. httpcore's pool rescans every
request waiting in it on each change (encode/httpcore#1035), so 1,000 requests let into it at once cost far
more than the same requests let in 20 at a time (tests/benchmarks/bench_in_flight.py)."""

# Polling: Krea recommends checking every 2-5 s; start sooner so fast image jobs return quickly.
POLL_FIRST_PAUSE = 1.0
POLL_BACKOFF = 1.5
POLL_MAX_PAUSE = 5.0
POLL_JITTER = 0.1
"""Fraction of each pause added or removed at random, so many waiters do not poll in step."""
POLL_MIN_PAUSE = 2.0
"""The low end of Krea's 2-5 s: the shortest pause after a first poll timed by the model's average."""
POLL_AVERAGE_SHARE = 0.65
"""Share of a model's documented average completion time (``x-krea-average-seconds``) the first poll waits:
a job of average length is then seen with two checks, one that runs well under its average (a 7 s model's
job done in 3 s) still within about 2 s."""
POLL_PAST_AVERAGE = 0.5
"""Seconds after the average at which the second poll comes: where a job of average length has just ended."""
POLL_AVERAGE_CAP = 10.0
"""The longest first pause an average may set (seconds): the first check of a slow model's job (a video's
average is minutes) comes by then, so a job that fails at once (moderation, a bad input) is seen within
seconds, not at most of the average; after it, the usual backoff."""

# The watcher (krea/_async/_watcher.py): the status reads of a client's waits in progress, made together.
WATCH_GATHER = 0.1
"""Seconds a round of reads waits for the others asked for at about the same time (at most ten rounds a second)."""
WATCH_PAGE = 1000
"""Most jobs per page of the watcher's listing: Krea's largest page."""
WATCH_MIN_PAGE = 50
"""Fewest jobs per page of the watcher's listing (a round of a few jobs reads a small page, not 1,000 jobs)."""
WATCH_HEARTBEAT = 1.0
"""Seconds between the watcher's listings of its own, while enough waits are past their first read (below)."""
WATCH_HEARTBEAT_WAITS = 5
"""Waits past their first read for the watcher to list on its own: a listing a second then costs no more
requests than those waits would send at the slow end of Krea's 2-5 s guidance (one each every 5 s)."""
WATCH_HEARTBEAT_FAILED = 10.0
"""Seconds without listings of its own after one failed (the waits' own reads go on as scheduled)."""
WATCH_HEARTBEAT_BUDGET = 2.0
"""Seconds the watcher's own listing may take, retries and ``Retry-After`` included (it is given up past them:
the reads asked for meanwhile are served next, not held up by it)."""

# Retries: exponential backoff with jitter, honouring Retry-After up to a cap.
RETRY_INITIAL_DELAY = 0.5
RETRY_MAX_DELAY = 8.0
RETRY_AFTER_CAP = 60.0
"""Longest Retry-After waited for; after a longer one the error is raised at once (Krea documents no such header)."""
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})

MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""Largest API answer krea reads (a page of 1,000 jobs is well under 1 MiB); downloads have no limit."""
MAX_ERROR_BODY_BYTES = 64 * 1024
"""How much of an error answer is read for its message; the rest is dropped."""
MAX_EMPTY_PAGES = 10
"""Empty pages in a row, each with a new cursor, after which a listing stops with an error (a broken server)."""
MAX_ID_LENGTH = 512
"""Longest job, asset, style or node-app id krea sends (Krea's are UUIDs or short slugs)."""

MAX_ASSET_BYTES = 75 * 1024 * 1024
"""Krea refuses uploads over 75 MB; krea refuses them before sending."""

CANCEL_TIME = 15.0
"""Seconds the cancel after an interrupt or a deadline may take, retries included."""

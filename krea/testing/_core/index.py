"""Which of an account's jobs come before a cursor? A creation-ordered index with O(log n) lookups."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator

from krea.testing._core.jobs import MockJob


def millis(seconds: float) -> int:
    """A clock reading in whole milliseconds, the resolution of Krea's timestamps."""
    return round(seconds * 1000)


class JobIndex:
    """An account's jobs by creation instant; instants are unique per account (see ``State.stamp``)."""

    def __init__(self) -> None:
        self._keys = array("q")  # 8 bytes a key, where a list of ints holds a 32-byte object each
        self._jobs: list[MockJob] = []

    def add(self, job: MockJob) -> None:
        """Index a job created after every indexed one (creation instants only grow within an account)."""
        key = millis(job.created)
        if self._keys and key <= self._keys[-1]:
            raise ValueError(f"job {job.job_id} was not created after the account's previous job")
        self._keys.append(key)
        self._jobs.append(job)

    def remove(self, job: MockJob) -> None:
        """Forget a job (when finished jobs are evicted); a job not indexed is ignored."""
        at = bisect_left(self._keys, millis(job.created))
        if at < len(self._jobs) and self._jobs[at] is job:
            del self._keys[at]
            del self._jobs[at]

    def before(self, key: int | None) -> Iterator[MockJob]:
        """Jobs created strictly before ``key`` milliseconds (every job for None), newest first."""
        at = len(self._keys) if key is None else bisect_left(self._keys, key)
        for index in range(at - 1, -1, -1):
            yield self._jobs[index]

    def __iter__(self) -> Iterator[MockJob]:
        return iter(list(self._jobs))

    def __len__(self) -> int:
        return len(self._jobs)

from enum import StrEnum


class JobStatus(StrEnum):
    BACKLOGGED = "backlogged"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    INTERMEDIATE_COMPLETE = "intermediate-complete"
    PROCESSING = "processing"
    QUEUED = "queued"
    SAMPLING = "sampling"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)

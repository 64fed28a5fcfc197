from enum import StrEnum


class HailuoSubjectType(StrEnum):
    CHARACTER = "character"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LumaUni1RequestStyle(StrEnum):
    AUTO = "auto"
    MANGA = "manga"

    def __str__(self) -> str:
        return str(self.value)

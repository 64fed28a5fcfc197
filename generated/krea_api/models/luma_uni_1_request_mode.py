from enum import StrEnum


class LumaUni1RequestMode(StrEnum):
    MAX = "max"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)

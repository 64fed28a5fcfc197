from enum import StrEnum


class Kling25RequestMode(StrEnum):
    PRO = "pro"

    def __str__(self) -> str:
        return str(self.value)

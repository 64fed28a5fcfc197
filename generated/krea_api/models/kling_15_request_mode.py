from enum import StrEnum


class Kling15RequestMode(StrEnum):
    PRO = "pro"

    def __str__(self) -> str:
        return str(self.value)

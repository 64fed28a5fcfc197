from enum import StrEnum


class Kling1RequestMode(StrEnum):
    PRO = "pro"
    STD = "std"

    def __str__(self) -> str:
        return str(self.value)

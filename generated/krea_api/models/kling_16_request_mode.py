from enum import StrEnum


class Kling16RequestMode(StrEnum):
    PRO = "pro"
    STD = "std"

    def __str__(self) -> str:
        return str(self.value)

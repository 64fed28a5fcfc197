from enum import StrEnum


class Kling2RequestMode(StrEnum):
    MASTER = "master"
    PRO = "pro"

    def __str__(self) -> str:
        return str(self.value)

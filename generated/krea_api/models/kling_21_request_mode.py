from enum import StrEnum


class Kling21RequestMode(StrEnum):
    MASTER = "master"
    PRO = "pro"

    def __str__(self) -> str:
        return str(self.value)

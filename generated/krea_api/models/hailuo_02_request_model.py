from enum import StrEnum


class Hailuo02RequestModel(StrEnum):
    MINIMAX_HAILUO_02 = "MiniMax-Hailuo-02"

    def __str__(self) -> str:
        return str(self.value)

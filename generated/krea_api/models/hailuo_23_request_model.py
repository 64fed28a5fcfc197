from enum import StrEnum


class Hailuo23RequestModel(StrEnum):
    MINIMAX_HAILUO_2_3 = "MiniMax-Hailuo-2.3"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class Hailuo23FastRequestModel(StrEnum):
    MINIMAX_HAILUO_2_3_FAST = "MiniMax-Hailuo-2.3-fast"

    def __str__(self) -> str:
        return str(self.value)

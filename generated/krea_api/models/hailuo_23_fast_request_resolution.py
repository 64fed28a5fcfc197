from enum import StrEnum


class Hailuo23FastRequestResolution(StrEnum):
    VALUE_0 = "768p"
    VALUE_1 = "1080p"

    def __str__(self) -> str:
        return str(self.value)

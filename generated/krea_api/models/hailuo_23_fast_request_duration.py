from enum import IntEnum


class Hailuo23FastRequestDuration(IntEnum):
    VALUE_6 = 6
    VALUE_10 = 10

    def __str__(self) -> str:
        return str(self.value)

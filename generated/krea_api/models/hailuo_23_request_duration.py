from enum import IntEnum


class Hailuo23RequestDuration(IntEnum):
    VALUE_6 = 6
    VALUE_10 = 10

    def __str__(self) -> str:
        return str(self.value)

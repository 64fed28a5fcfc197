from enum import StrEnum


class GrokVideoRequestAspectRatio(StrEnum):
    VALUE_0 = "16:9"
    VALUE_1 = "9:16"
    VALUE_2 = "1:1"
    VALUE_3 = "4:3"
    VALUE_4 = "3:4"
    VALUE_5 = "3:2"
    VALUE_6 = "2:3"

    def __str__(self) -> str:
        return str(self.value)

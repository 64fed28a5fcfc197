from enum import StrEnum


class NanoBananaRequestAspectRatio(StrEnum):
    VALUE_0 = "21:9"
    VALUE_1 = "1:1"
    VALUE_2 = "4:3"
    VALUE_3 = "3:2"
    VALUE_4 = "2:3"
    VALUE_5 = "5:4"
    VALUE_6 = "4:5"
    VALUE_7 = "3:4"
    VALUE_8 = "16:9"
    VALUE_9 = "9:16"

    def __str__(self) -> str:
        return str(self.value)

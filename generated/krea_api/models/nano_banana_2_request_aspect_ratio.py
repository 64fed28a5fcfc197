from enum import StrEnum


class NanoBanana2RequestAspectRatio(StrEnum):
    VALUE_0 = "4:1"
    VALUE_1 = "21:9"
    VALUE_10 = "9:16"
    VALUE_11 = "1:4"
    VALUE_12 = "1:8"
    VALUE_2 = "1:1"
    VALUE_3 = "4:3"
    VALUE_4 = "3:2"
    VALUE_5 = "2:3"
    VALUE_6 = "5:4"
    VALUE_7 = "4:5"
    VALUE_8 = "3:4"
    VALUE_9 = "16:9"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class RunwayAlephRequestRatio(StrEnum):
    VALUE_0 = "1280:720"
    VALUE_1 = "720:1280"
    VALUE_2 = "1104:832"
    VALUE_3 = "960:960"
    VALUE_4 = "832:1104"
    VALUE_5 = "1584:672"
    VALUE_6 = "848:480"
    VALUE_7 = "640:480"

    def __str__(self) -> str:
        return str(self.value)

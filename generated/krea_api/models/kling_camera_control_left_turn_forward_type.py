from enum import StrEnum


class KlingCameraControlLeftTurnForwardType(StrEnum):
    LEFT_TURN_FORWARD = "left_turn_forward"

    def __str__(self) -> str:
        return str(self.value)

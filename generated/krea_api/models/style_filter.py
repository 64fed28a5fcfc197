from enum import StrEnum


class StyleFilter(StrEnum):
    ALL = "all"
    COMMUNITY = "community"
    EDITOR = "editor"
    GALLERY = "gallery"
    KREA = "krea"
    PUBLIC = "public"
    SHARED = "shared"
    UNAPPROVED = "unapproved"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

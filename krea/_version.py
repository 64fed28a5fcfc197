"""The version of krea-python: the one place it is defined."""

__version__ = "0.1.0"

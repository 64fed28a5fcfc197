"""User-like calls checked by ``mypy --strict`` (``make lint``) and pyright, never run.

A valid call must type-check clean; each wrong one carries ``# type: ignore[<code>]`` with the exact error
code, and ``warn_unused_ignores`` fails the check when a mistake stops being reported.
"""

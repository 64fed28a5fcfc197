"""The sync facade: ``krea.Krea``, its resources, and how they send. Generated: do not edit it here.

Every module in this package except ``_flavour.py`` (and this file) is written by ``make generate`` from its
twin in ``krea/_async/``, the source (``scripts/unasync.py``); ``make check-generated`` fails when one is
stale. Change the async source, then regenerate. ``_flavour.py`` holds what the sync flavour does its own way
(``time.sleep``, one call after another, Ctrl-C as the only interrupt).
"""

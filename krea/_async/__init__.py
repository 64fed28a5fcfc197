"""The async facade, the source of the sync one: ``AsyncKrea``, its resources, and how they send.

Edit the code here; ``make generate`` writes ``krea/_sync/`` from it (``scripts/unasync.py``), and
``make check-generated`` fails when that is stale. What differs between the flavours (sleeping, running
calls at once, what interrupts a wait) is in ``_flavour.py``, written by hand in each package. What does not
send at all (the rules: errors, retries, the money rule, pages, jobs' reading rules) is in ``krea/`` itself.
"""

"""How do many generations run so that a crash never makes them pay twice? The batch engine and its journals.

To change how lines are submitted, waited for and retried, open ``engine`` (``Batch``, ``Summary``); what a
journal records and the states a line goes through, ``journal``; one journal's storage, ``sqlite`` (one
machine) or ``postgres`` (many workers); which one ``--journal`` names, ``journals``; what stops a run,
``errors``. Nothing here knows the command line: ``Batch.run`` returns a ``Summary`` and failures raise
``BatchError``, and ``krea.cli.batch`` turns both into output and exit codes. ``import krea`` loads none of it.
"""

from __future__ import annotations

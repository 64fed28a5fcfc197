"""What does the mock remember, and how does it change as requests arrive and the clock moves?

``state.py`` is the state machine (accounts, concurrency and backlog, a job's life, settling on the clock);
``jobs.py`` one job's record and its JSON; ``billing.py`` prices and the ledger; ``clock.py`` virtual and wall
time; ``faults.py`` the misbehaviour queued for the next requests; ``webhooks.py`` deliveries; ``index.py`` and
``runs.py`` the data structures that keep it fast at scale. Nothing here knows HTTP routes or the spec.
"""

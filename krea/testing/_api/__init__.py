"""How does the mock answer Krea's API, operation by operation, as the spec describes it?

``service.py`` turns one request into one outcome (auth, faults, routing, validation, the request log);
``jobs.py`` and ``resources.py`` are the operation handlers (generation and jobs; assets, styles, node apps);
``spec.py`` reads the spec, ``validation.py`` checks requests against it, ``pages.py`` pages listings,
``multipart.py`` reads uploads, ``files.py`` makes the result files; ``call.py`` is what a handler receives.
"""

"""How do requests reach the mock? In process through httpx, over ASGI (uvicorn, ``krea mock serve``), and the
``/_mock/`` controls that steer it.

``transport.py`` holds the httpx transports, ``app.py`` the Starlette app, ``controls.py`` the ``/_mock/``
endpoints and the table ``GET /_mock`` lists. Every one of them ends in ``MockKrea.handle``.
"""

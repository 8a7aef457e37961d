"""The web app and the HTTP APIs (native REST and OpenAI-compatible), over conversations kept in SQLite
or PostgreSQL.

Public face: ``create_app(service, api_key=None)``, ``ChatService`` (one model on one batching worker, many
conversations), ``ConversationStore`` (the SQLite file), ``open_store(db)`` (SQLite, or PostgreSQL for a
``postgresql://`` URL).
"""
from .app import create_app
from .service import ChatService
from .store import ConversationStore
from .stores import open_store

"""The web app and the HTTP APIs (native REST and OpenAI-compatible), over SQLite-kept conversations.

Public face: ``create_app(service, api_key=None)``, ``ChatService`` (one model, many conversations),
``ConversationStore`` (the SQLite file).
"""
from .app import create_app
from .service import ChatService
from .store import ConversationStore

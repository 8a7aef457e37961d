"""The chat system: turns, undo/redo, variations."""
from .session import SHIPPED_MODEL, Chat, Turn

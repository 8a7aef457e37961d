"""dialogan: talk to it, in English or Chinese, and it draws."""
__version__ = "0.1.0"


def __getattr__(name):
    # ``from dialogan import Chat`` without importing torch for ``dialogan data``.
    if name == "Chat":
        from .chat import Chat

        return Chat
    raise AttributeError(f"module 'dialogan' has no attribute {name!r}")

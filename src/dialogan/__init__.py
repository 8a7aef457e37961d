"""dialogan: talk to it, in English or Chinese, and it draws."""
__version__ = "0.1.0"

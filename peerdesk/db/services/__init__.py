"""Use cases over a workspace. Each takes a session factory, runs one transaction, returns dataclasses.

Widgets and CLI commands call these; neither ever holds a Session of its own.
"""

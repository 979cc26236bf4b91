"""Backups from the window: automatic backups and the restore dialog."""

"""The data file: SQLAlchemy models, opening and migrating a workspace, and the use-case services."""

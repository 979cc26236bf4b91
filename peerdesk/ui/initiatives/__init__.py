"""Creating, editing, copying and deleting initiatives from the window."""

"""Import wizard, export and merge from the window."""

"""Working with a team's server database from the window: connecting, offline copies, syncing back."""

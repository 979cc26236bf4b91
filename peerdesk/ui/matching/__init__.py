"""matching tab."""

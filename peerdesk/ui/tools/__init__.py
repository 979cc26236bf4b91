"""tools tab."""

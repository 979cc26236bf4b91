"""contracts tab."""

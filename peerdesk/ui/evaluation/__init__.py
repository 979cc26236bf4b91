"""evaluation tab."""

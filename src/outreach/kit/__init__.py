"""kit package."""

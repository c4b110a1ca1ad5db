"""sequences package."""

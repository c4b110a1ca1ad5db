"""leads package."""

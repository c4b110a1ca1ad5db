"""suppression package."""

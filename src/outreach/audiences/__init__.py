"""audiences package."""

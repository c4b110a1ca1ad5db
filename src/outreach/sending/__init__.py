"""sending package."""

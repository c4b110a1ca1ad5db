"""outreach: a self-hosted email outreach campaign engine."""

__version__ = "0.1.0"

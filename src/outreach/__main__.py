"""Allow ``python -m outreach``."""

from outreach.cli.main import main

main()

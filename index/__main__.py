"""Entry point for `python -m index`."""

from index.cli import cli

if __name__ == "__main__":
    cli()

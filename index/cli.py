"""`python -m index`: search stored claims, rebuild the FAISS index, match queries to fact-checks.

Each command parses its options, makes one library call and prints the result; library
errors (ClaimDeskError) become one-line click errors with a non-zero exit code.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from claims.cli import db_option, errors_to_click, open_desk


@click.group()
def cli() -> None:
    """Semantic search over the claim desk (Arabic and English, either way round)."""


@cli.command()
@click.argument("text")
@click.option("--k", default=10, show_default=True, help="How many claims to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@click.option("--lang", type=click.Choice(["ar", "en"]), help="Only claims of articles in LANG.")
@click.option("--status", help="Only claims with this status (e.g. 'unverified', 'false').")
@click.option("--article", type=int, help="Only claims of this article id.")
@db_option
@errors_to_click
def search(
    text: str,
    k: int,
    as_json: bool,
    lang: str | None,
    status: str | None,
    article: int | None,
    db: Path | None,
) -> None:
    """Show the stored claims most similar to TEXT, best first, with cosine scores."""
    from index.search import search_claims

    hits = search_claims(open_desk(db), text, k=k, lang=lang, status=status, article_id=article)
    if as_json:
        click.echo(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("no claims found")
    for rank, h in enumerate(hits, start=1):
        click.echo(
            f"{rank:>3}. {h.score:.3f}  #{h.claim_id} [{h.lang}, {h.status}] "
            f"{h.speaker or '-'}: {h.text[:120]}"
        )


@cli.command()
@db_option
@errors_to_click
def rebuild(db: Path | None) -> None:
    """Rebuild the FAISS index of claim vectors from DuckDB."""
    from claims.store import Store
    from index.embed import model_spec
    from index.vectors import ClaimIndex

    spec = model_spec()  # the name and size suffice: no need to load the model
    count = ClaimIndex(Store(db), spec.name, spec.dim).rebuild()
    click.echo(f"rebuilt the claim index: {count} vectors")


@cli.command()
@click.argument("queries", type=click.Path(path_type=Path))
@click.option("--k", default=5, show_default=True, help="Fact-checks per query.")
@click.option("--run-name", default="claimdesk", show_default=True, help="TREC run tag.")
@db_option
@errors_to_click
def match(queries: Path, k: int, run_name: str, db: Path | None) -> None:
    """Match each query of QUERIES (TSV: header, then id, text) against the fact-check archive.

    Writes a TREC run to stdout: query_id Q0 factcheck_id rank score run_name, best first.
    """
    from claims.factchecks import read_tsv
    from index.search import match_factchecks_many

    rows = read_tsv(queries, 2, "a query id and its text")
    results = match_factchecks_many(open_desk(db), [row[1] for row in rows], k=k)
    for row, hits in zip(rows, results, strict=True):
        for rank, hit in enumerate(hits, start=1):
            click.echo(f"{row[0]} Q0 {hit.factcheck_id} {rank} {hit.score:.4f} {run_name}")

"""`python -m claims`: a thin command line over the service layer.

Each command parses its options, makes one library call and prints the result; library
errors (ClaimDeskError) become one-line click errors with a non-zero exit code.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from claims.errors import ClaimDeskError

F = TypeVar("F", bound=Callable[..., Any])


def errors_to_click(fn: F) -> F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ClaimDeskError as err:
            raise click.ClickException(str(err)) from err

    return wrapper  # type: ignore[return-value]


db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="DuckDB file (default: $CLAIMDESK_DB, else data/desk.duckdb).",
)


def open_desk(db: Path | None) -> Any:
    from claims.service import Desk

    return Desk(db)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


@click.group()
@click.version_option(version="0.1.0")
def cli() -> None:
    """The claim desk: articles in; claims, quotes and speakers out; verdicts tracked."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--title", help="Title of a single-article file.")
@click.option("--url", help="URL of a single-article file.")
@click.option("--publisher", help="Publisher of a single-article file.")
@click.option("--published", help="Publication date (YYYY-MM-DD) of a single-article file.")
@db_option
@errors_to_click
def ingest(
    paths: tuple[Path, ...],
    title: str | None,
    url: str | None,
    publisher: str | None,
    published: str | None,
    db: Path | None,
) -> None:
    """Read articles (.txt .md .html .jsonl), extract claims and quotes, store them."""
    from claims.review import safe_url

    meta = {"title": title, "url": safe_url(url), "publisher": publisher, "published": published}
    with click.progressbar(
        length=len(paths), label="ingesting", file=sys.stderr, show_pos=True
    ) as bar:
        report = open_desk(db).ingest_paths(paths, progress=lambda _r: bar.update(1), **meta)
    for r in report.results:
        if r.error:
            click.echo(f"error: {r.error}", err=True)
        elif r.duplicate_of is not None:
            click.echo(f"skipped {r.name}: already stored as article {r.duplicate_of}")
        else:
            click.echo(
                f"stored {r.name} as article {r.article_id}: {r.claims} claims, {r.quotes} quotes"
            )
    if report.failed:
        raise click.ClickException(f"{report.failed} of {len(report.results)} inputs failed")


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction as JSON.")
@click.option("--title", help="Title to report.")
@errors_to_click
def extract(path: Path, as_json: bool, title: str | None) -> None:
    """Extract sentences, quotes, claims and entities from one file without storing."""
    from claims.extract import extract as run_extract
    from claims.reading import read_path

    docs = read_path(path, title=title)
    results = [run_extract(d.text, title=d.title).to_dict() for d in docs]
    if as_json:
        click.echo(_json(results[0] if len(results) == 1 else results))
        return
    for result in results:
        for q in result["quotes"]:
            click.echo(f"quote  [{q['speaker'] or '?'}] {q['text']}")
        for c in result["claims"]:
            click.echo(f"claim  {c['checkworthiness']:.2f} {c['kind']:<11} {c['text']}")


@cli.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--article", type=int, help="Only the claims of this article.")
@db_option
@errors_to_click
def list_(as_json: bool, article: int | None, db: Path | None) -> None:
    """List articles and their claims."""
    from claims.articles import get_article, list_articles

    store = open_desk(db).store
    rows = [
        get_article(store, a["id"])
        for a in list_articles(store)
        if article is None or a["id"] == article
    ]
    if as_json:
        click.echo(_json(rows))
        return
    for a in rows:
        click.echo(f"#{a['id']} [{a['lang']}] {a['title']}  ({len(a['claims'])} claims)")
        for c in a["claims"]:
            click.echo(
                f"   {c['id']:>6} {c['checkworthiness']:.2f} {c['status']:<12} "
                f"{c['speaker'] or '-'}: {c['text'][:100]}"
            )


@cli.command()
@errors_to_click
def score() -> None:
    """Read one text a line on stdin; write its check-worthiness (0..1) a line on stdout."""
    from claims.extract import checkworthiness

    lines = [line.rstrip("\n") for line in sys.stdin]
    for value in checkworthiness(lines):
        click.echo(f"{value:.4f}")


@cli.command(name="import-factchecks")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--lang", help="Language of the archive (detected if not given).")
@db_option
@errors_to_click
def import_factchecks(path: Path, lang: str | None, db: Path | None) -> None:
    """Import a fact-check archive (TSV: header, then id, claim, title); idempotent."""
    from claims.factchecks import import_factchecks as run_import

    result = run_import(open_desk(db), path, lang=lang)
    click.echo(f"imported {result.added} fact-checks, skipped {result.skipped} already stored")


@cli.command()
@click.argument("claim_id", type=int)
@click.argument("status")
@click.option("--who", required=True, help="Reviewer's name.")
@click.option("--note", required=True, help="Why (required).")
@db_option
@errors_to_click
def verdict(claim_id: int, status: str, who: str, note: str, db: Path | None) -> None:
    """Set a claim's status (unverified, in review, true, mostly true, misleading, false,
    unverifiable)."""
    from claims.review import set_status

    old = set_status(open_desk(db).store, claim_id, status, who, note)
    click.echo(f"claim {claim_id}: {old} -> {status}")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "claimreview"]),
    default="json",
    show_default=True,
)
@click.option(
    "--publisher",
    default="Claim Desk",
    show_default=True,
    help="Organisation named as the ClaimReview author.",
)
@click.option("--publisher-url", help="Base URL for ClaimReview links.")
@db_option
@errors_to_click
def export(fmt: str, publisher: str, publisher_url: str | None, db: Path | None) -> None:
    """Export claims with evidence and history (CSV, JSON) or ClaimReview JSON-LD."""
    from claims import export as ex

    store = open_desk(db).store
    if fmt == "claimreview":
        click.echo(_json(ex.claim_reviews(store, publisher=publisher, publisher_url=publisher_url)))
    else:
        records = ex.export_records(store)
        click.echo(ex.to_csv(records) if fmt == "csv" else ex.to_json(records), nl=False)


@cli.command(name="load-sample")
@click.option(
    "--with-factchecks",
    is_flag=True,
    help="Also import the sample fact-check archive (a minute or two).",
)
@db_option
@errors_to_click
def load_sample(with_factchecks: bool, db: Path | None) -> None:
    """Load the bundled sample article(s) if the database is empty."""
    report = open_desk(db).load_sample_if_empty(factchecks=with_factchecks)
    if report is None:
        click.echo("database already holds articles; sample not loaded")
    else:
        click.echo(f"loaded {report.stored} sample article(s)")

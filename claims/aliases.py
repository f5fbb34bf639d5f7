"""Short names that refer back to a person named in full before: "لوكاشينكو" for "ألكسندر
لوكاشينكو", "عبد العاطي", "الحاج علي" for "وليد الحاج علي"."""

from __future__ import annotations

from claims.mentions import GIVEN_NAMES, NAME_LINKS, NAME_STOP, Builder, Mention, gap_after


def short_names(b: Builder) -> None:
    """A person's last word (or "عبد العاطي", "آل ثاني") later refers back to them."""
    aliases: dict[tuple[str, ...], tuple[Mention, int]] = {}
    for m in sorted(b.mentions, key=lambda x: x.start):
        if m.type == "PERSON" and m.tok_end - m.tok_start > 1:
            last = b.tokens[m.tok_end - 1].norm
            if len(last) > 2:
                aliases.setdefault((last,), (m, m.tok_end))
            link = b.tokens[m.tok_end - 2].norm
            # "عبد العاطي", and a surname of two words led by the article ("العبد الله",
            # "وليد الحاج علي" → "الحاج علي")
            two_words = link in NAME_LINKS or link.startswith("ال")
            if m.tok_end - m.tok_start > 2 and two_words:
                aliases.setdefault((link, last), (m, m.tok_end))
    for k, tok in enumerate(b.tokens):
        pair = aliases.get((tok.norm, b.tokens[k + 1].norm)) if k + 1 < len(b.tokens) else None
        held = b.holder(k)
        if pair is not None and held is not None and held.type == "TITLE" and held.tok_end == k + 1:
            b.remove_within(k, k + 1)  # "وأشار الحاج علي": the honorific is the surname's
        if k in b.owner:
            continue
        if pair is not None and pair[1] <= k and b.free(k + 1, k + 2):
            b.add(_alias(pair[0], tok.start, b.tokens[k + 1].end, k, k + 2))
            continue
        if _after_given(b, k):
            continue  # "شقيقه عبد الحكيم الورفلي": another person of the same family
        # clitics peeled off ("ولوكاشينكو"), but never the article: "العمر" is no "عمر"
        peeled = (tok.norm[1:], tok.norm[2:]) if tok.norm[:2] != "ال" else ()
        for cand in (tok.norm, *peeled):
            hit = aliases.get((cand,))
            if hit is not None and hit[1] <= k and len(cand) > 2 and tok.norm not in NAME_STOP:
                start = tok.end - len(cand)  # clitics are a prefix; the name is the tail
                if len(b.text[tok.start : tok.end]) != len(tok.norm):
                    start = tok.start
                b.add(_alias(hit[0], start, tok.end, k, k + 1))
                break


def _after_given(b: Builder, k: int) -> bool:
    """True when token k comes right after a free given name or link ("أحمد", "عبد الحكيم",
    "أبو فيصل")."""
    if k == 0 or gap_after(b, k - 1).strip() or not b.free(k - 1, k):
        return False
    prev = b.tokens[k - 1].norm
    return prev in GIVEN_NAMES | NAME_LINKS or (k > 1 and b.tokens[k - 2].norm in NAME_LINKS)


def _alias(full: Mention, start: int, end: int, a: int, z: int) -> Mention:
    return Mention(start, end, a, z, "PERSON", full.canonical, gender=full.gender)

"""Sentence splitting, quote pairing and language detection."""

from __future__ import annotations

import itertools

from claims.segment import detect_language, find_quote_spans, split_sentences, tokenize


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_arabic_comma_never_splits() -> None:
    text = "التقى الرئيس بنظيره يوم الأربعاء ، في زيارة دولة. ثم غادر."
    assert _sentences(text) == ["التقى الرئيس بنظيره يوم الأربعاء ، في زيارة دولة.", "ثم غادر."]


def test_quotation_kept_whole_even_with_wrong_closing_mark() -> None:
    text = "“ليس لدينا مواضيع مغلقة. نتعاون في جميع السبل. الأهم من ذلك ضد دول ثالثة “.\nجملة أخرى."
    got = _sentences(text)
    assert got[0].startswith("“ليس") and got[0].endswith("“.")
    assert got[1] == "جملة أخرى."


def test_dateline_lines_and_dash_line_are_not_in_first_sentence() -> None:
    text = "هونج كونج\nسي إن إن\n–\nالتقى الرئيس الصيني بنظيره."
    assert _sentences(text) == ["هونج كونج", "سي إن إن", "التقى الرئيس الصيني بنظيره."]


def test_inline_english_dateline_is_split_off() -> None:
    got = _sentences("WASHINGTON (Reuters) - The U.S. said so. Then it left.")
    assert got == ["WASHINGTON (Reuters) -", "The U.S. said so.", "Then it left."]


def test_english_abbreviations_and_decimals() -> None:
    text = (
        "Mr. Smith paid $3.5 million to the U.S. Treasury on Jan. 5. He left, e.g. early. "
        "Dr. No came."
    )
    assert _sentences(text) == [
        "Mr. Smith paid $3.5 million to the U.S. Treasury on Jan. 5.",
        "He left, e.g. early.",
        "Dr. No came.",
    ]


def test_arabic_question_mark_splits() -> None:
    assert _sentences("هل انتهت الحرب؟ لا أحد يعرف.") == ["هل انتهت الحرب؟", "لا أحد يعرف."]


def test_quote_pairing_by_mark_kind() -> None:
    text = 'قال «نحن “مستعدون” للحوار» ثم "انتهى" الأمر.'
    spans = [text[q.inner_start : q.inner_end] for q in find_quote_spans(text)]
    assert spans == ["نحن “مستعدون” للحوار", "انتهى"]


def test_unclosed_quote_ends_with_paragraph() -> None:
    text = "قال: “هذا كلام بلا نهاية\nسطر جديد."
    (q,) = find_quote_spans(text)
    assert text[q.inner_start : q.inner_end] == "هذا كلام بلا نهاية" and not q.closed


def test_sentences_ordered_non_overlapping_within_bounds() -> None:
    text = "<p>أ ب.</p>\n\n  “x” y. z!  \n" * 50
    sents = split_sentences(text)
    assert all(0 <= s.start < s.end <= len(text) for s in sents)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))


def test_detect_language() -> None:
    assert detect_language("قال الرئيس إن the plan") == "ar"
    assert detect_language("The president said") == "en"
    assert detect_language("") == "en"


def test_tokens_keep_original_offsets_and_fold_letters() -> None:
    text = "وَأَكَّدَ الرئيسُ"
    toks = tokenize(text)
    assert [text[t.start : t.end] for t in toks] == ["وَأَكَّدَ", "الرئيسُ"]
    assert toks[0].norm == "واكد"


def test_quotation_continues_into_the_next_paragraph() -> None:
    text = "قال فلان:\n«الجزء الأول من الكلام\nوالجزء الثاني منه». ثم غادر."
    first, second = find_quote_spans(text)
    assert not first.closed and text[first.inner_start : first.inner_end] == "الجزء الأول من الكلام"
    assert second.closed and text[second.inner_start : second.inner_end] == "والجزء الثاني منه"


def test_closing_mark_without_an_open_quotation_before_is_ignored() -> None:
    text = "قال فلان كلاما.\nوالجزء الثاني منه» ثم غادر."
    assert find_quote_spans(text) == []

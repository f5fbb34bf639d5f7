"""The dashboard's own labels in Arabic and English (the sidebar switches between them).

Only the UI's words are translated; what articles and reviewers wrote is shown as it is.
Labels are str.format templates: `t("claims.showing", first=1, last=50, total=900)`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

import streamlit as st

T = TypeVar("T", bound=Hashable)

LANGS = {"ar": "العربية", "en": "English"}
DEFAULT_LANG = "ar"
LANG_KEY = "ui_lang"  # session key of the sidebar switch

# key -> (English, Arabic)
LABELS: dict[str, tuple[str, str]] = {
    # navigation and sidebar
    "page.articles": ("Articles", "المقالات"),
    "page.claims": ("Claims", "الادعاءات"),
    "page.claim": ("Claim", "ادعاء"),
    "page.search": ("Search", "البحث"),
    "page.overview": ("Overview", "نظرة عامة"),
    "page.export": ("Export", "التصدير"),
    "reviewer": ("Your name (reviewer)", "اسمك (المراجِع)"),
    "reviewer.hint": ("e.g. Mona", "مثلًا: منى"),
    "reviewer.why": (
        "Verdicts and evidence are saved under this name.",
        "تُحفظ الأحكام والأدلة باسمك هذا.",
    ),
    "need_reviewer": (
        "Enter your name in the sidebar first: every change is recorded with it.",
        "أدخل اسمك في الشريط الجانبي أولًا: يُسجَّل كل تغيير باسمك.",
    ),
    "unexpected": (
        "Something went wrong on this page ({error}). Reload it; the server log has details.",
        "حدث خطأ في هذه الصفحة ({error}). أعد تحميلها؛ التفاصيل في سجل الخادم.",
    ),
    # words used everywhere
    "any": ("Any", "الكل"),
    "yes": ("Yes", "نعم"),
    "no": ("No", "لا"),
    "save": ("Save", "حفظ"),
    "score": ("score {score:.2f}", "الدرجة {score:.2f}"),
    "open_claim": ("Open claim #{id}", "فتح الادعاء رقم {id}"),
    "lang.any": ("All languages", "كل اللغات"),
    "lang.ar": ("Arabic", "العربية"),
    "lang.en": ("English", "الإنجليزية"),
    # table columns
    "col.id": ("#", "رقم"),
    "col.claim": ("Claim", "الادعاء"),
    "col.claims": ("Claims", "الادعاءات"),
    "col.quotes": ("Quotes", "الاقتباسات"),
    "col.speaker": ("Speaker", "المتحدث"),
    "col.kind": ("Kind", "النوع"),
    "col.status": ("Status", "الحالة"),
    "col.checkworthiness": ("Check-worthiness", "جدارة التحقق"),
    "col.evidence": ("Evidence", "الأدلة"),
    "col.article": ("Article", "المقال"),
    "col.score": ("Score", "الدرجة"),
    "col.when": ("When", "التاريخ"),
    "col.who": ("Who", "من"),
    "col.action": ("Change", "التغيير"),
    "col.change": ("Old → new", "القديم ← الجديد"),
    "col.note": ("Note", "ملاحظة"),
    # fields
    "field.title": ("Title", "العنوان"),
    "field.url": ("URL", "الرابط"),
    "field.publisher": ("Publisher", "الناشر"),
    "field.published": ("Date", "التاريخ"),
    # articles page
    "add.title": ("Add an article", "إضافة مقال"),
    "add.upload": ("Upload a file", "رفع ملف"),
    "add.paste": ("Paste text", "لصق نص"),
    "add.file": (
        "Article file (.txt, .md, .html, .jsonl; up to {limit} MB)",
        "ملف المقال (‎.txt و‎.md و‎.html و‎.jsonl؛ حتى {limit} ميغابايت)",
    ),
    "add.text": ("Article text", "نص المقال"),
    "add.submit": ("Add and analyse", "إضافة وتحليل"),
    "add.no_file": ("Choose a file to upload first.", "اختر ملفًا لرفعه أولًا."),
    "add.empty_paste": ("Paste the article's text first.", "الصق نص المقال أولًا."),
    "add.too_big": (
        "The file has {size:,} bytes; the limit is {limit:,}.",
        "حجم الملف {size:,} بايت؛ والحد الأقصى {limit:,}.",
    ),
    "add.processing": (
        "Reading {name}: finding quotes, speakers and claims…",
        "جارٍ قراءة {name}: استخراج الاقتباسات والمتحدثين والادعاءات…",
    ),
    "add.done": ("Done", "تم"),
    "add.failed": ("Could not add the article", "تعذّرت إضافة المقال"),
    "add.stored": (
        "Added “{title}”: {claims} claims, {quotes} quotes.",
        "أُضيف «{title}»: {claims} ادعاءات و{quotes} اقتباسات.",
    ),
    "add.duplicate": (
        "“{title}” is already stored (article #{id}).",
        "«{title}» محفوظ من قبل (المقال رقم {id}).",
    ),
    "article.pick": ("Article", "المقال"),
    "article.none": (
        "No articles yet: add one above.",
        "لا توجد مقالات بعد: أضف مقالًا من الأعلى.",
    ),
    "article.bad_id": ("“{id}” is not an article number.", "«{id}» ليس رقم مقال."),
    "article.not_found": ("There is no article #{id}.", "لا يوجد مقال رقم {id}."),
    "article.original": ("Original article", "المقال الأصلي"),
    "article.unsafe_url": (
        "The stored address is not an http(s) link, so it is not linked:",
        "العنوان المحفوظ ليس رابط http(s)، لذلك لم يُجعل رابطًا:",
    ),
    "article.claims": ("Claims in this article", "ادعاءات هذا المقال"),
    "article.no_claims": (
        "No claims were found in this article.",
        "لم يُعثر على ادعاءات في هذا المقال.",
    ),
    "article.delete": ("Delete this article", "حذف هذا المقال"),
    "article.delete_confirm": (
        "Also delete its claims, their evidence links and history",
        "احذف أيضًا ادعاءاته وروابط أدلتها وسجلها",
    ),
    "article.deleted": (
        "Article deleted with its {claims} claims.",
        "حُذف المقال مع {claims} ادعاءات.",
    ),
    "legend.quote": ("quote", "اقتباس"),
    "legend.speaker": ("speaker", "المتحدث"),
    "legend.claim": ("claim (click to review)", "ادعاء (انقر للمراجعة)"),
    "claim.tooltip": (
        "Claim #{id} · {status} · check-worthiness {score:.2f}",
        "الادعاء رقم {id} · {status} · جدارة التحقق {score:.2f}",
    ),
    # claims page
    "filter.article": ("Article", "المقال"),
    "filter.speaker": ("Speaker", "المتحدث"),
    "filter.kind": ("Kind", "النوع"),
    "filter.status": ("Status", "الحالة"),
    "filter.checkworthiness": ("Check-worthiness", "جدارة التحقق"),
    "filter.evidence": ("Has evidence", "له أدلة"),
    "filter.text": ("Text contains", "يحتوي النص على"),
    "sort.by": ("Sort by", "الترتيب حسب"),
    "sort.descending": ("Descending", "تنازليًا"),
    "sort.checkworthiness": ("Check-worthiness", "جدارة التحقق"),
    "sort.updated": ("Last change", "آخر تغيير"),
    "sort.article": ("Article", "المقال"),
    "sort.speaker": ("Speaker", "المتحدث"),
    "sort.status": ("Status", "الحالة"),
    "page.size": ("Rows per page", "صفوف في الصفحة"),
    "page.number": ("Page (of {pages:,})", "الصفحة (من {pages:,})"),
    "claims.showing": (
        "Claims {first:,}–{last:,} of {total:,}. Select a row to open the claim.",
        "الادعاءات {first:,}–{last:,} من {total:,}. اختر صفًا لفتح الادعاء.",
    ),
    "claims.none": ("No claim matches these filters.", "لا يوجد ادعاء يطابق هذه المرشحات."),
    # claim page
    "claim.title": ("Claim #{id}", "الادعاء رقم {id}"),
    "claim.choose": (
        "Open a claim from the Claims, Articles or Search page, or type its number.",
        "افتح ادعاءً من صفحة الادعاءات أو المقالات أو البحث، أو اكتب رقمه.",
    ),
    "claim.id": ("Claim number", "رقم الادعاء"),
    "claim.open": ("Open", "فتح"),
    "claim.bad_id": ("“{id}” is not a claim number.", "«{id}» ليس رقم ادعاء."),
    "claim.not_found": ("There is no claim #{id}.", "لا يوجد ادعاء رقم {id}."),
    "claim.in_article": ("In: {title}", "في: {title}"),
    "claim.paragraph": ("In its paragraph", "في فقرته"),
    "claim.sentence": ("Its sentence", "جملته"),
    "claim.similar": ("Similar claims in all articles", "ادعاءات مشابهة في كل المقالات"),
    "claim.no_similar": ("No similar claims yet.", "لا توجد ادعاءات مشابهة بعد."),
    "claim.factchecks": ("Fact-checked before", "تحقق سابق"),
    "claim.no_factchecks": (
        "No earlier fact-check comes close.",
        "لا يوجد تحقق سابق قريب من هذا الادعاء.",
    ),
    "claim.weak_factchecks_hidden": (
        "{n} weak candidate(s) hidden.",
        "أُخفي {n} من المرشحين الضعفاء.",
    ),
    "factcheck.meta": (
        "verdict: {verdict} · score {score:.2f} · {tier} match",
        "الحكم: {verdict} · الدرجة {score:.2f} · تطابق {tier}",
    ),
    "claim.history": ("History", "السجل"),
    "history.change": ("{old} → {new}", "{old} ← {new}"),
    "claim.no_history": ("No changes yet.", "لا تغييرات بعد."),
    "action.status": ("verdict", "الحكم"),
    "action.evidence added": ("evidence added", "إضافة دليل"),
    "action.evidence edited": ("evidence edited", "تعديل دليل"),
    "action.evidence removed": ("evidence removed", "إزالة دليل"),
    "verdict.title": ("Verdict", "الحكم"),
    "verdict.status": ("Status", "الحالة"),
    "verdict.note": ("Note (required): why this verdict?", "ملاحظة (مطلوبة): لماذا هذا الحكم؟"),
    "verdict.save": ("Save verdict", "حفظ الحكم"),
    "verdict.saved": ("Verdict changed: {old} → {new}.", "تغيّر الحكم: {old} ← {new}."),
    "evidence.title": ("Evidence", "الأدلة"),
    "evidence.by": ("by {who}, {when}", "بواسطة {who}، {when}"),
    "evidence.edit": ("Edit", "تعديل"),
    "evidence.edited": ("Evidence link updated.", "حُدّث رابط الدليل."),
    "evidence.remove": ("Remove", "إزالة"),
    "evidence.remove_note": ("Why remove it?", "لماذا تُزيله؟"),
    "evidence.removed": ("Evidence link removed.", "أُزيل رابط الدليل."),
    "link.title": ("Link evidence", "ربط دليل"),
    "link.existing": ("A stored source", "مصدر محفوظ"),
    "link.new": ("A new source", "مصدر جديد"),
    "link.no_sources": (
        "No sources stored yet: add one under “A new source”.",
        "لا توجد مصادر محفوظة بعد: أضف مصدرًا من «مصدر جديد».",
    ),
    "link.source": ("Source", "المصدر"),
    "link.source_text": (
        "Text of the source (optional; used to suggest evidence)",
        "نص المصدر (اختياري؛ يُستخدم لاقتراح الأدلة)",
    ),
    "link.stance": ("Stance", "الموقف"),
    "link.excerpt": ("Relevant excerpt", "المقتطف ذو الصلة"),
    "link.note": ("Note", "ملاحظة"),
    "link.save": ("Link source", "ربط المصدر"),
    "link.save_new": ("Add source and link it", "إضافة المصدر وربطه"),
    "link.saved": ("Evidence linked.", "رُبط الدليل."),
    "suggest.title": ("Suggested evidence", "أدلة مقترحة"),
    "suggest.none": (
        "No stored source has a passage close to this claim.",
        "لا يوجد مصدر محفوظ فيه مقطع قريب من هذا الادعاء.",
    ),
    "suggest.use": ("Use in the link form", "استخدمه في نموذج الربط"),
    # search page
    "search.query": (
        "Search claims (Arabic or English)",
        "ابحث في الادعاءات (بالعربية أو الإنجليزية)",
    ),
    "search.hint": (
        "e.g. China denies sending lethal aid to Russia",
        "مثلًا: الصين تنفي إرسال مساعدات فتاكة لروسيا",
    ),
    "search.lang": ("Language of the article", "لغة المقال"),
    "search.k": ("Results", "النتائج"),
    "search.filters": ("More filters", "مرشحات أخرى"),
    "search.empty": (
        "Type a few words: results come from articles in every language.",
        "اكتب بضع كلمات: تأتي النتائج من مقالات بكل اللغات.",
    ),
    "search.none": ("Nothing found.", "لم يُعثر على شيء."),
    "search.count": ("{n} results, best first.", "{n} نتيجة، الأقرب أولًا."),
    # overview page
    "overview.by_status": ("Claims by status", "الادعاءات حسب الحالة"),
    "overview.by_speaker": ("Claims by speaker", "الادعاءات حسب المتحدث"),
    "overview.by_article": ("Claims by article", "الادعاءات حسب المقال"),
    "overview.checkworthiness": ("Check-worthiness", "توزيع جدارة التحقق"),
    "overview.progress": ("Verification progress", "تقدّم التحقق"),
    "overview.balance": (
        "Evidence balance of the most-checked claims",
        "توازن الأدلة للادعاءات الأكثر تحققًا",
    ),
    "overview.reviewed": ("Reviewed", "تمت مراجعتها"),
    "overview.open": ("Not reviewed", "لم تُراجع"),
    "overview.changes": ("Changes that day", "تغييرات اليوم"),
    "overview.share": ("Share reviewed", "نسبة المراجَع"),
    "overview.empty": ("No claims stored yet.", "لا توجد ادعاءات محفوظة بعد."),
    "overview.no_speakers": (
        "No claim has a known speaker yet.",
        "لا يوجد ادعاء بمتحدث معروف بعد.",
    ),
    "overview.no_progress": (
        "No verdicts yet: progress shows once claims are reviewed.",
        "لا أحكام بعد: يظهر التقدم عند مراجعة الادعاءات.",
    ),
    "overview.no_balance": ("No evidence linked yet.", "لم تُربط أدلة بعد."),
    # export page
    "export.records": ("Claims with evidence and history", "الادعاءات مع أدلتها وسجلها"),
    "export.scope": ("Which claims", "أي ادعاءات"),
    "export.all": ("All claims", "كل الادعاءات"),
    "export.csv": ("Download CSV", "تنزيل CSV"),
    "export.json": ("Download JSON", "تنزيل JSON"),
    "export.claimreview": ("Verdicts as ClaimReview (JSON-LD)", "تصدير الأحكام بصيغة ClaimReview"),
    "export.claimreview_help": (
        "One ClaimReview per claim with a verdict (true, mostly true, misleading, false, "
        "unverifiable).",
        "مراجعة ClaimReview لكل ادعاء صدر فيه حكم (صحيح، صحيح في معظمه، مضلل، خاطئ، لا يمكن "
        "التحقق منه).",
    ),
    "export.publisher": ("Publisher (your organisation)", "الناشر (مؤسستك)"),
    "export.publisher_url": ("Publisher website (optional)", "موقع الناشر (اختياري)"),
    "export.jsonld": ("Download JSON-LD", "تنزيل JSON-LD"),
}

STATUS_LABELS: dict[str, tuple[str, str]] = {
    "unverified": ("Unverified", "غير متحقق منه"),
    "in review": ("In review", "قيد المراجعة"),
    "true": ("True", "صحيح"),
    "mostly true": ("Mostly true", "صحيح في معظمه"),
    "misleading": ("Misleading", "مضلل"),
    "false": ("False", "خاطئ"),
    "unverifiable": ("Unverifiable", "لا يمكن التحقق منه"),
}
KIND_LABELS: dict[str, tuple[str, str]] = {
    "numeric": ("Numeric", "رقمي"),
    "event": ("Event", "حدث"),
    "attribution": ("Attribution", "منسوب"),
    "position": ("Position", "موقف"),
    "quote": ("Quotation", "اقتباس"),
}
TIER_LABELS: dict[str, tuple[str, str]] = {
    "near-certain": ("near-certain", "شبه مؤكد"),
    "suggested": ("suggested", "مقترح"),
    "weak": ("weak", "ضعيف"),
}
STANCE_LABELS: dict[str, tuple[str, str]] = {
    "supports": ("Supports", "يدعم"),
    "contradicts": ("Contradicts", "يناقض"),
    "context": ("Context", "سياق"),
}


def lang() -> str:
    """Return the UI language chosen in the sidebar ("ar" or "en")."""
    chosen = st.session_state.get(LANG_KEY)
    return chosen if chosen in LANGS else DEFAULT_LANG


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if lang() == "ar" else pair[0]


def t(key: str, **values: object) -> str:
    """Return the label `key` in the UI language, formatted with `values`."""
    return _pick(LABELS[key]).format(**values)


def _value_label(table: dict[str, tuple[str, str]], value: str) -> str:
    return _pick(table[value]) if value in table else value


def status_label(status: str) -> str:
    """Return a claim status in the UI language (unknown values as they are)."""
    return _value_label(STATUS_LABELS, status)


def stance_label(stance: str) -> str:
    """Return an evidence stance in the UI language (unknown values as they are)."""
    return _value_label(STANCE_LABELS, stance)


def kind_label(kind: str) -> str:
    """Return a claim kind in the UI language (unknown values as they are)."""
    return _value_label(KIND_LABELS, kind)


def tier_label(tier: str) -> str:
    """Return a fact-check match tier in the UI language (unknown values as they are)."""
    return _value_label(TIER_LABELS, tier)


def labelled(options: Iterable[T], label: Callable[[T], str]) -> Callable[[T], str]:
    """Return a widget's format_func with every option's label fixed now, in this language.

    (Streamlit may format values outside the script run, where the session is unknown.)
    """
    names = {option: label(option) for option in options}
    return lambda option: names.get(option, str(option))


def or_any(label: Callable[[T], str]) -> Callable[[T | None], str]:
    """Return `label` extended with "Any" for None (the option that switches a filter off)."""
    return lambda option: t("any") if option is None else label(option)

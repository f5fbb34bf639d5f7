"""Synthetic Arabic news articles for throughput benchmarks (never for quality figures).

Each article mixes the sentence shapes real news has: attributed direct quotes, reported
speech, numbers and dates, so the whole extraction pipeline is exercised.
"""

from __future__ import annotations

import random

SPEAKERS = [
    ("الرئيس الفرنسي إيمانويل ماكرون", "ماكرون"),
    ("وزير الخارجية الأمريكي أنتوني بلينكين", "بلينكين"),
    ("المستشار الألماني أولاف شولتس", "شولتس"),
    ("رئيس الوزراء الهندي ناريندرا مودي", "مودي"),
    ("الأمين العام للأمم المتحدة أنطونيو غوتيريش", "غوتيريش"),
    ("وزير الخارجية الروسي سيرغي لافروف", "لافروف"),
]
PLACES = ["القاهرة", "باريس", "نيودلهي", "برلين", "موسكو", "الرياض", "عمّان", "بيروت"]
TOPICS = [
    "الأمن الغذائي",
    "أسعار الطاقة",
    "التغير المناخي",
    "اللاجئين",
    "التجارة الدولية",
    "الأمن الإقليمي",
    "إعادة الإعمار",
    "الديون السيادية",
]
QUOTES = [
    "لن نقبل بأي حل لا يحترم سيادة الدول",
    "ارتفعت صادراتنا بنسبة {n} في المئة خلال العام الماضي",
    "هذه الأزمة تتطلب تعاونا دوليا عاجلا",
    "قدمنا {n} مليون دولار من المساعدات الإنسانية",
    "لا توجد أي خطط لإرسال قوات إلى المنطقة",
]


def arabic_article(rng: random.Random) -> str:
    """Return one synthetic Arabic news article of 6-10 paragraphs."""
    full, short = rng.choice(SPEAKERS)
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    n = rng.randint(2, 900)
    paragraphs = [
        f"{place}\n",
        f"التقى {full} بعدد من المسؤولين في {place} يوم الثلاثاء لبحث ملف {topic}، "
        f"في زيارة تستمر {rng.randint(2, 5)} أيام.",
        f"وقال {short} في مؤتمر صحفي: “{rng.choice(QUOTES).format(n=n)}”.",
        f"وأشار التقرير إلى أن {n} ألف شخص تأثروا بالأزمة منذ عام {rng.randint(2015, 2024)}.",
        f"وأضاف أن بلاده “{rng.choice(QUOTES).format(n=n + 7)}”، بحسب ما نقلت وكالة رويترز.",
        f"من جهتها، قالت وزارة الخارجية إن المحادثات حول {topic} ستستأنف في {rng.choice(PLACES)}.",
    ]
    for _ in range(rng.randint(1, 4)):
        paragraphs.append(
            f"وذكرت مصادر مطلعة أن حجم التبادل التجاري بلغ {rng.randint(1, 99)} مليار دولار "
            f"العام الماضي، مقارنة بـ{rng.randint(1, 99)} مليارا في العام السابق."
        )
    return "\n".join(paragraphs)


def arabic_articles(count: int, seed: int = 7) -> list[str]:
    """Return `count` distinct synthetic articles (deterministic for a seed)."""
    rng = random.Random(seed)
    return [f"{arabic_article(rng)}\nرقم التقرير {i}." for i in range(count)]

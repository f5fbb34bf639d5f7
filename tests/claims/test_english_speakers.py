"""English speakers and sources of general shapes: a relative clause without "that", a name in
apposition after a description, a body with a parenthesised acronym, an unnamed official with
an aside, and a medium named with its outlet words ("Bloomberg Television")."""

from __future__ import annotations

from claims.extract import extract
from claims.types import Quote


def _quote(text: str, words: str) -> Quote:
    found = [q for q in extract(text, lang="en").quotes if words in q.text]
    assert found, f"no quotation holding {words!r}"
    return found[0]


def test_speech_verb_in_a_relative_clause_names_no_speaker() -> None:
    text = (
        "“Every ward will get two extra nurses before winter,” said Marguerite Olsen, "
        "director of the Halvard Regional Hospital.\n\n"
        "Olsen said waiting times at the clinic have risen to nine weeks, well above the "
        "four-week limit doctors say is safe for most patients. “Nobody will be turned "
        "away,” she said."
    )
    assert _quote(text, "Nobody will be turned away").speaker == "Marguerite Olsen"


def test_name_in_apposition_after_a_description() -> None:
    text = (
        "The ferry was cancelled for the third day running. A welder who would give only "
        "his first name, Tobias, said he had missed two shifts. “The company has not told us "
        "anything about when the boats will sail again,” he said."
    )
    assert _quote(text, "The company has not told us").speaker == "Tobias"


def test_description_ending_in_a_place_is_no_apposition() -> None:
    text = (
        "Prices rose again. A baker from Springvale, Ontario, said that "
        '"flour now costs twice what it did in the spring".'
    )
    assert _quote(text, "flour now costs").speaker == "A baker from Springvale"


def test_place_after_a_preposition_is_no_apposition() -> None:
    text = (
        "Shares fell. Brantel Foods, a firm based in Lindow, said "
        '"orders collapsed in the final quarter of the year".'
    )
    assert _quote(text, "orders collapsed").speaker == "Brantel Foods"


def test_body_with_a_parenthesised_acronym() -> None:
    text = (
        "Polling stations closed at dusk. The Regional Observer Mission for Caldera (Romc) "
        'said in a report that the count had been "calm and orderly in nearly every district", '
        "and urged patience."
    )
    speaker = _quote(text, "calm and orderly").speaker
    assert speaker == "Regional Observer Mission for Caldera"


def test_person_with_a_parenthesised_party() -> None:
    text = (
        "The vote was delayed. Sen. Harriet Quill (D-Ore.) said the delay was "
        '"a gift to the lobbyists who wrote this bill in the first place".'
    )
    assert _quote(text, "a gift to the lobbyists").speaker == "Harriet Quill"


def test_unnamed_official_in_a_body_with_an_aside() -> None:
    text = (
        "Counting went on overnight. A senior official in the tax authority, who spoke on "
        "condition of anonymity because she was not cleared to speak publicly, told Reuters "
        'that refunds would be "delayed by at least a month for most households".'
    )
    quote = _quote(text, "delayed by at least a month")
    assert quote.speaker == "A senior official in the tax authority"
    assert quote.source == "Reuters"


def test_unnamed_official_phrase_stops_at_a_relative_clause() -> None:
    text = (
        "Talks resumed in Vienna. According to an official in Brussels who asked not to be "
        "named, Nordic states want firmer guarantees. “They will not sign without them,” "
        "the official said."
    )
    speaker = _quote(text, "They will not sign without them").speaker
    assert speaker is not None and "Nordic" not in speaker


def test_medium_named_with_its_outlet_words() -> None:
    text = (
        "The lira slipped again. Treasury Minister Kemal Arda told Bloomberg Television on "
        'Friday that the ministry was "ready to act if markets overshoot".'
    )
    quote = _quote(text, "ready to act")
    assert quote.speaker == "Kemal Arda"
    assert quote.source == "Bloomberg Television"


def test_regional_station_keeps_its_place_but_not_the_day() -> None:
    kent = (
        'Flood water reached the square. Shopkeeper Ivy Marsh told BBC Radio Kent: "We lost '
        'everything on the ground floor overnight."'
    )
    assert _quote(kent, "We lost everything").source == "BBC Radio Kent"
    monday = (
        "Flood water reached the square. Mayor Colin Ashby told Reuters TV Monday that "
        '"help is on its way to every street".'
    )
    assert _quote(monday, "help is on its way").source == "Reuters TV"


def test_firm_described_before_is_what_the_company_refers_to() -> None:
    text = (
        "Harbour fees rose again. Velmora, the Norwegian salmon group, wrote to buyers on "
        'Monday. The company said that "feed costs have doubled since the summer."'
    )
    assert _quote(text, "feed costs have doubled").speaker == "Velmora"


def test_description_of_the_employer_within_an_aside() -> None:
    text = (
        '"Orders have never been this slow," Dario Ferrante, head of sales at Pellucci '
        "Tessile, a mill based in Prato, told the Financial Times."
    )
    quote = _quote(text, "Orders have never been")
    assert quote.speaker == "Dario Ferrante"
    assert quote.source == "Financial Times"


def test_person_close_to_a_body_is_an_unnamed_source() -> None:
    text = (
        "The merger stalled. A person close to one of the bank's largest shareholders said "
        'the board was "running out of patience" with the chairman.'
    )
    speaker = _quote(text, "running out of patience").speaker
    assert speaker == "A person close to one of the bank's largest shareholders"


def test_capitalised_state_in_a_body_name_is_no_verb() -> None:
    text = (
        "Beaches were closed. A spokesman for the Ohio State Parks Office said the agency was "
        '"testing the water daily" at every site.'
    )
    assert _quote(text, "testing the water daily").speaker == (
        "A spokesman for the Ohio State Parks Office"
    )


def test_medium_of_an_interview() -> None:
    text = (
        "Talks broke down. Marta Quiles, the union's treasurer, said in an interview with KQED "
        'that members would stay out "for as long as needed."'
    )
    assert _quote(text, "for as long as needed").source == "KQED"
    nato = (
        "Talks broke down. Marta Quiles said in an interview with NATO officials that the "
        'plan was "far from ready."'
    )
    assert _quote(nato, "far from ready").source is None


def test_body_named_with_a_title_word() -> None:
    text = (
        "Fares will fall in April. The Coastal Ferries General Authority said it would "
        '"add four sailings a day" on the northern route.'
    )
    assert _quote(text, "add four sailings").speaker == "Coastal Ferries General Authority"


def test_slogan_with_a_full_stop_inside_the_marks_is_a_name() -> None:
    text = (
        'Nurses marched past the town hall with placards reading "Fair Pay Now" and '
        '"Staff Our Wards."\n\n"We are exhausted," said Gemma Lowry, a ward sister.'
    )
    quotes = extract(text, lang="en").quotes
    assert not any("Staff Our Wards" in q.text for q in quotes)
    assert _quote(text, "We are exhausted").speaker == "Gemma Lowry"

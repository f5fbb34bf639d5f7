"""English speakers and sources of general shapes: a relative clause without "that", a name in
apposition after a description, a body with a parenthesised acronym, an unnamed official with
an aside, a medium named with its outlet words ("Bloomberg Television"), and bodies referred
to by the noun of their kind ("the federation") or by "it"."""

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


def test_unnamed_speaker_with_a_participle_and_an_aside() -> None:
    text = (
        "The bond sale closed early. A lawyer advising the lenders, who asked not to be named "
        'because the talks were private, said the terms were "better than anyone expected".'
    )
    speaker = _quote(text, "better than anyone").speaker
    assert speaker == "A lawyer advising the lenders"


def test_age_in_apposition_is_no_subject() -> None:
    text = (
        "The bakery was founded in 2015 by Oona Lindqvist and her brother.\n\n"
        "Lindqvist, 41, a former chef at the Savoy, said sales had doubled. "
        '"We cannot bake fast enough," she said.'
    )
    assert _quote(text, "We cannot bake fast enough").speaker == "Lindqvist"


def test_surname_opening_a_sentence_before_an_aside() -> None:
    text = (
        "The firm was set up by Tomasz Wierzbicki in 2019.\n\n"
        'Wierzbicki, who once worked for a rival, told reporters the firm had "no debt at all".'
    )
    assert _quote(text, "no debt at all").speaker == "Wierzbicki"


def test_body_named_with_of_the_and_an_acronym() -> None:
    text = (
        "Floods hit the valley. “Nobody should have to sleep outside tonight,” the Regional "
        "Office for the Protection of Civilians (ROPC) said in a report."
    )
    speaker = _quote(text, "Nobody should have to sleep").speaker
    assert speaker == "Regional Office for the Protection of Civilians"


def test_possessor_before_a_body_name_is_left_out() -> None:
    text = (
        "Kenya's Energy and Petroleum Regulatory Authority said it would "
        '"review every licence in turn".'
    )
    speaker = _quote(text, "review every licence").speaker
    assert speaker == "Energy and Petroleum Regulatory Authority"


def test_plural_bodies_speak_together() -> None:
    text = (
        "Halden Rail and Morvik Freight agreed to merge on Monday. The deal is "
        '"subject to approval by regulators", the two companies said.'
    )
    assert _quote(text, "subject to approval").speaker == "the two companies"


def test_unlisted_media_told() -> None:
    text = (
        "“The water came in the night,” Amal Haddad told Levant Daily Post. A volunteer "
        "medic, Omar Said, told LDP that clinics were “running out of everything”. "
        "“We are doing what we can,” a police spokesman told the nbx news agency. “The road "
        "is closed,” a driver told the state news agency Petraq."
    )
    assert _quote(text, "The water came").source == "Levant Daily Post"
    assert _quote(text, "running out of everything").source == "LDP"
    assert _quote(text, "We are doing what we can").source == "nbx news agency"
    assert _quote(text, "The road is closed").source == "Petraq"


def test_person_told_is_no_medium() -> None:
    text = "“We will appeal,” the mayor told John Carver, a council member, on Friday."
    assert _quote(text, "We will appeal").source is None


def test_statement_carried_by_a_medium() -> None:
    text = (
        "In a statement carried by Reuters, the ministry urged drivers to "
        '"stay off the roads unless absolutely necessary".'
    )
    assert _quote(text, "stay off the roads").source == "Reuters"


def test_quoted_word_qualifying_a_noun_is_a_label() -> None:
    text = (
        'The agency kept its top "amber" alert level for the coast. Officials said the '
        'storm was "moving faster than forecast".'
    )
    quotes = [q.text for q in extract(text, lang="en").quotes]
    assert "amber" not in quotes
    assert any("moving faster" in q for q in quotes)


def test_relative_clause_after_an_unnamed_speaker_is_left_out() -> None:
    text = 'Rain fell all week. A farmer who lost his barn said he was "still waiting for help".'
    assert _quote(text, "still waiting").speaker == "A farmer"


def test_day_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = 'On Monday Halvard Water Board officials said supplies were "safe to drink".'
    assert _quote(text, "safe to drink").speaker == "Halvard Water Board officials"


def test_slogan_on_placards_is_no_quotation() -> None:
    text = (
        "Hundreds marched to the ministry. Students carried banners saying “Fees must fall” and "
        "placards that read “Education is a right”. “We will be back,” said Lina Haddad."
    )
    quotes = [q.text for q in extract(text, lang="en").quotes]
    assert not any("Fees must fall" in q or "Education is a right" in q for q in quotes)
    assert any("We will be back" in q for q in quotes)


def test_medium_after_according_to_and_programme_named_in_quotes() -> None:
    text = (
        "Costs rose. Opposition MP Lena Vos said the plan was “a gift to landlords”, according "
        "to the state news agency Altapress. Her rival, Tom Berg, said on the “Evening Desk” talk "
        "show that it was “long overdue”. Costs rose, according to the Rural Transport "
        "Federation, which said fares were “simply too high”."
    )
    assert _quote(text, "a gift to landlords").source == "Altapress"
    assert _quote(text, "long overdue").source == "Evening Desk"
    assert _quote(text, "simply too high").source is None


def test_statement_speaks_for_whoever_issued_it() -> None:
    text = (
        "In a statement, Verdale Mining said it would appeal. “We have always acted within the "
        "law,” the statement said."
    )
    assert _quote(text, "We have always acted").speaker == "Verdale Mining"


def test_agency_owned_by_a_body_named_before() -> None:
    text = (
        "Floods hit the valley, the UN's Pastoral Resilience Agency (PRA) has warned. The "
        "agency said the situation was “critical”. The IMF's Middle East department said "
        "growth was slow. The fund said it was “concerned”."
    )
    assert _quote(text, "critical").speaker == "Pastoral Resilience Agency"
    assert _quote(text, "concerned").speaker == "International Monetary Fund"


def test_one_word_name_described_after_it_opens_a_sentence() -> None:
    text = (
        "The rains failed again. Dahir, a herder near Moyale, said his camels were “too weak "
        "to walk”. Meanwhile, a herder near Wajir, said the wells were “almost dry”."
    )
    assert _quote(text, "too weak").speaker == "Dahir"
    assert _quote(text, "almost dry").speaker != "Meanwhile"


def test_person_of_a_body_and_indefinite_compounds() -> None:
    text = (
        "Professor Anna Lindqvist of the Karolinska Institute said it was “a clear signal”. "
        "A shop owner said prices were “the highest in memory”. “It is a disaster,” said one "
        "Nairobi-based aid worker who asked not to be named. An issue analysts said was "
        "“long overdue” got a hearing."
    )
    assert _quote(text, "a clear signal").speaker == "Anna Lindqvist"
    assert _quote(text, "the highest in memory").speaker == "A shop owner"
    assert _quote(text, "It is a disaster").speaker == "one Nairobi-based aid worker"
    assert _quote(text, "long overdue").speaker != "An issue analysts"


def test_unnamed_source_inside_a_prepositional_phrase_is_no_subject() -> None:
    text = (
        "“Our offer stands,” the Cairo club said in a statement posted on its website, adding "
        "that talks were over."
    )
    assert _quote(text, "Our offer stands").speaker != "a statement"


def test_one_word_body_with_a_relative_aside_but_no_plural_noun() -> None:
    text = (
        "Sales fell in May. Brightwell, which runs 40 stores, said the slump was “worse than "
        "anything since 2009”. Shoppers, who queued for hours, said the prices were “absurd”."
    )
    assert _quote(text, "worse than anything").speaker == "Brightwell"
    assert _quote(text, "absurd").speaker != "Shoppers"


def test_body_named_before_the_noun_of_its_kind() -> None:
    text = (
        "Talks stalled on Friday. The Unite union, which represents the drivers, said the "
        "offer was “an insult to every driver on the road”."
    )
    assert _quote(text, "an insult").speaker == "The Unite union"


def test_kind_noun_refers_to_a_body_named_with_another_noun_of_that_kind() -> None:
    text = (
        "The Kenya Rugby Association (KRA) sacked its coach on Monday. The federation said the "
        "team needed “a fresh start before the tournament”.\n\n"
        "Harbor Freight Lines, one of the region's biggest operators, cut 300 jobs. The company "
        "said the cuts were “painful but unavoidable”."
    )
    assert _quote(text, "a fresh start").speaker == "Kenya Rugby Association"
    assert _quote(text, "painful but unavoidable").speaker == "Harbor Freight Lines"


def test_spokesperson_for_a_body_named_in_apposition() -> None:
    text = (
        "Flights were grounded. A spokesperson for the aviation regulator, Avireg, said it was "
        "“reviewing the incident as a matter of urgency”."
    )
    speaker = _quote(text, "reviewing the incident").speaker
    assert speaker == "A spokesperson for the aviation regulator"


def test_it_stands_for_the_body_opening_the_sentence_before() -> None:
    text = (
        "The judges ruled on Monday. Portugal's housing ministry welcomed the ruling. In a "
        "statement, it said the decision was “a victory for taxpayers across the country”."
    )
    assert _quote(text, "a victory for taxpayers").speaker == "Portugal's housing ministry"


def test_plural_possessive_inside_a_body_name() -> None:
    text = (
        "The Lisbon Landlords' Association, which brought the case, said the cap was “a "
        "disaster for every small owner in the city”."
    )
    assert _quote(text, "a disaster for every").speaker == "Lisbon Landlords' Association"


def test_a_quotations_last_word_is_no_subject() -> None:
    text = '"We will keep fighting for it," said Jordi Masferrer, the group\'s lawyer.'
    assert _quote(text, "keep fighting").speaker == "Jordi Masferrer"


def test_subject_described_by_a_relative_clause_without_commas() -> None:
    text = (
        "The depot burned for hours. A port worker who asked not to be named said the pumps "
        "“stopped within minutes of the alarm” because the tank was empty."
    )
    assert _quote(text, "stopped within minutes").speaker == "A port worker"


def test_body_noun_with_a_modifier_refers_to_the_name_before() -> None:
    text = (
        "The krona fell after the Central Bank of Norland raised its main rate. The central "
        'bank said the move would "restore confidence in the official market."'
    )
    assert _quote(text, "restore confidence").speaker == "Central Bank of Norland"
    alone = 'Rates rose. The central bank said the move would "restore confidence in markets."'
    assert _quote(alone, "restore confidence").speaker == "central bank"


def test_named_government_keeps_no_article() -> None:
    text = (
        "In a statement, the Kordo State government said that “a committee will assess the "
        "damage and help traders” within a week."
    )
    assert _quote(text, "a committee will assess").speaker == "Kordo State government"


def test_medium_whose_name_holds_the_article() -> None:
    text = (
        "“New buildings are welcome, but they treat no one on their own,” Ada Lorne, head of "
        "policy at a cancer charity, told the Guardian."
    )
    assert _quote(text, "New buildings are welcome").source == "the Guardian"


def test_verb_closing_a_short_quotation_is_the_quoted_speakers() -> None:
    text = (
        "“The plant will stay open,” said Ingrid Halvorsen, the union's chair.\n\n"
        "Halvorsen said members had written to the board twice. “Nobody replied,” she said."
    )
    assert _quote(text, "Nobody replied").speaker == "Ingrid Halvorsen"


def test_long_description_after_the_name_opening_with_the() -> None:
    text = (
        "The depot opened in May.\n\n"
        "“We will not buy more trams on faith,” Oskar Lindgren, the region's deputy "
        "commissioner for public transport and roads, said in an interview."
    )
    assert _quote(text, "trams on faith").speaker == "Oskar Lindgren"


def test_person_named_before_the_body_they_belong_to() -> None:
    text = (
        "Fares will rise in March.\n\n"
        "“Riders will pay for every cent of this,” said Maren Tollefsen of the Passenger "
        "Union of Norway."
    )
    assert _quote(text, "every cent").speaker == "Maren Tollefsen"


def test_name_in_quotation_marks_within_the_subject() -> None:
    text = (
        "A trader was convicted on Friday.\n\n"
        "The Financial Conduct Authority, which opened the case after an inquiry code-named "
        "“Project Heron”, said in a statement that “the scheme cost savers millions.”"
    )
    assert _quote(text, "cost savers").speaker == "Financial Conduct Authority"


def test_the_company_refers_to_the_name_opening_the_sentence_before() -> None:
    text = (
        "Brightwell, which is partly owned by the state, paid $90mn for the licence. "
        "The company said it was “delighted with the outcome” of the sale."
    )
    assert _quote(text, "delighted").speaker == "Brightwell"


def test_description_before_a_name_is_no_company() -> None:
    text = (
        "Ferry operator Nordline cancelled all crossings. The company said it was "
        "“doing everything possible” to restore them."
    )
    assert _quote(text, "doing everything").speaker != "Ferry"


def test_short_body_name_refers_to_its_full_name() -> None:
    text = (
        "Coins are struck by the Royal Mint, which employs 800 people. "
        "“Demand has never been higher,” the Mint said on Monday."
    )
    assert _quote(text, "Demand has never").speaker == "Royal Mint"


def test_office_of_a_role_named_in_lower_case() -> None:
    text = (
        "Teachers stayed away on Monday.\n\n"
        "The governor's office said it was weighing “a one-off bonus” for staff."
    )
    assert _quote(text, "one-off bonus").speaker == "The governor's office"


def test_short_quoted_sentence_after_a_quotation_is_speech() -> None:
    text = (
        "Magistrate Tomas Berg refused bail. “You misled the court twice,” Berg told him. "
        "“Prison is certain.”\n\nThe hearing lasted an hour."
    )
    assert _quote(text, "Prison is certain").speaker == "Tomas Berg"


def test_hyphenated_given_name_with_a_lower_case_half() -> None:
    text = (
        "The oil ministry said the contract was signed on Monday. Lee Soo-min, the firm's head "
        "of projects, told reporters that the company had “learned hard lessons” abroad."
    )
    assert _quote(text, "learned hard lessons").speaker == "Lee Soo-min"


def test_the_title_refers_to_the_person_named_after_it() -> None:
    text = (
        "Employment Judge Anna Pryce said in her judgment that the dismissal was unfair.\n\n"
        "“The claimant was a conscientious employee,” the judge wrote."
    )
    assert _quote(text, "conscientious employee").speaker == "Anna Pryce"


def test_agency_acronym_that_begins_another_name_is_that_body() -> None:
    text = (
        "Strikes grounded TAP Air Portugal flights on Thursday. TAP said in a statement that "
        "the demands would add “more than €70 million a year” to its costs."
    )
    q = _quote(text, "70 million")
    assert (q.speaker, q.source) == ("TAP", None)


def test_medium_named_after_a_nationality_and_its_kind() -> None:
    text = (
        "Henrik Dahl, who led the event, said he had let the title slip. “I played the worst "
        "game of my life,” he told Danish broadcaster DR."
    )
    q = _quote(text, "worst game")
    assert (q.speaker, q.source) == ("Henrik Dahl", "DR")


def test_pronoun_refers_to_the_unlisted_person_the_paragraph_introduces() -> None:
    text = (
        "“The new lanes cut my commute by ten minutes,” said Daniel Okafor, a warehouse "
        "worker.\n\n"
        "Not everyone is pleased. Teodora Lisnic runs a bakery on Elm Street. She says the "
        "works scared off customers for months. “I lost half my regulars,” she says.\n\n"
        "Bilal, a 22-year-old courier from Leeds, was loading his van outside. “Parking is "
        "impossible now,” he said."
    )
    assert _quote(text, "I lost half my regulars").speaker == "Teodora Lisnic"
    assert _quote(text, "Parking is impossible").speaker == "Bilal"


def test_pronoun_after_a_sentence_opening_with_a_lower_case_word_is_not_a_name() -> None:
    text = (
        "“We will appeal,” said Daniel Okafor, a warehouse worker.\n\n"
        "Not everyone agrees. “It is too late for that,” he said."
    )
    assert _quote(text, "too late").speaker == "Daniel Okafor"


def test_name_after_a_title_and_the_field_it_governs() -> None:
    text = (
        "“Stocks in the lake have recovered,” Commissioner of Fisheries Peter Okello said. "
        "“We expect the quotas to rise,” Chair Dana Whitfield said on Monday."
    )
    assert _quote(text, "Stocks in the lake").speaker == "Peter Okello"
    assert _quote(text, "quotas to rise").speaker == "Dana Whitfield"


def test_a_grade_and_a_programme_in_quotation_marks_are_no_quotations() -> None:
    text = (
        "The watchdog rated the country “partly free” in its annual report. The ministry's "
        "“Blue Coast 2025-2035” tourism plan was criticised by the union, which said the "
        "scheme was “a giveaway to developers”."
    )
    quoted = [q.text for q in extract(text, lang="en").quotes]
    assert "partly free" not in quoted
    assert "Blue Coast 2025-2035" not in quoted
    assert "a giveaway to developers" in quoted


def test_body_qualified_by_two_nouns_joined_by_and() -> None:
    text = (
        "The culture and heritage ministry said the museum would reopen in May, calling the "
        "restoration “a national achievement”."
    )
    speaker = _quote(text, "a national achievement").speaker
    assert speaker == "The culture and heritage ministry"


def test_body_name_listing_its_fields_with_commas() -> None:
    text = (
        "The Department for Environment, Food and Rural Affairs (Defra) said it would respond to "
        "the report “in due course”."
    )
    speaker = _quote(text, "in due course").speaker
    assert speaker == "Department for Environment, Food and Rural Affairs"


def test_named_speaker_before_a_long_role_aside() -> None:
    text = (
        "“We have a waiting list of foreign companies, and most of them are Asian,” Karim "
        "Benjelloun, chief executive officer of Casablanca-based developer Medz Industrial "
        "Parks, told Bloomberg News."
    )
    assert _quote(text, "We have a waiting list").speaker == "Karim Benjelloun"

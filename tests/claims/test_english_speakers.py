"""English speakers and sources of general shapes, as tables of (text, words of one quotation,
expected speaker or source): subjects before and after the verb (relative clauses, names and
descriptions in apposition, asides about a person or their employer, parenthesised acronyms and
parties, titles, roles and particles in names), unnamed sources ("a senior official in the tax
authority", "a person close to ...", "one of the delegates", "“...,” said one" of a group
counted before, a long description before "who asked not to be named"), bodies named in full or
referred to by the noun of their kind ("the federation", "the regulator", "the state-owned
carrier") or by "it", pronouns for the person a paragraph introduces, and media told or named
with their outlet words ("Bloomberg Television"). Separate tests cover quoted words that are no
quotation (slogans, labels, grades and recommendations, programme names)."""

from __future__ import annotations

import pytest

from claims.extract import extract
from claims.types import Quote


def _quote(text: str, words: str) -> Quote:
    found = [q for q in extract(text, lang="en").quotes if words in q.text]
    assert found, f"no quotation holding {words!r}"
    return found[0]


# Texts with several quotations, each checked by a row of a table below.
_AGENCY_AND_FUND = (
    "Floods hit the valley, the UN's Pastoral Resilience Agency (PRA) has warned. The "
    "agency said the situation was “critical”. The IMF's Middle East department said "
    "growth was slow. The fund said it was “concerned”."
)
_HERDERS = (
    "The rains failed again. Dahir, a herder near Moyale, said his camels were “too weak "
    "to walk”. Meanwhile, a herder near Wajir, said the wells were “almost dry”."
)
_INDEFINITES = (
    "Professor Anna Lindqvist of the Karolinska Institute said it was “a clear signal”. "
    "A shop owner said prices were “the highest in memory”. “It is a disaster,” said one "
    "Nairobi-based aid worker who asked not to be named. An issue analysts said was "
    "“long overdue” got a hearing."
)
_STORE_AND_SHOPPERS = (
    "Sales fell in May. Brightwell, which runs 40 stores, said the slump was “worse than "
    "anything since 2009”. Shoppers, who queued for hours, said the prices were “absurd”."
)
_KIND_NOUNS = (
    "The Kenya Rugby Association (KRA) sacked its coach on Monday. The federation said the "
    "team needed “a fresh start before the tournament”.\n\n"
    "Harbor Freight Lines, one of the region's biggest operators, cut 300 jobs. The company "
    "said the cuts were “painful but unavoidable”."
)
_PARAGRAPH_PEOPLE = (
    "“The new lanes cut my commute by ten minutes,” said Daniel Okafor, a warehouse "
    "worker.\n\n"
    "Not everyone is pleased. Teodora Lisnic runs a bakery on Elm Street. She says the "
    "works scared off customers for months. “I lost half my regulars,” she says.\n\n"
    "Bilal, a 22-year-old courier from Leeds, was loading his van outside. “Parking is "
    "impossible now,” he said."
)
_TITLE_AND_FIELD = (
    "“Stocks in the lake have recovered,” Commissioner of Fisheries Peter Okello said. "
    "“We expect the quotas to rise,” Chair Dana Whitfield said on Monday."
)
_UNLISTED_MEDIA = (
    "“The water came in the night,” Amal Haddad told Levant Daily Post. A volunteer "
    "medic, Omar Said, told LDP that clinics were “running out of everything”. "
    "“We are doing what we can,” a police spokesman told the nbx news agency. “The road "
    "is closed,” a driver told the state news agency Petraq."
)
_ACCORDING_AND_PROGRAMME = (
    "Costs rose. Opposition MP Lena Vos said the plan was “a gift to landlords”, according "
    "to the state news agency Altapress. Her rival, Tom Berg, said on the “Evening Desk” talk "
    "show that it was “long overdue”. Costs rose, according to the Rural Transport "
    "Federation, which said fares were “simply too high”."
)


SPEAKERS = [
    pytest.param(
        "Marta Quill has rebuilt her bakery twice. Its new oven stands in Vell Dara, a hamlet "
        "on the river.\n\n“We bake before dawn now,” she said.",
        "We bake before dawn",
        "Marta Quill",
        id="a-name-described-as-a-hamlet-is-a-place",
    ),
    pytest.param(
        "New ferries will link Noor Island, the harbour and the old town.\n\n“We waited years "
        "for this,” said Noor, a teacher from the harbour who asked that her surname not be used.",
        "We waited years",
        "Noor",
        id="a-name-ending-in-island-is-a-place",
    ),
    pytest.param(
        "Irena Kolar has sold honey in the square for years.\n\n“Prices are fair,” said Tomas, "
        "a farmer from Lidno.\n\nBack at her stall near the gate, Kolar is already packing up. "
        "“Tomorrow will be busier,” she said.",
        "Tomorrow will be busier",
        "Kolar",
        id="she-is-the-name-after-a-word-and-its-place-phrase",
    ),
    pytest.param(
        "Irena Kolar has sold honey in the square for years.\n\n“Prices are fair,” said Tomas, "
        "a farmer from Lidno.\n\nOutside the old town hall, Kolar is already packing up. "
        "“Tomorrow will be busier,” she said.",
        "Tomorrow will be busier",
        "Kolar",
        id="she-is-the-name-after-a-phrase-opening-with-outside",
    ),
    pytest.param(
        "“Half the class had the answers,” said Karim, 16, a pupil from Giza who asked that his "
        "surname not be used. “I revised for months for nothing.”",
        "I revised for months",
        "Karim",
        id="who-after-a-listed-place-is-not-the-place",
    ),
    pytest.param(
        "Still, she says, demand is slow. Leila Amrani, 40, runs a weaving workshop. She wants "
        "the ministry to “see weaving as real work, not a hobby”.",
        "see weaving as real work",
        "Leila Amrani",
        id="what-someone-wants-in-their-own-words",
    ),
    pytest.param(
        "The Coastal Fisheries Defence Network (CFDN) logged 31 seizures last year. The group "
        "said in a statement that the fines were “ruining small crews”.",
        "ruining small crews",
        "Coastal Fisheries Defence Network",
        id="the-group-after-a-body-introduced-with-its-acronym",
    ),
    pytest.param(
        "A member of the state-funded Press Standards Board, who asked not to be named, told "
        "reporters the board had “discussed the case twice”.",
        "discussed the case twice",
        "A member of the state-funded Press Standards Board",
        id="a-member-of-a-body",
    ),
    pytest.param(
        "Ilse Varga, a spokesperson for the panel, told state radio that it would favour “bold new "
        "work” this year.",
        "bold new work",
        "Ilse Varga",
        id="a-speech-verb-word-after-told-is-its-object",
    ),
    pytest.param(
        "In a statement posted on Telegram, the governor's office said the ban was “temporary”."
        "\n\n“Nobody will be left without heating,” the statement said.",
        "Nobody will be left",
        "the governor's office",
        id="the-statement-posted-by-nobody-its-issuer-speaks",
    ),
    pytest.param(
        "Harbour Notes\n\nAt six o'clock on a cold Monday morning in Tromso, Eirik Nesse is "
        "already mending nets on the quay.\n\n“The sea decides for you,” he says.",
        "The sea decides",
        "Eirik Nesse",
        id="a-name-after-a-long-opening-phrase-of-time-and-place",
    ),
    pytest.param(
        "“Every ward will get two extra nurses before winter,” said Marguerite Olsen, "
        "director of the Halvard Regional Hospital.\n\n"
        "Olsen said waiting times at the clinic have risen to nine weeks, well above the "
        "four-week limit doctors say is safe for most patients. “Nobody will be turned "
        "away,” she said.",
        "Nobody will be turned away",
        "Marguerite Olsen",
        id="speech-verb-in-a-relative-clause-names-no-speaker",
    ),
    pytest.param(
        "The ferry was cancelled for the third day running. A welder who would give only "
        "his first name, Tobias, said he had missed two shifts. “The company has not told us "
        "anything about when the boats will sail again,” he said.",
        "The company has not told us",
        "Tobias",
        id="name-in-apposition-after-a-description",
    ),
    pytest.param(
        "Prices rose again. A baker from Springvale, Ontario, said that "
        '"flour now costs twice what it did in the spring".',
        "flour now costs",
        "A baker from Springvale",
        id="description-ending-in-a-place-is-no-apposition",
    ),
    pytest.param(
        "Shares fell. Brantel Foods, a firm based in Lindow, said "
        '"orders collapsed in the final quarter of the year".',
        "orders collapsed",
        "Brantel Foods",
        id="place-after-a-preposition-is-no-apposition",
    ),
    pytest.param(
        "Polling stations closed at dusk. The Regional Observer Mission for Caldera (Romc) "
        'said in a report that the count had been "calm and orderly in nearly every district", '
        "and urged patience.",
        "calm and orderly",
        "Regional Observer Mission for Caldera",
        id="body-with-a-parenthesised-acronym",
    ),
    pytest.param(
        "The vote was delayed. Sen. Harriet Quill (D-Ore.) said the delay was "
        '"a gift to the lobbyists who wrote this bill in the first place".',
        "a gift to the lobbyists",
        "Harriet Quill",
        id="person-with-a-parenthesised-party",
    ),
    pytest.param(
        "Harbour fees rose again. Velmora, the Norwegian salmon group, wrote to buyers on "
        'Monday. The company said that "feed costs have doubled since the summer."',
        "feed costs have doubled",
        "Velmora",
        id="firm-described-before-is-what-the-company-refers-to",
    ),
    pytest.param(
        "The merger stalled. A person close to one of the bank's largest shareholders said "
        'the board was "running out of patience" with the chairman.',
        "running out of patience",
        "A person close to one of the bank's largest shareholders",
        id="person-close-to-a-body-is-an-unnamed-source",
    ),
    pytest.param(
        "Beaches were closed. A spokesman for the Ohio State Parks Office said the agency was "
        '"testing the water daily" at every site.',
        "testing the water daily",
        "A spokesman for the Ohio State Parks Office",
        id="capitalised-state-in-a-body-name-is-no-verb",
    ),
    pytest.param(
        "Fares will fall in April. The Coastal Ferries General Authority said it would "
        '"add four sailings a day" on the northern route.',
        "add four sailings",
        "Coastal Ferries General Authority",
        id="body-named-with-a-title-word",
    ),
    pytest.param(
        "The bond sale closed early. A lawyer advising the lenders, who asked not to be named "
        'because the talks were private, said the terms were "better than anyone expected".',
        "better than anyone",
        "A lawyer",
        id="unnamed-speaker-with-a-participle-and-an-aside",
    ),
    pytest.param(
        "The bakery was founded in 2015 by Oona Lindqvist and her brother.\n\n"
        "Lindqvist, 41, a former chef at the Savoy, said sales had doubled. "
        '"We cannot bake fast enough," she said.',
        "We cannot bake fast enough",
        "Lindqvist",
        id="age-in-apposition-is-no-subject",
    ),
    pytest.param(
        "The firm was set up by Tomasz Wierzbicki in 2019.\n\n"
        'Wierzbicki, who once worked for a rival, told reporters the firm had "no debt at all".',
        "no debt at all",
        "Wierzbicki",
        id="surname-opening-a-sentence-before-an-aside",
    ),
    pytest.param(
        "Floods hit the valley. “Nobody should have to sleep outside tonight,” the Regional "
        "Office for the Protection of Civilians (ROPC) said in a report.",
        "Nobody should have to sleep",
        "Regional Office for the Protection of Civilians",
        id="body-named-with-of-the-and-an-acronym",
    ),
    pytest.param(
        "Kenya's Energy and Petroleum Regulatory Authority said it would "
        '"review every licence in turn".',
        "review every licence",
        "Energy and Petroleum Regulatory Authority",
        id="possessor-before-a-body-name-is-left-out",
    ),
    pytest.param(
        "Halden Rail and Morvik Freight agreed to merge on Monday. The deal is "
        '"subject to approval by regulators", the two companies said.',
        "subject to approval",
        "the two companies",
        id="plural-bodies-speak-together",
    ),
    pytest.param(
        'Rain fell all week. A farmer who lost his barn said he was "still waiting for help".',
        "still waiting",
        "A farmer",
        id="relative-clause-after-an-unnamed-speaker-is-left-out",
    ),
    pytest.param(
        'On Monday Halvard Water Board officials said supplies were "safe to drink".',
        "safe to drink",
        "Halvard Water Board officials",
        id="day-opening-the-sentence-is-no-part-of-a-name",
    ),
    pytest.param(
        "In a statement, Verdale Mining said it would appeal. “We have always acted within the "
        "law,” the statement said.",
        "We have always acted",
        "Verdale Mining",
        id="statement-speaks-for-whoever-issued-it",
    ),
    pytest.param(
        _AGENCY_AND_FUND,
        "critical",
        "Pastoral Resilience Agency",
        id="agency-owned-by-a-body-named-before",
    ),
    pytest.param(
        _AGENCY_AND_FUND,
        "concerned",
        "International Monetary Fund",
        id="fund-owning-a-department-named-before",
    ),
    pytest.param(
        _HERDERS,
        "too weak",
        "Dahir",
        id="one-word-name-described-after-it-opens-a-sentence",
    ),
    pytest.param(
        _INDEFINITES,
        "a clear signal",
        "Anna Lindqvist",
        id="person-of-a-body",
    ),
    pytest.param(
        _INDEFINITES,
        "the highest in memory",
        "A shop owner",
        id="indefinite-compound-noun",
    ),
    pytest.param(
        _INDEFINITES,
        "It is a disaster",
        "one Nairobi-based aid worker",
        id="indefinite-compound-after-the-verb",
    ),
    pytest.param(
        _STORE_AND_SHOPPERS,
        "worse than anything",
        "Brightwell",
        id="one-word-body-with-a-relative-aside",
    ),
    pytest.param(
        "Talks stalled on Friday. The Unite union, which represents the drivers, said the "
        "offer was “an insult to every driver on the road”.",
        "an insult",
        "The Unite union",
        id="body-named-before-the-noun-of-its-kind",
    ),
    pytest.param(
        _KIND_NOUNS,
        "a fresh start",
        "Kenya Rugby Association",
        id="federation-refers-to-an-association",
    ),
    pytest.param(
        _KIND_NOUNS,
        "painful but unavoidable",
        "Harbor Freight Lines",
        id="company-refers-to-a-name-described-as-an-operator",
    ),
    pytest.param(
        "Flights were grounded. A spokesperson for the aviation regulator, Avireg, said it was "
        "“reviewing the incident as a matter of urgency”.",
        "reviewing the incident",
        "A spokesperson for the aviation regulator",
        id="spokesperson-for-a-body-named-in-apposition",
    ),
    pytest.param(
        "The judges ruled on Monday. Portugal's housing ministry welcomed the ruling. In a "
        "statement, it said the decision was “a victory for taxpayers across the country”.",
        "a victory for taxpayers",
        "Portugal's housing ministry",
        id="it-stands-for-the-body-opening-the-sentence-before",
    ),
    pytest.param(
        "The Lisbon Landlords' Association, which brought the case, said the cap was “a "
        "disaster for every small owner in the city”.",
        "a disaster for every",
        "Lisbon Landlords' Association",
        id="plural-possessive-inside-a-body-name",
    ),
    pytest.param(
        '"We will keep fighting for it," said Jordi Masferrer, the group\'s lawyer.',
        "keep fighting",
        "Jordi Masferrer",
        id="a-quotations-last-word-is-no-subject",
    ),
    pytest.param(
        "The depot burned for hours. A port worker who asked not to be named said the pumps "
        "“stopped within minutes of the alarm” because the tank was empty.",
        "stopped within minutes",
        "A port worker",
        id="subject-described-by-a-relative-clause-without-commas",
    ),
    pytest.param(
        "The krona fell after the Central Bank of Norland raised its main rate. The central "
        'bank said the move would "restore confidence in the official market."',
        "restore confidence",
        "Central Bank of Norland",
        id="body-noun-with-a-modifier-refers-to-the-name-before",
    ),
    pytest.param(
        'Rates rose. The central bank said the move would "restore confidence in markets."',
        "restore confidence",
        "central bank",
        id="body-noun-with-a-modifier-and-no-name-before",
    ),
    pytest.param(
        "In a statement, the Kordo State government said that “a committee will assess the "
        "damage and help traders” within a week.",
        "a committee will assess",
        "Kordo State government",
        id="named-government-keeps-no-article",
    ),
    pytest.param(
        "“The plant will stay open,” said Ingrid Halvorsen, the union's chair.\n\n"
        "Halvorsen said members had written to the board twice. “Nobody replied,” she said.",
        "Nobody replied",
        "Ingrid Halvorsen",
        id="verb-closing-a-short-quotation-is-the-quoted-speakers",
    ),
    pytest.param(
        "The depot opened in May.\n\n"
        "“We will not buy more trams on faith,” Oskar Lindgren, the region's deputy "
        "commissioner for public transport and roads, said in an interview.",
        "trams on faith",
        "Oskar Lindgren",
        id="long-description-after-the-name-opening-with-the",
    ),
    pytest.param(
        "Fares will rise in March.\n\n"
        "“Riders will pay for every cent of this,” said Maren Tollefsen of the Passenger "
        "Union of Norway.",
        "every cent",
        "Maren Tollefsen",
        id="person-named-before-the-body-they-belong-to",
    ),
    pytest.param(
        "A trader was convicted on Friday.\n\n"
        "The Financial Conduct Authority, which opened the case after an inquiry code-named "
        "“Project Heron”, said in a statement that “the scheme cost savers millions.”",
        "cost savers",
        "Financial Conduct Authority",
        id="name-in-quotation-marks-within-the-subject",
    ),
    pytest.param(
        "Brightwell, which is partly owned by the state, paid $90mn for the licence. "
        "The company said it was “delighted with the outcome” of the sale.",
        "delighted",
        "Brightwell",
        id="the-company-refers-to-the-name-opening-the-sentence-before",
    ),
    pytest.param(
        "Coins are struck by the Royal Mint, which employs 800 people. "
        "“Demand has never been higher,” the Mint said on Monday.",
        "Demand has never",
        "Royal Mint",
        id="short-body-name-refers-to-its-full-name",
    ),
    pytest.param(
        "Teachers stayed away on Monday.\n\n"
        "The governor's office said it was weighing “a one-off bonus” for staff.",
        "one-off bonus",
        "The governor's office",
        id="office-of-a-role-named-in-lower-case",
    ),
    pytest.param(
        "Magistrate Tomas Berg refused bail. “You misled the court twice,” Berg told him. "
        "“Prison is certain.”\n\nThe hearing lasted an hour.",
        "Prison is certain",
        "Tomas Berg",
        id="short-quoted-sentence-after-a-quotation-is-speech",
    ),
    pytest.param(
        "The oil ministry said the contract was signed on Monday. Lee Soo-min, the firm's head "
        "of projects, told reporters that the company had “learned hard lessons” abroad.",
        "learned hard lessons",
        "Lee Soo-min",
        id="hyphenated-given-name-with-a-lower-case-half",
    ),
    pytest.param(
        "Employment Judge Anna Pryce said in her judgment that the dismissal was unfair.\n\n"
        "“The claimant was a conscientious employee,” the judge wrote.",
        "conscientious employee",
        "Anna Pryce",
        id="the-title-refers-to-the-person-named-after-it",
    ),
    pytest.param(
        _PARAGRAPH_PEOPLE,
        "I lost half my regulars",
        "Teodora Lisnic",
        id="pronoun-refers-to-the-unlisted-person-the-paragraph-introduces",
    ),
    pytest.param(
        _PARAGRAPH_PEOPLE,
        "Parking is impossible",
        "Bilal",
        id="pronoun-refers-to-a-one-word-name-described-after-it",
    ),
    pytest.param(
        "“We will appeal,” said Daniel Okafor, a warehouse worker.\n\n"
        "Not everyone agrees. “It is too late for that,” he said.",
        "too late",
        "Daniel Okafor",
        id="pronoun-after-a-sentence-opening-with-a-lower-case-word-is-not-a-name",
    ),
    pytest.param(
        _TITLE_AND_FIELD,
        "Stocks in the lake",
        "Peter Okello",
        id="name-after-a-title-and-the-field-it-governs",
    ),
    pytest.param(
        _TITLE_AND_FIELD,
        "quotas to rise",
        "Dana Whitfield",
        id="name-after-a-title",
    ),
    pytest.param(
        "The culture and heritage ministry said the museum would reopen in May, calling the "
        "restoration “a national achievement”.",
        "a national achievement",
        "culture and heritage ministry",
        id="body-qualified-by-two-nouns-joined-by-and",
    ),
    pytest.param(
        "The Department for Environment, Food and Rural Affairs (Defra) said it would respond to "
        "the report “in due course”.",
        "in due course",
        "Department for Environment, Food and Rural Affairs",
        id="body-name-listing-its-fields-with-commas",
    ),
    pytest.param(
        "“We have a waiting list of foreign companies, and most of them are Asian,” Karim "
        "Benjelloun, chief executive officer of Casablanca-based developer Medz Industrial "
        "Parks, told Bloomberg News.",
        "We have a waiting list",
        "Karim Benjelloun",
        id="named-speaker-before-a-long-role-aside",
    ),
    pytest.param(
        "Tolls on the coast road start from March, the transport ministry said on Monday. Cars "
        "will pay two dinars a day, the Ministry of Roads, Ports and Digital Services said in a "
        "statement.\n\n“The fees will go straight back into the roads,” the ministry said.",
        "The fees will go straight back",
        "Ministry of Roads, Ports and Digital Services",
        id="date-before-a-comma-is-no-body-described",
    ),
    pytest.param(
        "Diesel will cost 8% less from June 1, the Caldonian Energy Regulatory Authority said in "
        "a statement. The regulator said the cut reflected “lower import costs and a stronger "
        "currency.”",
        "lower import costs",
        "Caldonian Energy Regulatory Authority",
        id="the-regulator-refers-to-the-whole-name-of-the-body-before",
    ),
    pytest.param(
        "“Cross-border rail has never paid its way,” said Mara Holt, a transport economist, "
        "pointing to lines between Hungary and the Balkan states that have shut since 2005.\n\n"
        "“Demand simply is not there outside the summer months.”",
        "Demand simply is not there",
        "Mara Holt",
        id="object-of-a-preposition-before-a-verb-like-noun-is-no-subject",
    ),
    pytest.param(
        "Mateo Ruiz won the county title at nine. A spokesperson for the Linden school board "
        "said the district was “happy to help with his schedule” so that Mateo could travel."
        "\n\nFor now, Mateo juggles lessons, chess and football. Asked about his plans, he "
        "shrugged.\n\n“Win the national title,” he said.",
        "Win the national title",
        "Mateo",
        id="pronoun-alone-with-its-quotation-refers-to-the-paragraph-before",
    ),
    pytest.param(
        "Lawmakers reacted quickly. Sen. Dana Pruitt (R-Texas), who wrote the bill, said the "
        'rule "closes a loophole that lasted a decade".',
        "closes a loophole",
        "Dana Pruitt",
        id="party-in-parentheses-before-a-relative-aside-is-no-subject",
    ),
    pytest.param(
        "Lenders cut rates again. A spokesperson for Northern Housing and Finance Corp. said "
        'the agency "does not comment on the pricing of individual lenders".',
        "does not comment",
        "A spokesperson for Northern Housing and Finance Corp.",
        id="abbreviation-full-stop-before-the-verb-ends-no-sentence",
    ),
    pytest.param(
        "Exporters pushed back. Brantel Foods, which sells most of its cheese in the U.S., said "
        'the tariff was "a blunt instrument that punishes farmers".',
        "a blunt instrument",
        "Brantel Foods",
        id="abbreviation-full-stop-closing-an-aside",
    ),
    pytest.param(
        "Campaigners were scathing. The Kestrel Trust's European policy office said in a "
        'statement that the vote marked "a step backwards for nature".',
        "a step backwards",
        "Kestrel Trust's European policy office",
        id="office-owned-by-a-named-body",
    ),
    pytest.param(
        'The Northland Wildfire Agency (NWA) said the fire had doubled overnight. "Strong winds '
        'will push it toward the town by Tuesday," the agency said in an update.',
        "Strong winds",
        "Northland Wildfire Agency",
        id="body-noun-refers-to-the-name-ending-in-it",
    ),
    pytest.param(
        "Larchmont Trust Bank will cut its fixed mortgage rate on Monday, a week after the Bank "
        'of Canada held its own. In a statement, the bank said "clients with pre-approvals '
        'will get the lower rate automatically".',
        "clients with pre-approvals",
        "Larchmont Trust Bank",
        id="body-noun-refers-to-the-subject-before-a-later-name",
    ),
    pytest.param(
        "Measles cases rose to 14. The Yukon Department of Health said four patients were in "
        'hospital. The department said the outbreak was "linked to a single traveller".',
        "linked to a single",
        "Yukon Department of Health",
        id="body-noun-refers-to-a-name-going-on-after-it",
    ),
    pytest.param(
        "Thousands of homeowners will lose cover from Redwood Mutual Insurance by March, "
        "according to a filing the company made to the Ohio Department of Insurance.\n\n"
        'The company said in a statement that it "cannot price the risk under the current '
        'rules".',
        "cannot price the risk",
        "Redwood Mutual Insurance",
        id="company-named-by-its-business-not-the-regulator-or-an-opening-noun",
    ),
    pytest.param(
        'Surgeons walked out on Monday.\n\n"Every strike day sets us back," said Alan Price, '
        "the trust's medical director.\n\nJoan Pike, 71, from Bolton, has waited 14 months for "
        'a new knee. Her operation was due on Thursday.\n\n"They rang me yesterday to say '
        "it's off,\" she said.",
        "They rang me",
        "Joan Pike",
        id="pronoun-refers-to-the-listed-person-the-paragraph-before-opens-with",
    ),
    pytest.param(
        "Joan Pike has lived in Altadena for 30 years.\n\nBack in Altadena, Pike said she had "
        "found Coastal Plan coverage for about $5,000 a year.\n\n\"I'll pay it because I have "
        'no choice," she said.',
        "I'll pay it",
        "Pike",
        id="pronoun-refers-to-the-subject-after-an-opening-place-not-an-object",
    ),
    pytest.param(
        "Smoke covered the town on Monday.\n\nChief Dora Finch of the nearby Willow Lake Cree "
        'Nation told reporters her community was "watching the sky every hour".',
        "watching the sky",
        "Dora Finch",
        id="person-before-of-and-a-body-taken-for-a-name",
    ),
    pytest.param(
        "The club rejected a bid for forward Omar Adel on Monday. The saga has become a daily "
        'fixture on sports television. Adel\'s agent, Samir Lotfi, said on the "Night Zone" '
        'talk show last week that his client wanted "to take the next step in his career".',
        "to take the next step",
        "Samir Lotfi",
        id="name-set-off-by-commas-after-the-role-leading-it",
    ),
    pytest.param(
        "Ministers met on Sunday. “Nobody wants a fight. The talks will go on,” one of the "
        "delegates said, declining to be named.",
        "Nobody wants a fight",
        "one of the delegates",
        id="one-counted-out-of-a-group-is-an-unnamed-source",
    ),
    pytest.param(
        "Wages are late. But four engineers at foreign rail firms working on the line told the "
        "paper that pay was slipping. “We get paid, just never on time,” said one, who asked "
        "not to be named.",
        "just never on time",
        "engineers at foreign rail firms",
        id="said-one-refers-to-the-group-counted-before",
    ),
    pytest.param(
        "Fees will rise. A senior manager at one of the region's biggest bus operators, who "
        "asked not to be named, said fares would “have to rise again” next year.",
        "have to rise again",
        "A senior manager at one of the region's biggest bus operators",
        id="long-description-before-an-aside-of-anonymity",
    ),
    pytest.param(
        "Flights resumed on Friday. “We will not fly until the runway is clear,” Samir "
        "el-Masri, the airline's operations chief, said at a briefing.",
        "We will not fly",
        "Samir el-Masri",
        id="name-with-a-hyphened-particle",
    ),
    pytest.param(
        "Sky Air cancelled 40 flights on Monday after a storm hit the capital.\n\n"
        "The state-owned carrier said in a statement that flights would “resume within two "
        "days,” and urged travellers to stay home.",
        "resume within two days",
        "Sky Air",
        id="body-noun-after-a-hyphened-description-refers-back",
    ),
    pytest.param(
        "Firms are struggling.\n\nDelta Tarmac Works, which employs 9,000 people, said in a "
        "filing that late payments had doubled.\n\n“We are owed more than ever,” said Omar "
        "Haddad, its finance chief. Haddad said the delays were growing.\n\nThe company said "
        "it had started “a cost review” to protect its cash.",
        "a cost review",
        "Delta Tarmac Works",
        id="the-company-refers-to-a-body-a-which-clause-described-paragraphs-before",
    ),
    pytest.param(
        "Phones were banned in September. “Fights have stopped,” Headteacher Maria Colby said "
        "on Friday. Colby warned that the data was “still early”.",
        "still early",
        "Maria Colby",
        id="role-before-an-unlisted-name-is-no-part-of-it",
    ),
    pytest.param(
        "Hernwood Teachers Association, which represents 900 staff, said in a statement that "
        "its members “strongly back” the plan.",
        "strongly back",
        "Hernwood Teachers Association",
        id="quoted-verb-before-its-object-is-no-label",
    ),
    pytest.param(
        "Ceasefire talks stalled. The U.N. Relief Office for Sudan said in a statement that it "
        "was “deeply alarmed” by the fighting.",
        "deeply alarmed",
        "U.N. Relief Office for Sudan",
        id="initialism-with-full-stops-opens-a-body-name",
    ),
    pytest.param(
        "Calder University plans to close two faculties. The University and College Staff "
        "Union called a strike. In a statement, the university said the cuts were "
        "“unavoidable”.",
        "unavoidable",
        "Calder University",
        id="kind-noun-inside-a-name-of-another-kind-is-no-referent",
    ),
    pytest.param(
        "Brenmoor Shipping PJSC posted a loss of 40 million dirhams.\n\nFreight rates fell, "
        "the company said, adding that it “expects a recovery next year”.",
        "expects a recovery",
        "Brenmoor Shipping PJSC",
        id="company-suffix-ends-a-company-name",
    ),
    pytest.param(
        "In May, Tolvane, the Oslo-based budget carrier, flew 2 million people.\n\nFares "
        "fell, the airline said, adding that demand was “still robust”.",
        "still robust",
        "Tolvane",
        id="hyphened-description-in-apposition-names-the-kind",
    ),
    pytest.param(
        "Orlen Foods, which employs 900 people, reported results. Sales rose 4% on higher "
        "sales of frozen meals.\n\nMargins fell, the company said, adding that it “expects "
        "a stronger second half”.",
        "stronger second half",
        "Orlen Foods",
        id="sentence-opening-common-noun-is-no-company",
    ),
    pytest.param(
        "Pay deal agreed\nMarta Lindqvist · Tue 14 Oct 2025 09.30 BST\n\nHarwell University "
        "is to freeze hiring. In a statement, the university said it faced “a difficult year”.",
        "a difficult year",
        "Harwell University",
        id="name-does-not-run-across-a-line-break",
    ),
    pytest.param(
        "Storms are forecast.\n\nThe National Hurricane Center issued a warning on Monday, "
        "saying the storm was “strengthening quickly”.",
        "strengthening quickly",
        "The National Hurricane Center",
        id="listed-name-continued-by-capitalised-words-opens-the-sentence",
    ),
    pytest.param(
        "“Supplies are running out,” a WFP spokesperson in N'Gourti told reporters.",
        "Supplies are running out",
        "a WFP spokesperson",
        id="elided-capital-joins-a-place-name-after-an-unnamed-source",
    ),
    pytest.param(
        "Desmond O'Leary, who farms near Cork, said the harvest was “the worst in years”.",
        "the worst in years",
        "Desmond O'Leary",
        id="elided-capital-joins-a-surname",
    ),
    pytest.param(
        "Banco de Portugal, the central bank, said in a note that it was “monitoring liquidity "
        "closely”.",
        "monitoring liquidity",
        "Banco de Portugal",
        id="lower-case-particle-within-a-body-name",
    ),
    pytest.param(
        "Dana Voss, Miller's business partner, who moved from Oslo to run the shop, said sales "
        "had “never been better”.",
        "never been better",
        "Dana Voss",
        id="name-before-a-possessive-role-and-a-who-clause",
    ),
    pytest.param(
        "The Israel Defense Forces said it was “reviewing the incident” and would respond later.",
        "reviewing the incident",
        "Israel Defense Forces",
        id="listed-body-by-the-full-name-the-article-writes",
    ),
    pytest.param(
        "Ruiz's daughter, Elena, sells bread at the market on weekdays.\n\n“People buy less "
        "now,” she said.",
        "People buy less",
        "Elena",
        id="relative-named-in-apposition-after-a-possessive-tie",
    ),
    pytest.param(
        "On a hill above her old house, Moira Bell hangs laundry. A year after the storm that "
        "tore through Chile's Atacama Desert, the 61-year-old still sleeps in a caravan.\n\n"
        "“We had candles for a week,” she said.",
        "candles for a week",
        "Moira Bell",
        id="name-possessed-by-a-place-after-a-preposition-is-no-referent",
    ),
    pytest.param(
        "Vantor buys stake in Italy's Arlo\nMILAN, June 3 (Reuters) - Vantor agreed to buy a "
        "stake in Arlo on Tuesday.\n\nArlo said in a statement that the deal “secures its "
        "future”.",
        "secures its future",
        "Arlo",
        id="one-word-name-is-no-part-of-words-across-a-line-break",
    ),
    pytest.param(
        "The U.N. food agency warned of shortages in the north. “Stocks will run out by "
        "March,” the agency said.",
        "Stocks will run out",
        "U.N. food agency",
        id="agency-refers-to-a-listed-body-with-its-kind-noun-after-it",
    ),
]


SPEAKERS += [
    pytest.param(
        "Finance Minister Karim Haddad defended the bill in parliament. “Without it, the World "
        "Bank would not release a cent,” he added.",
        "Without it",
        "Karim Haddad",
        id="he-is-no-body-named-inside-the-quotation",
    ),
    pytest.param(
        "The electoral commission ordered a recount. Opposition leader Dana Farouk said the "
        "order came too late. “We asked for this in May,” she said.",
        "We asked for this",
        "Dana Farouk",
        id="she-skips-a-body-speaker",
    ),
    pytest.param(
        "Opposition leader Samir Khoury called the plan “a recipe for chaos” on Monday.",
        "a recipe for chaos",
        "Samir Khoury",
        id="called-names-what-was-said",
    ),
    pytest.param(
        "“Nobody warned us,” said Rosa Lindqvist, a baker.\n\n"
        "For Tomas Berglund, the closure came as a shock. His shop lost its lease in May.\n\n"
        "“I had ten days to move out,” he said.",
        "ten days to move out",
        "Tomas Berglund",
        id="he-refers-to-the-person-an-opening-for-phrase-frames",
    ),
    pytest.param(
        "“The river is dying,” said Nadia Ferro, an ecologist.\n\n"
        "She said the council had pledged to clean the banks but that “nothing has "
        "happened since”.",
        "nothing has happened since",
        "Nadia Ferro",
        id="commitment-reported-within-a-report-introduces-no-words",
    ),
    pytest.param(
        "Orders rose. Group Managing Director Lee Min-jun said the plant would run at "
        "“full capacity by spring”.",
        "full capacity",
        "Lee Min-jun",
        id="hyphenated-name-after-a-long-capitalised-role",
    ),
    pytest.param(
        "Fishing boats stayed in port. The coastal rescue service, known as Kustvakt, said "
        "the search would go on “until every crew is found”.",
        "every crew is found",
        "Kustvakt",
        id="body-of-its-kind-given-a-name-by-known-as",
    ),
    pytest.param(
        "“We are ready,” said Anna Herzog, the festival's director.\n\n"
        "Herzog said tickets were “almost sold out”.",
        "almost sold out",
        "Anna Herzog",
        id="bare-surname-is-the-person-the-article-named-not-a-listed-one",
    ),
    pytest.param(
        "“The river rose, which cut off the road, and we had to wait,” Lena Marsh, the "
        "council's flood officer, told reporters on Friday.",
        "we had to wait",
        "Lena Marsh",
        id="comma-inside-the-quotation-opens-no-aside-about-the-speaker",
    ),
    pytest.param(
        "Brightwater cut 200 jobs on Monday.\n\nThe company, which is owned by a Norwegian "
        "fund, employs 4,000 people.\n\nIt said in a statement that “no stores in the "
        "capital will close”.",
        "no stores in the capital",
        "Brightwater",
        id="it-for-a-body-noun-opening-the-sentence-before-with-an-aside",
    ),
    pytest.param(
        "Boeing cut 200 jobs on Monday.\n\n“We had no choice,” Omar Haddad, the company's "
        "finance director, told reporters.\n\nThe company said in a statement that “the "
        "cuts will save $40mn a year”.",
        "the cuts will save",
        "Boeing",
        id="person-described-by-the-body-owning-their-role-is-no-body",
    ),
    pytest.param(
        "Wheat prices rose, the farm ministry said on Monday, adding that stocks were “lower "
        "than at any time since 2012”.",
        "lower than at any time",
        "farm ministry",
        id="ministry-named-by-its-field-without-its-article",
    ),
    pytest.param(
        "Exports resumed on Saturday.\n\nThe Kurdistan Regional Government's ministry of "
        "natural resources said the restart was “the result of months of patient talks”.",
        "months of patient talks",
        "Kurdistan Regional Government's ministry of natural resources",
        id="owner-and-lower-case-body-of-a-field",
    ),
    pytest.param(
        "The street is half empty.\n\nNext door, a retired bus driver who goes by Umm Khaled "
        "has rebuilt her kitchen wall. “We cannot wait for the council,” she says.",
        "We cannot wait",
        "Umm Khaled",
        id="name-a-description-gives-by-goes-by-for-a-later-pronoun",
    ),
    pytest.param(
        "Fuel queues grew in Tripoli. “Subsidies will stay,” Libya's presidency said in a "
        "statement on Sunday.",
        "Subsidies will stay",
        "Libya's presidency",
        id="body-owned-by-a-listed-place",
    ),
    pytest.param(
        "The Upper Dale reservoir is nearly empty. The Harrow Water Board met on Monday. In a "
        "statement, the town said hosepipes would be banned “until the autumn rains come”.",
        "until the autumn rains come",
        "the town",
        id="town-speaks-as-itself-not-the-body-named-before",
    ),
    pytest.param(
        "Halden College will close its music school. The Arts Council of Wales objected. The "
        "college said the cuts were “painful but necessary”.",
        "painful but necessary",
        "Halden College",
        id="college-refers-back-to-the-name-holding-it",
    ),
    pytest.param(
        "Wind power is booming. Verdelta, the state-owned firm that leases coastal land for "
        "turbines, said the tender “drew record interest”.",
        "drew record interest",
        "Verdelta",
        id="one-word-name-before-a-description-opening-with-the",
    ),
    pytest.param(
        "Northwind Logistics Corp. reported a loss on Monday. The company said it would "
        "“pause hiring” until spring.",
        "pause hiring",
        "Northwind Logistics Corp.",
        id="company-name-keeps-its-abbreviation-full-stop",
    ),
    pytest.param(
        "Shares of Corvane rose. Corvane is “close to a deal” with two lenders, according to a "
        "person familiar with the negotiations, who asked not to be named.",
        "close to a deal",
        "a person familiar with the negotiations",
        id="according-to-a-person-familiar-with",
    ),
    pytest.param(
        "Shares of Corvane rose. “We expect to sign soon,” said people close to the board.",
        "We expect to sign soon",
        "people close to the board",
        id="said-people-close-to-without-a-determiner",
    ),
    pytest.param(
        "“Our budget is not infinite,” Provost Marta Kowalczyk said on Friday.",
        "Our budget is not infinite",
        "Marta Kowalczyk",
        id="academic-role-before-a-name-left-out",
    ),
    pytest.param(
        "Liam Ortega studied in Cairo for a year. “It changed my life,” said Ortega.\n\n"
        "Rachel Stein, who heads a policy center, said cuts were “short-sighted.” She said "
        "more would follow.\n\n"
        "For Ortega, the choice is simple: He will keep studying. “I am not quitting,” he said.",
        "I am not quitting",
        "Ortega",
        id="one-word-name-framed-by-for-opening-the-paragraph",
    ),
    pytest.param(
        "Mayor Ann Berg spoke on Monday. Berg said the council had asked shops in March to "
        "save water, but use “hardly changed” over the summer.",
        "hardly changed",
        "Ann Berg",
        id="request-with-an-object-reported-by-another-verb",
    ),
    pytest.param(
        "Tenants met on Friday. A bus driver who gave his name only as Victor said the rent "
        "had doubled.\n\n“We cannot stay here much longer,” he said.",
        "We cannot stay here much longer",
        "Victor",
        id="name-given-only-as-in-a-description",
    ),
    pytest.param(
        "Rents rose again. Bristol city council said in a statement that it “will not "
        "tolerate unsafe housing in any part of the city”.",
        "will not tolerate unsafe housing",
        "Bristol city council",
        id="council-named-in-lower-case-after-its-place",
    ),
    pytest.param(
        "Hospitals hired staff abroad. “It helps,” said Omar Farah, a porter.\n\n"
        "The Society of Radiographers (SoR) backed the scheme but warned that overseas hiring "
        "“cannot replace training people at home”, citing falling applications.",
        "cannot replace training",
        "Society of Radiographers",
        id="body-subject-shared-by-a-verb-after-but",
    ),
    pytest.param(
        "Cranes reached the harbour.\n\n“When I started,” Okoro said, “we carried sacks up "
        "wooden planks.”\n\n“Now my son might drive one of these,” he said.",
        "Now my son",
        "Okoro",
        id="words-opening-a-short-quotation-are-no-name-for-he",
    ),
    pytest.param(
        "Harlow Rovers won the cup on Sunday.\n\n“I never thought I would see this day,” said "
        "Harlow Rovers captain Jane Tull, 29, who scored twice.",
        "never thought",
        "Jane Tull",
        id="person-after-a-body-and-a-lower-case-role-after-a-quotation",
    ),
    pytest.param(
        "The park reopened in May.\n\nFor 12-year-old Tomasz, who comes most evenings, the "
        "courts are a second home. “I learned to play here,” he said.",
        "learned to play",
        "Tomasz",
        id="person-framed-after-his-age-and-before-who",
    ),
    pytest.param(
        "At dawn, Hany Wasef lights the oven.\n\n“I came with nothing,” Wasef says.\n\n"
        "“It tastes like home,” says Dina, a nurse.\n\nEvery afternoon, Wasef plays old songs "
        "behind the counter. His son wants him to retire.\n\n“This is my country now,” he says.",
        "my country now",
        "Hany Wasef",
        id="person-after-a-phrase-of-time-for-he",
    ),
    pytest.param(
        "The bonds were priced on Monday.\n\nA trader familiar with the auction, who asked not "
        "to be named, said demand was strong.\n\n“We have not seen that in years,” the trader "
        "said.",
        "not seen that in years",
        "A trader familiar with the auction",
        id="the-noun-of-an-unnamed-source-introduced-before",
    ),
    pytest.param(
        "The show opened under the roof of the Halden Museum of Maritime History.\n\nThe "
        "museum said in a statement that the sponsor “had no say in what went on the walls.”",
        "had no say",
        "Halden Museum of Maritime History",
        id="the-museum-refers-to-the-museum-named-before",
    ),
    pytest.param(
        "Shares fell. A spokesperson for Nakhla declined to comment on the report. “We assess "
        "our options,” the spokesperson said.",
        "assess our options",
        "A spokesperson for Nakhla",
        id="subject-of-declined-to-comment-ends-before-declined",
    ),
    pytest.param(
        "The clinic is busy. Next door, a widow who gave only her first name, Georgette, comes "
        "every month. “Without this place, I would starve,” she says.",
        "I would starve",
        "Georgette",
        id="first-name-given-in-apposition-after-name",
    ),
    pytest.param(
        "Trading was thin. One person close to the exchange said the listing was “a question "
        "of timing”.\n\n“Nobody is walking away from this market,” the person said.",
        "Nobody is walking away",
        "One person close to the exchange",
        id="the-noun-of-a-source-introduced-with-one",
    ),
    pytest.param(
        "Port Sudan, Sudan – Halima Idris sorts dried fish on a tarpaulin by the quay. Prices "
        "have doubled since spring.\n\n“We eat less so the children can eat,” the 41-year-old "
        "trader said.",
        "We eat less",
        "Halima Idris",
        id="aged-description-refers-to-the-person-after-a-dateline",
    ),
    pytest.param(
        "Maria Costa runs a fruit stall near the station. “Business has never been this "
        "slow,” the 45-year-old said.",
        "never been this slow",
        "Maria Costa",
        id="bare-age-refers-to-the-person-introduced",
    ),
    pytest.param(
        "The ward opened on Monday. “It is a promise kept to every family in the north,” said "
        "Tomas Duarte, the health minister.\n\nAmong the first in line was Rui, a 61-year-old "
        "porter who had come with his daughter. “I came for my mother and I will stay until "
        "she is out,” he said.",
        "I came for my mother",
        "Rui",
        id="subject-put-after-was-and-described",
    ),
    pytest.param(
        "In the hamlet of Tel Rawa, Khadija Saleh grows okra on a rented plot. Her harvest, she "
        "said, fell by half.\n\n“The pump breaks down every single week,” she said.",
        "The pump breaks down",
        "Khadija Saleh",
        id="person-after-a-long-place-phrase",
    ),
    pytest.param(
        "The board approved a levy that council treasurer Jo Lam said would raise “about $40 "
        "million a year” for repairs.",
        "about $40 million",
        "Jo Lam",
        id="speaker-inside-a-that-clause-before-would",
    ),
    pytest.param(
        "The ward opened on Monday. “It is a promise kept to every family in the north,” said "
        "Health Minister Tomas Duarte-Silva.",
        "a promise kept",
        "Tomas Duarte-Silva",
        id="unlisted-name-after-its-capitalised-role-after-the-verb",
    ),
    pytest.param(
        "“We will double the fleet by the end of next year,” said Chief Executive Officer Park "
        "Ji-hoon in a statement.",
        "double the fleet",
        "Park Ji-hoon",
        id="hyphened-name-after-its-role-before-a-phrase",
    ),
    pytest.param(
        "A Dutch engineer working on the dam, who asked not to be named, described the repairs "
        "as “years behind”.",
        "years behind",
        "A Dutch engineer",
        id="participle-phrase-after-an-unnamed-role-is-left-out",
    ),
    pytest.param(
        "Fees rose again. For Karim, 22, who studies law in Lyon, the rent is the problem. He "
        "asked that his surname be withheld. “I eat once a day now,” he said.",
        "once a day",
        "Karim",
        id="one-name-framed-before-an-age-is-who-he-means",
    ),
    pytest.param(
        "Carla Mendes runs the bakery. An inspector from the council, who declined to be "
        "named, said most shops had passed. “The standard here is high,” he said.",
        "standard here",
        "An inspector from the council",
        id="unnamed-subject-of-the-sentence-before-is-who-he-means",
    ),
    pytest.param(
        "Omar Haddad planted the orchard in 1990. His niece Salma, 31, a chemist, now runs "
        "the press.\n\n“We waste nothing,” she said.",
        "waste nothing",
        "Salma",
        id="person-named-after-a-family-tie-is-who-she-means",
    ),
    pytest.param(
        "For Lena Ortiz, the bridge came late. Her son Diego, 8, was treated in Fresno. "
        "“We drove four hours each way,” she said.",
        "four hours",
        "Lena Ortiz",
        id="tie-of-the-other-gender-leaves-she-to-the-one-named-before",
    ),
    pytest.param(
        "Mayor Ines Vidal said the scheme, branded “Green Start”, was “only a pilot” for the "
        "region.",
        "only a pilot",
        "Ines Vidal",
        id="quoted-words-after-was-past-a-branded-name-are-speech",
    ),
    pytest.param(
        "The estate was sold. A lawyer for the family told reporters the heirs were “relieved "
        "it is over”.",
        "relieved",
        "A lawyer for the family",
        id="noun-in-ly-before-the-verb-is-no-adverb",
    ),
    pytest.param(
        "The port is busier. “We expect more ships by June,” says a spokesperson for the operator.",
        "more ships",
        "a spokesperson for the operator",
        id="unnamed-role-for-a-body-after-a-present-tense-verb",
    ),
    pytest.param(
        "Omar Nasser, a driver, said the depot had closed early.\n\nAn official at the "
        "transport agency said the checks were overdue.\n\nThe buses stayed in the yard. "
        "“We could not let them out in that state,” she said.",
        "could not let them out",
        "An official at the transport agency",
        id="she-refers-to-an-unnamed-person-whose-phrase-ends-in-a-body",
    ),
    pytest.param(
        "“The new pumps are already installed at both sites,” PWA Director of Network Planning "
        "Lina Kassab told reporters.",
        "new pumps",
        "Lina Kassab",
        id="name-after-a-body-acronym-and-a-title-with-its-field",
    ),
    pytest.param(
        "The Public Prosecution charged three men. In a statement, the prosecution said police "
        "had “recovered the stolen pumps and the invoices” on Friday.",
        "recovered the stolen pumps",
        "Public Prosecution",
        id="the-prosecution-refers-to-the-prosecution-named-before",
    ),
    pytest.param(
        "A spokesperson for the World Food Programme in Aden said supplies were “running out "
        "faster than expected”.",
        "running out",
        "A spokesperson for the World Food Programme",
        id="unnamed-spokesperson-without-the-place-they-speak-in",
    ),
    pytest.param(
        "The fares rise next week. According to an RTA statement, the new routes will be "
        "“cheaper for most riders than the old ones” by spring.",
        "cheaper for most riders",
        "RTA",
        id="a-body-named-before-its-statement",
    ),
    pytest.param(
        "Iran's Oil Ministry said exports rose. Analysts expect the Arab League summit to "
        "discuss prices.\n\nThe ministry said in its statement that a new terminal would open "
        "“before the end of winter,” adding capacity.",
        "before the end of winter",
        "Oil Ministry",
        id="the-ministry-is-a-body-named-as-a-ministry",
    ),
    pytest.param(
        "Prices were rated stable by Moody's Investors Service.\n\nThe Omani Capital Markets "
        "Authority, known as CMA, has asked brokers to save more. The regulator said in a report "
        "that buffers had fallen to “a level that calls for caution.”",
        "a level that calls for caution",
        "Omani Capital Markets Authority",
        id="the-regulator-is-the-body-opening-the-sentence-before",
    ),
    pytest.param(
        "Forty fishermen were found by the Tunisian navy on Monday.\n\nThe navy said it had "
        "towed two boats. “Our sailors reached them just before dark,” the navy said.",
        "Our sailors",
        "Tunisian navy",
        id="a-body-noun-as-the-article-introduced-it",
    ),
    pytest.param(
        "Sea Watch, a volunteer rescue network, said it had lost contact with the boat. "
        "“Nobody is answering the satellite phone any more,” the group said.",
        "Nobody is answering",
        "Sea Watch",
        id="the-group-is-the-name-described-in-the-sentence-before",
    ),
    pytest.param(
        "Crowds waited at the gate. “They promised us buses at noon,” a man who gave his name as "
        "Abu Karim told reporters.",
        "They promised us buses",
        "Abu Karim",
        id="unnamed-person-who-gave-their-name",
    ),
    pytest.param(
        "A spokesperson for Northern Water Services Company, known as Nawa, said supplies were "
        "normal. “All tanks were refilled by the morning shift,” the spokesperson said.",
        "All tanks were refilled",
        "A spokesperson for Northern Water Services Company",
        id="spokesperson-for-a-body-known-by-another-name",
    ),
    pytest.param(
        "One trader at a Swiss commodities house, who asked not to be named, said the deal was "
        "“better than we hoped”. “Everyone wanted those cargoes,” the person said.",
        "Everyone wanted those cargoes",
        "One trader at a Swiss commodities house",
        id="the-person-refers-to-the-unnamed-source-before",
    ),
    pytest.param(
        "Oxfam said in a report on Tuesday that families had “run out of savings for good” "
        "after the drought.",
        "run out of savings",
        "Oxfam",
        id="one-capitalised-word-speaking-in-a-report",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_speaker(text: str, words: str, speaker: str) -> None:
    assert _quote(text, words).speaker == speaker


NOT_SPEAKERS = [
    pytest.param(
        _HERDERS, "almost dry", "Meanwhile", id="sentence-opener-before-a-description-is-no-name"
    ),
    pytest.param(
        _INDEFINITES, "long overdue", "An issue analysts", id="plural-after-a-singular-noun"
    ),
    pytest.param(
        "“Our offer stands,” the Cairo club said in a statement posted on its website, adding "
        "that talks were over.",
        "Our offer stands",
        "a statement",
        id="unnamed-source-inside-a-prepositional-phrase-is-no-subject",
    ),
    pytest.param(
        _STORE_AND_SHOPPERS,
        "absurd",
        "Shoppers",
        id="plural-noun-with-a-relative-aside-is-no-name",
    ),
    pytest.param(
        "Ferry operator Nordline cancelled all crossings. The company said it was "
        "“doing everything possible” to restore them.",
        "doing everything",
        "Ferry",
        id="description-before-a-name-is-no-company",
    ),
    pytest.param(
        "Nurses Walk Out at a Harlow Hospital\n\nNurses at Elm Grove Medical Center walked out "
        'on Friday. The hospital said the union\'s demands were "simply not affordable".',
        "simply not affordable",
        "Harlow Hospital",
        id="name-after-a-in-a-headline-is-no-body-referred-to",
    ),
    pytest.param(
        "The sum officials said was “far too small for a city of this size” went unpaid.",
        "far too small",
        "The sum officials",
        id="contact-clause-without-that-has-no-subject",
    ),
]


@pytest.mark.parametrize(("text", "words", "wrong"), NOT_SPEAKERS)
def test_not_the_speaker(text: str, words: str, wrong: str) -> None:
    assert _quote(text, words).speaker != wrong


SOURCES = [
    pytest.param(
        'Flood water reached the square. Shopkeeper Ivy Marsh told BBC Radio Kent: "We lost '
        'everything on the ground floor overnight."',
        "We lost everything",
        "BBC Radio Kent",
        id="regional-station-keeps-its-place",
    ),
    pytest.param(
        "Flood water reached the square. Mayor Colin Ashby told Reuters TV Monday that "
        '"help is on its way to every street".',
        "help is on its way",
        "Reuters TV",
        id="station-leaves-out-the-day",
    ),
    pytest.param(
        "Talks broke down. Marta Quiles, the union's treasurer, said in an interview with KQED "
        'that members would stay out "for as long as needed."',
        "for as long as needed",
        "KQED",
        id="medium-of-an-interview",
    ),
    pytest.param(
        "Talks broke down. Marta Quiles said in an interview with NATO officials that the "
        'plan was "far from ready."',
        "far from ready",
        None,
        id="interview-with-officials-has-no-medium",
    ),
    pytest.param(_UNLISTED_MEDIA, "The water came", "Levant Daily Post", id="unlisted-medium-told"),
    pytest.param(_UNLISTED_MEDIA, "running out of everything", "LDP", id="unlisted-acronym-told"),
    pytest.param(
        _UNLISTED_MEDIA,
        "We are doing what we can",
        "nbx news agency",
        id="lower-case-news-agency-told",
    ),
    pytest.param(
        _UNLISTED_MEDIA, "The road is closed", "Petraq", id="news-agency-named-after-its-kind"
    ),
    pytest.param(
        "“We will appeal,” the mayor told John Carver, a council member, on Friday.",
        "We will appeal",
        None,
        id="person-told-is-no-medium",
    ),
    pytest.param(
        "In a statement carried by Reuters, the ministry urged drivers to "
        '"stay off the roads unless absolutely necessary".',
        "stay off the roads",
        "Reuters",
        id="statement-carried-by-a-medium",
    ),
    pytest.param(
        _ACCORDING_AND_PROGRAMME,
        "a gift to landlords",
        "Altapress",
        id="medium-after-according-to",
    ),
    pytest.param(
        _ACCORDING_AND_PROGRAMME,
        "long overdue",
        "Evening Desk",
        id="programme-named-in-quotes",
    ),
    pytest.param(
        _ACCORDING_AND_PROGRAMME,
        "simply too high",
        None,
        id="body-after-according-to-is-no-medium",
    ),
    pytest.param(
        "“New buildings are welcome, but they treat no one on their own,” Ada Lorne, head of "
        "policy at a cancer charity, told the Guardian.",
        "New buildings are welcome",
        "the Guardian",
        id="medium-whose-name-holds-the-article",
    ),
    pytest.param(
        "Clinics are closing. “Half of our coverage is gone,” county health officer Rosa Vance "
        "tells NPR.",
        "Half of our coverage",
        "NPR",
        id="medium-told-in-the-present-tense",
    ),
    pytest.param(
        "Staff were told on Monday. The rector, Paul Engel, wrote in a letter to staff seen by "
        "the Guardian: “We regret every one of these losses.”",
        "We regret every one",
        "the Guardian",
        id="medium-that-saw-the-words",
    ),
    pytest.param(
        "Margins fell. “We expect a stronger second half,” said Omar Nadeem, chief financial "
        "officer of Qasr Building Materials, one of the kingdom's largest suppliers, in an "
        "interview with the Financial Times.",
        "stronger second half",
        "Financial Times",
        id="interview-after-a-long-description-of-the-speaker",
    ),
    pytest.param(
        "The agency said in a statement to The Boston Globe that the checks were “routine”.",
        "routine",
        "The Boston Globe",
        id="medium-a-statement-was-sent-to",
    ),
    pytest.param(
        "The ministry said in a statement to the UN Human Rights Council that the law was "
        "“fully lawful”.",
        "fully lawful",
        None,
        id="body-a-statement-was-sent-to-is-no-medium",
    ),
    pytest.param(
        "The Health Ministry said in a statement carried by the state-run Kuwait News "
        "Agency that clinics would “open late every evening” this month.",
        "open late every evening",
        "Kuwait News Agency",
        id="medium-named-in-capitals-with-its-kind-after-a-nationality",
    ),
    pytest.param(
        "Carlsberg said in an emailed response to Reuters questions that it would “keep the "
        "brewery running” for now.",
        "keep the brewery running",
        "Reuters",
        id="response-to-a-medium-s-questions",
    ),
    pytest.param(
        "“We heard a loud crack and the roof came down,” Samir told Egypt Independent Online "
        "by phone.",
        "loud crack",
        "Egypt Independent Online",
        id="unlisted-medium-ending-in-online",
    ),
    pytest.param(
        "“The wards are full but calm,” Adel told the state-owned “Nile Today” channel.",
        "wards are full",
        "Nile Today",
        id="medium-named-in-quote-marks-before-its-kind",
    ),
]


@pytest.mark.parametrize(("text", "words", "source"), SOURCES)
def test_source(text: str, words: str, source: str | None) -> None:
    assert _quote(text, words).source == source


SPEAKERS_AND_SOURCES = [
    pytest.param(
        "“Nobody can pay these prices,” Dana Whitlow told CBC Radio Ottawa on Tuesday.",
        "Nobody can pay",
        "Dana Whitlow",
        "CBC Radio Ottawa",
        id="broadcaster-named-with-radio-inside",
    ),
    pytest.param(
        "“The reform buries small farms,” said Belgian MEP Joris Vandamme of the Greens. "
        "Vandamme said the vote “cannot stand”.",
        "cannot stand",
        "Joris Vandamme",
        None,
        id="nationality-and-role-before-a-name-after-said",
    ),
    pytest.param(
        "Counting went on overnight. A senior official in the tax authority, who spoke on "
        "condition of anonymity because she was not cleared to speak publicly, told Reuters "
        'that refunds would be "delayed by at least a month for most households".',
        "delayed by at least a month",
        "A senior official in the tax authority",
        "Reuters",
        id="unnamed-official-in-a-body-with-an-aside",
    ),
    pytest.param(
        "The lira slipped again. Treasury Minister Kemal Arda told Bloomberg Television on "
        'Friday that the ministry was "ready to act if markets overshoot".',
        "ready to act",
        "Kemal Arda",
        "Bloomberg Television",
        id="medium-named-with-its-outlet-words",
    ),
    pytest.param(
        '"Orders have never been this slow," Dario Ferrante, head of sales at Pellucci '
        "Tessile, a mill based in Prato, told the Financial Times.",
        "Orders have never been",
        "Dario Ferrante",
        "Financial Times",
        id="description-of-the-employer-within-an-aside",
    ),
    pytest.param(
        "Farmers said the price would decide. Pieter Smit, managing director of Utrecht-based "
        "GreenHaul Transport, which runs 40 lorries, told Reuters: “If the price is right, we "
        "will switch half our loads.”",
        "If the price is right",
        "Pieter Smit",
        "Reuters",
        id="relative-clause-about-the-employer-within-an-aside",
    ),
    pytest.param(
        "Strikes grounded TAP Air Portugal flights on Thursday. TAP said in a statement that "
        "the demands would add “more than €70 million a year” to its costs.",
        "70 million",
        "TAP",
        None,
        id="agency-acronym-that-begins-another-name-is-that-body",
    ),
    pytest.param(
        "Henrik Dahl, who led the event, said he had let the title slip. “I played the worst "
        "game of my life,” he told Danish broadcaster DR.",
        "worst game",
        "Henrik Dahl",
        "DR",
        id="medium-named-after-a-nationality-and-its-kind",
    ),
    pytest.param(
        "The mine will reopen. Speaking to Radio Tarn on Friday, Claire Dubreuil defended "
        "the plan. “We have checked every tunnel,” she said.",
        "checked every tunnel",
        "Claire Dubreuil",
        "Radio Tarn",
        id="medium-spoken-to-in-the-sentence-before-she-said",
    ),
    pytest.param(
        "Not everyone was pleased. The rebel-run KORA news agency quoted an official at the port "
        "as saying the delivery was “a political show” meant to divert trade.",
        "a political show",
        "an official",
        "KORA news agency",
        id="unlisted-agency-named-with-its-kind-quoted-an-official",
    ),
    pytest.param(
        "“Prices will settle by the spring,” the central bank governor, Eva Lindgren, told the "
        "current affairs programme “Hard Facts” on Sunday.",
        "Prices will settle",
        "Eva Lindgren",
        "Hard Facts",
        id="programme-told-named-after-its-kind",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "source"), SPEAKERS_AND_SOURCES)
def test_speaker_and_source(text: str, words: str, speaker: str, source: str | None) -> None:
    q = _quote(text, words)
    assert (q.speaker, q.source) == (speaker, source)


def test_unnamed_official_phrase_stops_at_a_relative_clause() -> None:
    text = (
        "Talks resumed in Vienna. According to an official in Brussels who asked not to be "
        "named, Nordic states want firmer guarantees. “They will not sign without them,” "
        "the official said."
    )
    speaker = _quote(text, "They will not sign without them").speaker
    assert speaker is not None and "Nordic" not in speaker


def test_slogan_with_a_full_stop_inside_the_marks_is_a_name() -> None:
    text = (
        'Nurses marched past the town hall with placards reading "Fair Pay Now" and '
        '"Staff Our Wards."\n\n"We are exhausted," said Gemma Lowry, a ward sister.'
    )
    quotes = extract(text, lang="en").quotes
    assert not any("Staff Our Wards" in q.text for q in quotes)
    assert _quote(text, "We are exhausted").speaker == "Gemma Lowry"


def test_quoted_word_qualifying_a_noun_is_a_label() -> None:
    text = (
        'The agency kept its top "amber" alert level for the coast. Officials said the '
        'storm was "moving faster than forecast".'
    )
    quotes = [q.text for q in extract(text, lang="en").quotes]
    assert "amber" not in quotes
    assert any("moving faster" in q for q in quotes)


def test_slogan_on_placards_is_no_quotation() -> None:
    text = (
        "Hundreds marched to the ministry. Students carried banners saying “Fees must fall” and "
        "placards that read “Education is a right”. “We will be back,” said Lina Haddad."
    )
    quotes = [q.text for q in extract(text, lang="en").quotes]
    assert not any("Fees must fall" in q or "Education is a right" in q for q in quotes)
    assert any("We will be back" in q for q in quotes)


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


NOT_QUOTATIONS = [
    pytest.param(
        "The mayor, Ivo Rask, works from a cabin. A banner hanging from its door reads “We will "
        "stay, we will teach”.\n\n“Nobody has helped us,” Rask said.",
        "We will stay, we will teach",
        id="a-sign-reads-after-a-phrase-about-it",
    ),
    pytest.param(
        "Sami Odeh said his boatyard, known among fishermen as “Beit al-Bahr,” had let go ten "
        "workers.",
        "Beit al-Bahr",
        id="the-name-a-group-knows-something-as",
    ),
    pytest.param(
        "Many wait years for a trial, a practice defence lawyers call “rotation”, Roe said.",
        "rotation",
        id="a-term-a-group-calls-something",
    ),
    pytest.param(
        'Someone had spray-painted "Stay safe Pine Lake" on a sheet of plywood. "We are '
        'scared," said Ann Roe.',
        "Stay safe",
        id="words-painted-on-a-surface",
    ),
    pytest.param(
        "Shares rose. “The deal is fair,” said Tom Berg, an analyst at Holm Bank, who moved his "
        "recommendation on the stock to “outperform” from “neutral” on Friday.",
        "outperform",
        id="grade-a-recommendation-is-moved-to",
    ),
    pytest.param(
        "Shares rose. “The deal is fair,” said Tom Berg, an analyst at Holm Bank, who moved his "
        "recommendation on the stock to “outperform” from “neutral” on Friday.",
        "neutral",
        id="grade-a-recommendation-is-moved-from",
    ),
    pytest.param(
        "Rain will fall all week, and the weather service repeated its \"Slow Down, Don't "
        'Drown" warning to drivers. "Stay home," said Ann Roe.',
        "Slow Down",
        id="slogan-with-a-contraction-before-its-noun",
    ),
    pytest.param(
        "The factory suits Delhi's “make local” drive, under which carmakers have built or "
        "announced plants in three states since 2020.",
        "make local",
        id="label-between-a-possessive-and-its-noun",
    ),
    pytest.param(
        "In May the museum will host an exhibition, “Letters from Abroad”, showing notes sent "
        "home by sailors.",
        "Letters from Abroad",
        id="title-with-a-lower-case-preposition",
    ),
    pytest.param(
        "The exhibition “Salt and Sail: Three Centuries of Coastal Trade” opens on Friday.",
        "Salt and Sail",
        id="title-with-a-subtitle-after-a-colon",
    ),
    pytest.param(
        "The documentary “We never left our homes behind” won the prize.",
        "We never left",
        id="title-after-a-naming-noun-for-a-work",
    ),
    pytest.param(
        "Neighbors call it “the old clinic” — a name he likes. “We stay,” he said.",
        "the old clinic",
        id="name-people-call-something-in-the-present",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_QUOTATIONS)
def test_not_a_quotation(text: str, words: str) -> None:
    assert not any(words in q.text for q in extract(text, lang="en").quotes)


def test_a_name_opening_the_line_after_a_headline_is_read_alone() -> None:
    text = "Chile Signs Copper Accord\nMarta Silva, a trade negotiator, welcomed the deal."
    people = [e.text for e in extract(text, lang="en").entities if e.type == "PERSON"]
    assert people == ["Marta Silva"]

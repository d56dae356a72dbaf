"""Small closed word classes the actor rules need (the open ones live in the registry).

These are grammar, not knowledge about particular actors: office titles and
their canonical office, pronouns, nouns that name organisations rather than
persons, and the generic nouns that stand for a state's officials.
"""
from __future__ import annotations

# title words (lowercase) → canonical office used by the registry's office holders
OFFICES = {
    "president": "president", "prime minister": "prime minister", "premier": "prime minister",
    "chancellor": "chancellor", "king": "king", "queen": "king", "emir": "emir", "crown prince": "crown prince",
    "supreme leader": "supreme leader", "vice president": "vice president", "vice-president": "vice president",
    "secretary of state": "foreign minister", "foreign minister": "foreign minister",
    "foreign secretary": "foreign minister", "minister of foreign affairs": "foreign minister",
    "defense secretary": "defense minister", "secretary of defense": "defense minister",
    "defence minister": "defense minister", "defense minister": "defense minister",
    "national security advisor": "national security advisor", "national security adviser": "national security advisor",
    "secretary-general": "secretary-general", "secretary general": "secretary-general",
}
# multi-word titles first, so "prime minister" wins over "minister"
OFFICE_KEYS = sorted(OFFICES, key=lambda k: -len(k.split()))

# nouns that make a person's title (besides every role noun the registry's agents know)
PERSON_TITLES = {
    "president", "minister", "secretary", "envoy", "chancellor", "king", "queen", "prince", "princess",
    "emir", "sheikh", "leader", "ambassador", "senator", "governor", "mayor", "general", "commander",
    "colonel", "admiral", "spokesman", "spokeswoman", "spokesperson", "commissioner", "director",
    "chairman", "chairwoman", "chairperson", "chair", "chief", "executive", "ceo", "head", "advisor", "adviser",
    "official", "officer", "judge", "justice", "prosecutor", "attorney", "solicitor", "lawmaker",
    "representative", "rep", "congressman", "congresswoman", "deputy", "premier", "pope", "ayatollah",
    "cleric", "journalist", "reporter", "correspondent", "editor", "columnist", "commentator", "analyst",
    "activist", "founder", "ruler", "monarch", "dictator", "rapporteur", "diplomat", "negotiator",
    "mp", "mep", "lieutenant", "captain", "sergeant", "marshal", "major", "dr", "doctor", "professor",
    "candidate", "press secretary", "coordinator", "administrator", "councillor", "councilor",
}
# a title that says nothing about the sector (the employer decides)
NEUTRAL_TITLES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "head", "chief", "leader",
                  "director", "chairman", "chairwoman", "chairperson", "chair", "deputy", "member", "members",
                  "representative", "representatives", "official", "officials", "founder", "executive", "officer",
                  "president", "coordinator", "administrator"}
# nouns that name a collective body (coreference with organisations, never with persons)
ORG_NOUNS = {
    "organization", "organisation", "group", "party", "movement", "commission", "agency", "company",
    "network", "corporation", "firm", "government", "administration", "palace", "militia", "ministry",
    "council", "committee", "court", "military", "army", "hospital", "newspaper", "broadcaster", "channel",
    "union", "alliance", "bloc", "kingdom", "regime", "department", "office", "foundation", "institute",
    "bank", "embassy", "station", "outlet", "coalition", "senate", "parliament", "legislature", "cabinet",
    "junta", "police", "navy", "force", "forces", "authority", "authorities", "secretariat", "federation",
}
# collective heads that take their modifier's sector ("student groups" → EDU, "rebel groups" → REB)
COLLECTIVE_HEADS = {"group", "groups", "organization", "organizations", "organisation", "organisations",
                    "association", "associations", "union", "unions", "coalition", "alliance", "body", "bodies",
                    "federation", "federations"}
# plural nouns whose possessive is part of an organisation's name ("People's Liberation Army", "Workers' Party")
COLLECTIVE_POSSESSORS = {"people", "workers", "women", "children", "citizens", "farmers", "peoples", "veterans",
                         "soldiers", "students", "mothers"}
# a meeting named after the body that holds it ("the G7 Summit", "the NATO summit"): the body
MEETING_WORDS = {"summit", "summits", "ministerial"}
# nouns that, with a state or organisation modifier, stand for it ("Israeli officials" → Israel)
STANDS_FOR = {"officials", "authorities", "government", "administration", "leadership", "regime",
              "officialdom", "diplomats", "representatives", "delegation", "cabinet", "kingdom"}
STATE_NOUNS = {"government", "administration", "regime", "kingdom", "country", "nation", "state",
               "authorities", "cabinet", "republic"}
# words that, inside an organisation's name, mark its type → sector (head word wins)
ORG_NAME_SECTOR = {
    "party": "OPP", "commission": "GOV", "ministry": "GOV", "department": "GOV", "agency": "GOV",
    "council": "GOV", "office": "GOV", "government": "GOV", "administration": "GOV", "cabinet": "GOV",
    "embassy": "GOV", "consulate": "GOV", "palace": "GOV", "presidency": "GOV",
    "army": "MIL", "navy": "MIL", "force": "MIL", "forces": "MIL", "military": "MIL", "guard": "MIL",
    "corps": "MIL", "brigade": "REB", "brigades": "REB", "militia": "REB", "front": "REB", "movement": "REB",
    "police": "POL", "court": "JUD", "tribunal": "JUD", "parliament": "LEG", "senate": "LEG",
    "congress": "LEG", "assembly": "LEG", "legislature": "LEG", "representatives": "LEG", "deputies": "LEG",
    "university": "EDU", "school": "EDU",
    "college": "EDU", "hospital": "HLH", "clinic": "HLH", "church": "REL", "mosque": "REL",
    "bank": "BUS", "company": "BUS", "corporation": "BUS", "corp": "BUS", "inc": "BUS", "ltd": "BUS",
    "plc": "BUS", "llc": "BUS", "ag": "BUS", "gmbh": "BUS", "holdings": "BUS",
    "group": None, "airlines": "BUS", "airways": "BUS", "news": "MED", "press": "MED", "tv": "MED",
    "television": "MED", "radio": "MED", "media": "MED", "times": "MED", "post": "MED", "channel": "MED", "network": "MED",
    "broadcasting": "MED", "journal": "MED", "herald": "MED", "gazette": "MED", "foundation": "NGO",
    "institute": "NGO", "watch": "NGO", "rights": "NGO", "liberties": "NGO", "journalism": "MED", "federation": None, "union": None, "association": None,
}

SING_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
DETERMINERS = {"the", "this", "that", "these", "those"}
INDEFINITE = {"a", "an", "one", "another", "some", "several", "many", "two", "three", "four", "five"}

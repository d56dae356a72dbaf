# Invented probe sentences, part 5: extra speech judgements and refusals
from part1 import E, P, A, I, H, N

P("Karvian opposition leader Elsbet Krone branded President Dusan Mirek a traitor for signing the border deal with Borduria.",
  "speech-judgement", E("ACCUSE", "disapprove", ["Elsbet Krone"], ["Dusan Mirek"]),
  E("SUPPORT", None, ["Dusan Mirek"], ["Borduria"]))
P("Syldavian Prime Minister Hana Zoltri hailed the election of Freedonian President Lior Bandeko as a victory for democracy.",
  "speech-judgement", E("SUPPORT", None, ["Hana Zoltri"], ["Lior Bandeko"]))
P("The Vellandic government called the Council of Coastal States report on prison conditions baseless and politically motivated.",
  "speech-judgement", E("REJECT", None, ["Vellandic government"], ["Council of Coastal States"]),
  E("ACCUSE", "investigate", ["Council of Coastal States"], []))
P("Freedonian Defence Minister Oren Valk described Qadira's troop build-up on the border as reckless and dangerous.",
  "speech-judgement", E("ACCUSE", "disapprove", ["Oren Valk"], ["Qadira"]),
  E("MOBILIZE", "troops", ["Qadira"], []))
P("The Ostland Democratic Party called the new budget a betrayal of working families and vowed to vote against it.",
  "speech-judgement", E("ACCUSE", "disapprove", ["Ostland Democratic Party"], []))
P("Freedonia refused to sign the regional fisheries convention at the Carrowby conference, objecting to the quota system.",
  "complement", E("REJECT", None, ["Freedonia"], []))
P("Ostlandic opposition lawmakers stayed away from the president's annual speech in protest at the arrest of their leader.",
  "negated", E("PROTEST", "boycott", ["Ostlandic opposition lawmakers"], ["president"]))

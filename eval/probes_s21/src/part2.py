# Invented probe sentences, part 2: RETREAT, REQUEST, ACCUSE, REJECT, THREATEN
from part1 import E, P, A, I, H, N

# ---------------- RETREAT ----------------
P("Ostlandic troops withdrew from the border town of Vallor on Saturday after a week of heavy fighting.",
  "active", E("RETREAT", "withdraw", ["Ostlandic troops"], []))
P("The Velland Liberation Front freed three Ostlandic soldiers on Tuesday and handed them to Red Cross workers at the frontier.",
  "active", E("RETREAT", "release", ["Velland Liberation Front"], ["three Ostlandic soldiers"]))
P("Karvian Finance Minister Milo Presk resigned on Tuesday amid a bitter row over cuts to the health budget.",
  "active", E("RETREAT", "resign", ["Milo Presk"], []))
P("Syldavia allowed election observers from the Council of Coastal States into the country for the first time in twenty years.",
  "active", E("RETREAT", "access", ["Syldavia"], ["Council of Coastal States"]))
P("A ceasefire between Borduria and the Red Ridge Brigades took effect at dawn and was largely holding by evening.",
  "nominal-prep", E("RETREAT", "ceasefire", ["Borduria", "Red Ridge Brigades"], []))
P("More than 400 fighters of the People's Resistance Army handed in their weapons at a ceremony in Olgarde on Sunday.",
  "active", E("RETREAT", "disarm", ["People's Resistance Army"], []))
P("Ruritania returned a seized fishing trawler to Freedonia on Monday, the Freedonian fisheries ministry confirmed.",
  "active", E("RETREAT", "return", ["Ruritania"], ["Freedonia"]))
P("The two engineers were released by Red Ridge Brigades gunmen near the Karvian border late on Thursday.",
  "passive-agent", E("RETREAT", "release", ["Red Ridge Brigades"], ["two engineers"]))
P("Nineteen political prisoners were released from Kessany jail on Friday under the new amnesty law.",
  "passive-noagent", E("RETREAT", "release", [], ["Nineteen political prisoners"]))
P("Ostland's withdrawal of its artillery from the east bank of the river was confirmed by monitors on Wednesday.",
  "nominal-poss", E("RETREAT", "withdraw", ["Ostland"], []))
P("Vellandic forces began a phased pullout from the Dunmere corridor on Sunday, leaving checkpoints to civilian police.",
  "light-verb", E("RETREAT", "withdraw", ["Vellandic forces"], []))
P("Freedonia's intelligence chief, Lena Brask, has stepped down over the wiretapping scandal, the president's office said.",
  "perfect", E("RETREAT", "resign", ["Lena Brask"], []))
P("Ruritanian Defence Minister Quits Over Arms Deal Scandal",
  "headline", E("RETREAT", "resign", ["Ruritanian Defence Minister"], []))
P("The soldiers, who were freed by the rebels on Tuesday, have returned to their barracks in Nesk.",
  "relative", E("RETREAT", "release", ["rebels"], ["soldiers"]))
P("Borduria and Syldavia exchanged 120 prisoners of war at the Olgarde bridge crossing on Saturday.",
  "coordinated", E("RETREAT", "release", ["Borduria", "Syldavia"], []))
P("Elmoran authorities allowed aid workers from Open Borders Relief to enter the Vallor district for the first time since May.",
  "complement", E("RETREAT", "access", ["Elmoran authorities"], ["Open Borders Relief"]))
P("Velland has let peacekeepers from the Council of Coastal States deploy along the ceasefire line.",
  "perfect", E("RETREAT", "access", ["Velland"], ["Council of Coastal States"]))
P("The Karvian army said it had completed the withdrawal of all its troops from Bordurian territory.",
  "reported", E("RETREAT", "withdraw", ["Karvian army"], ["Borduria"]))
P("Ruritanian troops have not pulled back from the Kessany ridge despite last month's agreement, satellite images show.",
  "negated", E("RETREAT", "withdraw", ["Ruritanian troops"], [], N))
P("Velland plans to release 50 rebel prisoners next week as a goodwill gesture before the talks.",
  "intended", E("CONCEDE", None, ["Velland"], ["50 rebel prisoners"]))
P("The resignation of Deputy Prime Minister Kiro Abend was accepted by President Sima Aldou on Friday.",
  "nominal-prep", E("RETREAT", "resign", ["Kiro Abend"], []))
P("The Red Ridge Brigades largely observed the holiday truce, with no attacks reported over the weekend.",
  "active", E("RETREAT", "ceasefire", ["Red Ridge Brigades"], []))
P("About 3,000 rifles were surrendered by Northern Shield militiamen during the first week of the disarmament programme.",
  "passive-agent", E("RETREAT", "disarm", ["Northern Shield"], []))
P("Pressure on Interior Minister Radu Kessel had mounted for weeks. He resigned on Thursday evening after a stormy cabinet meeting.",
  "two-sentence", E("RETREAT", "resign", ["Radu Kessel"], []))
P("According to the Syldavian foreign ministry, Borduria has handed back the confiscated embassy buildings in Mirov.",
  "reported", E("RETREAT", "return", ["Borduria"], []))
P("Qadira Frees Jailed Freedonian Aid Worker After Eight Months",
  "headline", E("RETREAT", "release", ["Qadira"], ["Freedonian Aid Worker"]))

# ---------------- REQUEST ----------------
P("Opposition leader Tomas Brel called on President Sima Aldou to resign over the arms deal.",
  "complement", E("REQUEST", "change", ["Tomas Brel"], ["Sima Aldou"]))
P("The Council of Coastal States urged Borduria to release the detained Syldavian fishermen without delay.",
  "complement", E("REQUEST", "yield", ["Council of Coastal States"], ["Borduria"]))
P("Karvia appealed to Elmora and Qadira for emergency food aid after the harvest failed for a second year.",
  "coordinated", E("REQUEST", "assist", ["Karvia"], ["Elmora", "Qadira"]))
P("The Velland Liberation Front has asked for direct negotiations with President Edda Varn, a rebel statement said.",
  "perfect", E("REQUEST", "meet", ["Velland Liberation Front"], ["Edda Varn"]))
P("Freedonia was asked by Qadira to extradite the former oil minister, Hal Grennick, who fled in January.",
  "passive-agent", E("REQUEST", "assist", ["Qadira"], ["Freedonia"]))
P("Ostland has been urged to lift its blockade of the Dunmere port, diplomats said on Tuesday.",
  "passive-noagent", E("REQUEST", "yield", [], ["Ostland"]), E("COERCE", "restrict", ["Ostland"], []))
P("Velland's request for extra border guards from the Council of Coastal States has gone unanswered for a month.",
  "nominal-poss", E("REQUEST", "assist", ["Velland"], ["Council of Coastal States"]))
P("A demand by the Karvian Workers' Union for the dismissal of Transport Minister Petra Lund was rejected on Friday.",
  "nominal-prep", E("REQUEST", "change", ["Karvian Workers' Union"], ["Petra Lund"]),
  E("REJECT", "change", [], ["Karvian Workers' Union"]))
P("Ruritania issued an appeal for international help to fight the forest fires raging near Carrowby.",
  "light-verb", E("REQUEST", "assist", ["Ruritania"], []))
P("Freedonian President Lior Bandeko asked parliament to approve a new treaty on border security with Qadira.",
  "complement", E("REQUEST", "change", ["Lior Bandeko"], ["parliament"]))
P("The Ostlandic foreign ministry said it had formally requested talks with Velland on the disputed islands.",
  "reported", E("REQUEST", "meet", ["Ostlandic foreign ministry"], ["Velland"]))
P("Ilse Marrow, who has demanded the release of her jailed brother, met Interior Ministry officials on Monday.",
  "relative", E("REQUEST", "yield", ["Ilse Marrow"], []),
  E("CONSULT", None, ["Ilse Marrow", "Interior Ministry officials"], []))
P("Karvian PM Urges Borduria to Reopen Border Crossings",
  "headline", E("REQUEST", "yield", ["Karvian PM"], ["Borduria"]))
P("Elmora and Qadira jointly called for an immediate ceasefire in the Kessany valley on Wednesday.",
  "coordinated", E("REQUEST", "yield", ["Elmora", "Qadira"], []))
P("Syldavia will ask the Council of Coastal States for peacekeepers at next week's summit, officials said.",
  "intended", E("REQUEST", "assist", ["Syldavia"], ["Council of Coastal States"], I))
P("Velland has not asked for foreign military assistance, its defence minister said on Thursday.",
  "negated", E("REQUEST", "assist", ["Velland"], [], N))
P("Tomas Brel demanded that the Interior Ministry publish the names of everyone detained during the weekend unrest.",
  "complement", E("REQUEST", "assist", ["Tomas Brel"], ["Interior Ministry"]))
P("Borduria should lift its sanctions on Syldavian grain, Syldavian King Amun Tesh told reporters in Port Amsel.",
  "reported", E("REQUEST", "yield", ["Amun Tesh"], ["Borduria"]), E("SANCTION", "discontinue", ["Borduria"], []))
P("Human rights groups have repeatedly petitioned the Elmoran government to free the jailed poet Rian Coss.",
  "perfect", E("REQUEST", "yield", ["Human rights groups"], ["Elmoran government"]))
P("The floods have displaced 80,000 people in eastern Syldavia. Prime Minister Hana Zoltri appealed to the Eastern Maritime Alliance for helicopters and tents.",
  "two-sentence", E("REQUEST", "assist", ["Hana Zoltri"], ["Eastern Maritime Alliance"]))
P("Ruritanian President Sima Aldou requested a meeting with Freedonian President Lior Bandeko on the sidelines of the summit.",
  "active", E("REQUEST", "meet", ["Sima Aldou"], ["Lior Bandeko"]))
P("If fighting resumes, Velland would seek military help from Ostland, Vellandic officials said.",
  "hypothetical", E("REQUEST", "assist", ["Velland"], ["Ostland"], H))
P("According to a leaked cable, Qadira asked Elmora to expel three Freedonian diplomats last spring.",
  "reported", E("REQUEST", "change", ["Qadira"], ["Elmora"]))
P("The Karvian government pressed the Eastern Maritime Alliance to lift its arms embargo before the end of the year.",
  "complement", E("REQUEST", "yield", ["Karvian government"], ["Eastern Maritime Alliance"]),
  E("SANCTION", "discontinue", ["Eastern Maritime Alliance"], []))
P("A petition signed by 200 lawmakers calls on Prime Minister Talia Ressen to hold a referendum on the treaty.",
  "active", E("REQUEST", "change", ["200 lawmakers"], ["Talia Ressen"]))

# ---------------- ACCUSE ----------------
P("Karvian President Dusan Mirek condemned the shelling of the outskirts of Nesk as a war crime.",
  "active", E("ACCUSE", "disapprove", ["Dusan Mirek"], []))
P("Ostland accused Velland of arming separatist militias in the Dunmere valley, a charge Tirzan denies.",
  "active", E("ACCUSE", "allege", ["Ostland"], ["Velland"]), E("REJECT", None, ["Tirzan"], []))
P("Freedonian prosecutors opened an investigation into alleged bribery by executives of Dravik Mining.",
  "light-verb", E("ACCUSE", "investigate", ["Freedonian prosecutors"], ["Dravik Mining"]))
P("Former Ruritanian defence minister Yara Fenn was charged with embezzlement by the state prosecutor on Monday.",
  "passive-agent", E("ACCUSE", "allege", ["state prosecutor"], ["Yara Fenn"]))
P("Three opposition MPs have been indicted on charges of inciting violence during the March protests.",
  "passive-noagent", E("ACCUSE", "allege", [], ["Three opposition MPs"]))
P("The Daily Meridian newspaper sued the Syldavian Interior Ministry for unlawfully blocking its website.",
  "active", E("ACCUSE", "allege", ["Daily Meridian"], ["Syldavian Interior Ministry"]))
P("Tomas Brel called Interior Minister Radu Kessel a liar during a heated parliamentary debate on Wednesday.",
  "speech-judgement", E("ACCUSE", "disapprove", ["Tomas Brel"], ["Radu Kessel"]))
P("Bordurian Foreign Minister Greta Halvik described Syldavia's new border fence as a deliberate provocation.",
  "speech-judgement", E("ACCUSE", "disapprove", ["Greta Halvik"], ["Syldavia"]))
P("Elmora's new media law drew sharp criticism from the Council of Coastal States and several press freedom groups.",
  "light-verb", E("ACCUSE", "disapprove", ["Council of Coastal States", "press freedom groups"], ["Elmora"]))
P("Velland's formal complaint against Ostland was lodged with the Council of Coastal States on Tuesday.",
  "nominal-poss", E("ACCUSE", "disapprove", ["Velland"], ["Ostland"]))
P("An inquiry by the Freedonian parliament into the police killing of a student opened on Monday.",
  "nominal-prep", E("ACCUSE", "investigate", ["Freedonian parliament"], ["police"]),
  E("ASSAULT", None, ["police"], ["student"]))
P("Ruritanian officials said Freedonia had been funnelling weapons to the Velland Liberation Front for months.",
  "reported", E("ACCUSE", "allege", ["Ruritanian officials"], ["Freedonia"]))
P("Journalist Vera Holm, who accused Ostlandic intelligence of hacking her phone, has moved to Ruritania.",
  "relative", E("ACCUSE", "allege", ["Vera Holm"], ["Ostlandic intelligence"]))
P("Qadira Slams Freedonia Over Pipeline Tariffs",
  "headline", E("ACCUSE", "disapprove", ["Qadira"], ["Freedonia"]))
P("Karvia and Borduria traded accusations on Friday over the downing of a surveillance drone near the frontier.",
  "coordinated", E("ACCUSE", "allege", ["Karvia", "Borduria"], []))
P("The Regional Criminal Tribunal has launched a probe into alleged war crimes by Bordurian forces in Vallor.",
  "perfect", E("ACCUSE", "investigate", ["Regional Criminal Tribunal"], ["Bordurian forces"]))
P("Syldavia has so far refrained from criticising Borduria's crackdown on opposition newspapers in the border provinces.",
  "negated", E("ACCUSE", "disapprove", ["Syldavia"], ["Borduria"], N),
  E("COERCE", None, ["Borduria"], ["opposition newspapers"]))
P("Karvia Forward lawmakers plan to file a lawsuit against the Karvian Electoral Commission over the voter roll changes.",
  "intended", E("ACCUSE", "allege", ["Karvia Forward lawmakers"], ["Karvian Electoral Commission"], I))
P("Ruritania lodged a formal protest with Ostland on Thursday over the treatment of its consul in Dunmere.",
  "light-verb", E("ACCUSE", "disapprove", ["Ruritania"], ["Ostland"]))
P("The Vellandic foreign ministry summoned the Ostlandic ambassador to complain about the shelling of border villages.",
  "active", E("ACCUSE", "disapprove", ["Vellandic foreign ministry"], ["Ostlandic ambassador"]))
P("Jonas Avik blamed Vellandic militias for the bombing of a bus in Dunmere that killed nine people.",
  "complement", E("ACCUSE", "allege", ["Jonas Avik"], ["Vellandic militias"]),
  E("ASSAULT", "explosives", [], ["nine people"]))
P("Dozens of ballots were found dumped in a river near Olgarde. The Elmoran electoral watchdog said it would investigate.",
  "two-sentence", E("ACCUSE", "investigate", ["Elmoran electoral watchdog"], [], I))
P("According to court filings, Halvorsen Petroleum accused the Qadiri energy ministry of breaching its drilling licence.",
  "reported", E("ACCUSE", "allege", ["Halvorsen Petroleum"], ["Qadiri energy ministry"]))
P("Former prime minister Ilse Marrow denounced the Freedonian government's handling of the floods as shameful.",
  "speech-judgement", E("ACCUSE", "disapprove", ["Ilse Marrow"], ["Freedonian government"]))
P("The raid was condemned by Elmoran Foreign Minister Nico Strand as a grave violation of sovereignty.",
  "passive-agent", E("ACCUSE", "disapprove", ["Nico Strand"], []))
P("Former Vellandic general Bo Ketter went on trial in Tirzan on Monday on charges of ordering the torture of detainees.",
  "active", E("ACCUSE", "allege", [], ["Bo Ketter"]))
P("Qadiri President Rhea Imbert called the tariffs imposed by Freedonia an act of economic war.",
  "speech-judgement", E("ACCUSE", "disapprove", ["Rhea Imbert"], ["Freedonia"]),
  E("SANCTION", "discontinue", ["Freedonia"], []))
P("Karvian Opposition Leader Accuses Government of Rigging Vote",
  "headline", E("ACCUSE", "allege", ["Karvian Opposition Leader"], ["Government"]))

# ---------------- REJECT ----------------
P("President Sima Aldou rejected opposition calls for her resignation in a televised address on Sunday.",
  "active", E("REJECT", "change", ["Sima Aldou"], ["opposition"]),
  E("REQUEST", "change", ["opposition"], ["Sima Aldou"]))
P("Borduria refused to release the detained Syldavian fishermen on Monday, saying they had entered its waters illegally.",
  "complement", E("REJECT", "yield", ["Borduria"], []))
P("The Velland Liberation Front turned down an invitation to peace talks in Carrowby, calling them a trap.",
  "active", E("REJECT", "meet", ["Velland Liberation Front"], []))
P("Elmora rejected Qadira's request for an emergency loan, citing its own budget difficulties.",
  "active", E("REJECT", "assist", ["Elmora"], ["Qadira"]), E("REQUEST", "assist", ["Qadira"], ["Elmora"]))
P("The Ostlandic defence ministry denied that its jets had violated Vellandic airspace on Tuesday.",
  "active", E("REJECT", None, ["Ostlandic defence ministry"], []))
P("The ceasefire proposal was rejected by Red Ridge Brigades commanders at a meeting in the mountains on Sunday.",
  "passive-agent", E("REJECT", "yield", ["Red Ridge Brigades"], []))
P("The Karvian Workers' Union's request for talks was turned down by management on Wednesday.",
  "passive-agent", E("REJECT", "meet", ["management"], ["Karvian Workers' Union"]),
  E("REQUEST", "meet", ["Karvian Workers' Union"], ["management"]))
P("Freedonia's refusal to extradite Hugo Brandt has badly strained its relations with Syldavia.",
  "nominal-poss", E("REJECT", "assist", ["Freedonia"], []))
P("Ruritania vetoed a Council of Coastal States resolution calling for an arms embargo on Ostland.",
  "active", E("REJECT", "change", ["Ruritania"], ["Council of Coastal States"]))
P("Syldavia Rebuffs Borduria's Offer of Border Talks",
  "headline", E("REJECT", "meet", ["Syldavia"], ["Borduria"]), E("AGREE", None, ["Borduria"], ["Syldavia"]))
P("Karvian Prime Minister Ona Velt gave a flat no to the rail unions' demand for a 20 percent pay rise.",
  "light-verb", E("REJECT", "change", ["Ona Velt"], ["rail unions"]),
  E("REQUEST", "change", ["rail unions"], []))
P("A spokesman for the Ruritanian junta said it would not hand power to a civilian government before elections.",
  "reported", E("REJECT", "change", ["Ruritanian junta"], []))
P("The Karvian Constitutional Court, which dismissed the opposition's election challenge last week, will rule on a second petition on Friday.",
  "relative", E("REJECT", None, ["Karvian Constitutional Court"], ["opposition"]),
  E("ACCUSE", "allege", ["opposition"], []))
P("Corin Vade denied ever meeting the Bordurian intelligence officer named in the newspaper report.",
  "active", E("REJECT", None, ["Corin Vade"], []))
P("Ostland and Velland both rejected Syldavia's mediation plan within hours of its publication.",
  "coordinated", E("REJECT", "meet", ["Ostland", "Velland"], ["Syldavia"]))
P("Freedonia cancelled a planned meeting between its foreign minister and Qadiri officials, giving no reason.",
  "active", E("REJECT", "meet", ["Freedonia"], ["Qadiri officials"]))
P("Elmora barred a delegation of human rights monitors from the Council of Coastal States from entering the country.",
  "active", E("REJECT", None, ["Elmora"], ["Council of Coastal States"]))
P("Velland did not reject the proposal outright, saying it needed time to study the text.",
  "negated", E("REJECT", None, ["Velland"], [], N))
P("Ruritanian Foreign Minister Anna Veld dismissed Ostland's accusations of espionage as pure fantasy.",
  "speech-judgement", E("REJECT", None, ["Anna Veld"], ["Ostland"]), E("ACCUSE", "allege", ["Ostland"], []))
P("The Syldavian parliament has voted down Prime Minister Hana Zoltri's plan to restore diplomatic ties with Borduria.",
  "perfect", E("REJECT", "assist", ["Syldavian parliament"], ["Hana Zoltri"]))
P("Borduria is expected to turn down the Eastern Maritime Alliance's request for basing rights, diplomats said.",
  "intended", E("REJECT", "assist", ["Borduria"], ["Eastern Maritime Alliance"], I),
  E("REQUEST", "assist", ["Eastern Maritime Alliance"], ["Borduria"]))
P("Qadira proposed a joint inquiry into the pipeline explosion. Freedonia swiftly rejected the idea as a distraction.",
  "two-sentence", E("AGREE", None, ["Qadira"], []), E("REJECT", "assist", ["Freedonia"], ["Qadira"]))
P("Edda Varn refused to meet Ruritanian envoy Pavel Skorn on Tuesday, citing a busy schedule.",
  "complement", E("REJECT", "meet", ["Edda Varn"], ["Pavel Skorn"]))
P("According to union officials, Oster Rail management rejected every wage proposal put forward during the negotiations.",
  "reported", E("REJECT", "change", ["Oster Rail management"], []))
P("Syldavia would reject any peace plan that leaves Bordurian troops on its soil, King Amun Tesh said.",
  "hypothetical", E("REJECT", None, ["Syldavia"], [], H))
P("Ostland's request to open a consulate in Tirzan was refused, the foreign ministry in Dunmere said on Friday.",
  "passive-noagent", E("REJECT", "assist", [], ["Ostland"]), E("REQUEST", "assist", ["Ostland"], []))

# ---------------- THREATEN ----------------
P("The Velland Liberation Front threatened to attack government buildings in Tirzan if its jailed leaders were not freed.",
  "complement", E("THREATEN", "violence", ["Velland Liberation Front"], []))
P("Qadira threatened to cut diplomatic ties with Freedonia over the pipeline dispute on Wednesday.",
  "complement", E("THREATEN", "relations", ["Qadira"], ["Freedonia"]))
P("Interior Minister Radu Kessel warned that protest organisers would be arrested if Saturday's march went ahead.",
  "reported", E("THREATEN", "arrest", ["Radu Kessel"], ["protest organisers"]))
P("Elmora has threatened to expel the Qadiri ambassador unless Qadira apologises for the minister's remarks.",
  "perfect", E("THREATEN", "expel", ["Elmora"], ["Qadiri ambassador"]))
P("Ostlandic nationalist leaders vowed to seize the disputed Meran islands by force if talks fail.",
  "complement", E("THREATEN", "territory", ["Ostlandic nationalist leaders"], []))
P("Ruritania warned Ostland of severe economic consequences if it annexed the Kessany ridge.",
  "active", E("THREATEN", None, ["Ruritania"], ["Ostland"]))
P("Journalists covering the trial were threatened with arrest by police outside the courthouse in Nesk.",
  "passive-agent", E("THREATEN", "arrest", ["police"], ["Journalists"]))
P("Opposition candidate Corin Vade has received death threats, his campaign said on Friday.",
  "passive-noagent", E("THREATEN", "violence", [], ["Corin Vade"]))
P("Borduria's threat to close its border with Syldavia sent grain prices soaring on Monday.",
  "nominal-poss", E("THREATEN", "restrict", ["Borduria"], ["Syldavia"]))
P("The Karvian army issued a stern warning to the Red Ridge Brigades to stay out of the demilitarised zone or face the consequences.",
  "light-verb", E("THREATEN", None, ["Karvian army"], ["Red Ridge Brigades"]))
P("Freedonia gave the hijackers a 48-hour ultimatum to surrender or face a military assault.",
  "light-verb", E("THREATEN", "violence", ["Freedonia"], ["hijackers"]))
P("The Karvian Workers' Union said it would call a nationwide general strike if the pension reform passed.",
  "reported", E("THREATEN", "restrict", ["Karvian Workers' Union"], []))
P("Northern Shield commander Ansel Dray, who threatened last year to wipe out the Kessany garrison, was arrested at the border on Monday.",
  "relative", E("THREATEN", "violence", ["Ansel Dray"], ["Kessany garrison"]),
  E("COERCE", "arrest", [], ["Ansel Dray"]))
P("Ostland Warns Velland of Military Response Over Border Incursions",
  "headline", E("THREATEN", "violence", ["Ostland"], ["Velland"]))
P("The Syldavian election commission threatened to ban the Green League from next year's vote over unpaid fines.",
  "complement", E("THREATEN", "ban", ["Syldavian election commission"], ["Green League"]))
P("Karvia and Elmora threatened to pull out of the Carrowby talks unless Borduria stopped its naval patrols.",
  "coordinated", E("THREATEN", "relations", ["Karvia", "Elmora"], ["Borduria"]))
P("Edda Varn vowed to crush the uprising in the north within weeks, using whatever force was necessary.",
  "complement", E("THREATEN", "violence", ["Edda Varn"], []))
P("Rebel commander Saul Adder said his men would shoot down any aircraft entering the zone.",
  "reported", E("THREATEN", "violence", ["Saul Adder"], []))
P("The Ruritanian government stopped short of threatening sanctions against Ostland, preferring quiet diplomacy.",
  "negated", E("THREATEN", None, ["Ruritanian government"], ["Ostland"], N))
P("Unarmed Ostlandic activists planted a national flag on a disputed islet in the Meran chain on Sunday.",
  "active", E("THREATEN", "territory", ["Ostlandic activists"], []))
P("A Vellandic court issued an arrest warrant in absentia for exiled opposition leader Dara Quill.",
  "light-verb", E("THREATEN", "arrest", ["Vellandic court"], ["Dara Quill"]))
P("Syldavian King Amun Tesh has warned Borduria that any incursion would be met with force.",
  "perfect", E("THREATEN", "violence", ["Amun Tesh"], ["Borduria"]))
P("Tensions rose sharply after the island vote. Elmoran Defence Minister Leif Ambrose warned that his country was ready to use force to defend the islands.",
  "two-sentence", E("THREATEN", "violence", ["Leif Ambrose"], []))
P("According to a government source, Freedonia warned Qadira it would freeze Qadiri assets if the seized tanker was not released.",
  "reported", E("THREATEN", None, ["Freedonia"], ["Qadira"]))
P("The Ruritanian junta threatened to shut down independent newspapers that publish what it called false news about the army.",
  "complement", E("THREATEN", "rights", ["Ruritanian junta"], ["independent newspapers"]))

# Invented probe sentences, part 1: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID
A, I, H, N = "asserted", "intended", "hypothetical", "negated"


def E(t, m, s, g, mod=A):
    return {"type": t, "mode": m, "source": s, "target": g, "modality": mod}


ITEMS = []


def P(text, cons, *events):
    ITEMS.append((text, cons, list(events)))


# ---------------- AGREE ----------------
P("Ostland offered on Thursday to share satellite imagery of the flooded Dunmere valley with Karvia.",
  "active", E("AGREE", None, ["Ostland"], ["Karvia"]))
P("Ostland and Velland agreed to set up a joint commission to manage water sharing along their disputed border.",
  "coordinated", E("AGREE", None, ["Ostland", "Velland"], []))
P("Karvian President Dusan Mirek invited Syldavian Prime Minister Hana Zoltri to visit Nesk in the spring to discuss energy links.",
  "active", E("AGREE", None, ["Dusan Mirek"], ["Hana Zoltri"]))
P("The Velland Liberation Front has offered to open talks with the Vellandic government, a spokesman for the rebel group said.",
  "perfect", E("AGREE", None, ["Velland Liberation Front"], ["Vellandic government"]))
P("Freedonia Pledges to Sign Regional Climate Pact by Year's End",
  "headline", E("AGREE", None, ["Freedonia"], []))
P("Bordurian Prime Minister Talia Ressen promised that her government would ratify the trade accord with Ostland before the summer recess.",
  "complement", E("AGREE", None, ["Talia Ressen"], ["Ostland"]))
P("The Karvian government's offer to mediate between Ostland and Velland came after a week of skirmishes along the river.",
  "nominal-poss", E("AGREE", None, ["Karvian government"], ["Ostland", "Velland"]))
P("The People's Resistance Army and the Elmoran army have both signalled a willingness to end the fighting, according to Syldavian mediators.",
  "reported", E("AGREE", None, ["People's Resistance Army", "Elmoran army"], []))
P("The Karvian Workers' Union said it was willing to return to the negotiating table with the Transport Ministry as early as Friday.",
  "reported", E("AGREE", None, ["Karvian Workers' Union"], ["Transport Ministry"]))
P("Velland, which agreed last month to join a regional power grid with Ostland, reported record electricity demand on Tuesday.",
  "relative", E("AGREE", None, ["Velland"], ["Ostland"]))
P("An invitation to the Carrowby summit was extended to Karvian President Dusan Mirek by the Bordurian government on Monday.",
  "passive-agent", E("AGREE", None, ["Bordurian government"], ["Dusan Mirek"]))
P("Syldavian opposition leader Oskar Threll has been invited to hold talks in Port Amsel next month, the state news agency reported.",
  "passive-noagent", E("AGREE", None, [], ["Oskar Threll"]))
P("Freedonian Trade Minister Ivo Lanth made an offer of expanded port access to Qadira during a late-night press conference in Carrowby.",
  "light-verb", E("AGREE", None, ["Ivo Lanth"], ["Qadira"]))
P("The promise by Syldavia to ratify the fisheries convention before March surprised many delegates at the conference.",
  "nominal-prep", E("AGREE", None, ["Syldavia"], []))
P("Velland has not agreed to take part in the Carrowby talks, its foreign ministry said on Sunday.",
  "negated", E("AGREE", None, ["Velland"], [], N))
P("Freedonian Foreign Minister Sela Munro said she would be willing to reopen the embassy in Ostland if the two detained diplomats were freed.",
  "hypothetical", E("AGREE", None, ["Sela Munro"], ["Ostland"], H))
P("Ruritanian Interior Minister Radu Kessel is expected to offer the striking miners a new wage deal when he addresses them on Monday.",
  "intended", E("AGREE", None, ["Radu Kessel"], ["striking miners"], I))
P("Elmora offered Karvia and Borduria free access to its deep-water port at Olgarde for the next five years.",
  "coordinated", E("AGREE", None, ["Elmora"], ["Karvia", "Borduria"]))
P("The Syldavian Labour Front and the Green League agreed on Wednesday to form a unity government after weeks of deadlock.",
  "coordinated", E("AGREE", None, ["Syldavian Labour Front", "Green League"], []))
P("Qadira has promised to sign the nuclear test ban treaty, diplomats at the Council of Coastal States said on Thursday.",
  "perfect", E("AGREE", None, ["Qadira"], []))
P("Ostlandic Prime Minister Jonas Avik spoke at length about the border crisis. He later invited the Vellandic president, Edda Varn, to meet him in Dunmere.",
  "two-sentence", E("AGREE", None, ["Jonas Avik"], ["Edda Varn"]))
P("Karvia Offers Talks to Striking Rail Workers",
  "headline", E("AGREE", None, ["Karvia"], ["Striking Rail Workers"]))
P("Borduria agreed to resume joint border patrols with Syldavia from the start of next month, the interior ministry said.",
  "complement", E("AGREE", None, ["Borduria"], ["Syldavia"]))
P("The Vellandic government has still not committed to joining the regional trade pact, officials in Tirzan said on Friday.",
  "negated", E("AGREE", None, ["Vellandic government"], [], N))
P("According to the Syldavian foreign ministry, Elmora has offered to host the next round of peace talks between Karvia and Borduria.",
  "reported", E("AGREE", None, ["Elmora"], ["Karvia", "Borduria"]))
P("People's Resistance Army leader Ferro Dask called for an end to the fighting with the Elmoran army in a video message on Sunday.",
  "complement", E("AGREE", None, ["Ferro Dask"], ["Elmoran army"]))
P("Ruritania pledged $80 million in reconstruction aid to Velland at the donors' conference in Carrowby on Wednesday.",
  "active", E("AGREE", None, ["Ruritania"], ["Velland"]))

# ---------------- CONSULT ----------------
P("Freedonian President Lior Bandeko arrived in Nesk on Tuesday for a two-day state visit to Karvia, his first since taking office.",
  "active", E("CONSULT", "visit", ["Lior Bandeko"], ["Karvia"]))
P("Ruritanian Foreign Minister Anna Veld spoke by phone with her Ostlandic counterpart, Kasimir Jund, about the refugee crisis on the border.",
  "active", E("CONSULT", "phone", ["Anna Veld", "Kasimir Jund"], []))
P("Defence ministers of the Eastern Maritime Alliance met in Carrowby on Thursday to discuss piracy in the southern straits.",
  "active", E("CONSULT", "multilateral", ["Eastern Maritime Alliance"], []))
P("Elmora hosted talks between Karvia and Borduria in its capital on Saturday, the first direct contact between the two in a year.",
  "active", E("CONSULT", "third-party", ["Karvia", "Borduria"], []))
P("The Ostlandic trade delegation was received by Syldavian King Amun Tesh at the royal palace in Port Amsel on Wednesday.",
  "passive-agent", E("CONSULT", "visit", ["Ostlandic trade delegation"], ["Amun Tesh"]))
P("Jonas Avik's visit to Velland, the first by an Ostlandic leader in a decade, ended without a joint statement.",
  "nominal-poss", E("CONSULT", "visit", ["Jonas Avik"], ["Velland"]))
P("Talks between the Karvian Workers' Union and the Transport Ministry stretched past midnight on Tuesday without a breakthrough.",
  "nominal-prep", E("CONSULT", None, ["Karvian Workers' Union", "Transport Ministry"], []))
P("Syldavian envoy Marek Sollen held talks with commanders of the Velland Liberation Front in the hills near Tirzan last weekend.",
  "light-verb", E("CONSULT", None, ["Marek Sollen", "Velland Liberation Front"], []))
P("Qadiri President Rhea Imbert and Freedonian President Lior Bandeko will meet in Olgarde next week to discuss the gas pipeline.",
  "intended", E("CONSULT", None, ["Rhea Imbert", "Lior Bandeko"], [], I))
P("Bordurian Foreign Minister Greta Halvik did not attend the Council of Coastal States meeting in Carrowby, citing illness.",
  "negated", E("CONSULT", "multilateral", ["Greta Halvik"], [], N))
P("Karvian officials said President Dusan Mirek had met secretly with rebel leader Ferro Dask in a border village last month.",
  "reported", E("CONSULT", None, ["Dusan Mirek", "Ferro Dask"], []))
P("Zoltri, Avik Hold Phone Talks on Grain Corridor",
  "headline", E("CONSULT", "phone", ["Zoltri", "Avik"], []))
P("Edda Varn, who met Ruritanian envoys in Tirzan on Monday, is due to address parliament on Thursday.",
  "relative", E("CONSULT", None, ["Edda Varn", "Ruritanian envoys"], []))
P("Ruritanian Defence Minister Yara Fenn has arrived in Olgarde for two days of talks with Elmoran military chiefs.",
  "perfect", E("CONSULT", "visit", ["Yara Fenn"], ["Elmoran military chiefs"]))
P("Foreign ministers from Ostland, Velland and Karvia gathered in Dunmere for a day of talks on the river dispute.",
  "coordinated", E("CONSULT", None, ["Ostland", "Velland", "Karvia"], []))
P("Ostlandic negotiators and Vellandic officials quietly resumed contact this week. The talks were held at a lakeside resort outside Nesk and lasted nearly six hours.",
  "two-sentence", E("CONSULT", None, ["Ostlandic negotiators", "Vellandic officials"], []))
P("A meeting with representatives of the striking dockworkers was held at the port authority offices in Port Amsel on Friday.",
  "passive-noagent", E("CONSULT", None, [], ["striking dockworkers"]))
P("Tomas Brel travelled to Port Amsel to consult Syldavian officials on the extradition case, his office said.",
  "complement", E("CONSULT", "visit", ["Tomas Brel"], ["Syldavian officials"]))
P("Lior Bandeko telephoned Karvian President Dusan Mirek on Saturday to discuss the worsening grain shortage.",
  "active", E("CONSULT", "phone", ["Lior Bandeko"], ["Dusan Mirek"]))
P("The Eastern Maritime Alliance's emergency session on the tanker seizures ended on Sunday without agreement on a joint response.",
  "nominal-poss", E("CONSULT", "multilateral", ["Eastern Maritime Alliance"], []))
P("The two prime ministers, Talia Ressen and Jonas Avik, held a video conference on Wednesday to review the border deal.",
  "light-verb", E("CONSULT", "phone", ["Talia Ressen", "Jonas Avik"], []))
P("Karvia could join the talks in Elmora if Borduria drops its preconditions, a senior Karvian diplomat said.",
  "hypothetical", E("CONSULT", None, ["Karvia"], [], H))
P("According to the presidential office, Rhea Imbert hosted Freedonian opposition figure Bram Otwell for a private dinner on Thursday.",
  "reported", E("CONSULT", "visit", ["Bram Otwell"], ["Rhea Imbert"]))
P("Negotiators from Dravik Mining and the Ruritanian Energy Ministry resumed negotiations over the Kessany mine licence on Monday.",
  "active", E("CONSULT", None, ["Dravik Mining", "Ruritanian Energy Ministry"], []))
P("Freedonian Premier Visits Ruritania Amid Trade Row",
  "headline", E("CONSULT", "visit", ["Freedonian Premier"], ["Ruritania"]))
P("The Vellandic president is scheduled to visit Elmora in early May for talks on fishing quotas, her office said.",
  "intended", E("CONSULT", "visit", ["Vellandic president"], ["Elmora"], I))

# ---------------- SUPPORT ----------------
P("Ruritanian President Sima Aldou praised Freedonia for its handling of the refugee crisis during a speech in Carrowby.",
  "active", E("SUPPORT", None, ["Sima Aldou"], ["Freedonia"]))
P("The Council of Coastal States has welcomed Velland's new press law as an important step towards media freedom.",
  "perfect", E("SUPPORT", None, ["Council of Coastal States"], ["Velland"]))
P("Ostland and Velland signed a water-sharing agreement in Carrowby on Sunday after two years of difficult negotiations.",
  "coordinated", E("SUPPORT", None, ["Ostland", "Velland"], []))
P("The new Syldavian coalition government was congratulated by Bordurian Prime Minister Talia Ressen in a message on Friday.",
  "passive-agent", E("SUPPORT", None, ["Talia Ressen"], ["Syldavian coalition government"]))
P("The Ostlandic border treaty was formally ratified on Tuesday, clearing the way for the reopening of two crossings.",
  "passive-noagent", E("SUPPORT", None, [], []))
P("Former prime minister Ilse Marrow endorsed Bram Otwell's bid for the Freedonian presidency at a packed event on Saturday.",
  "active", E("SUPPORT", None, ["Ilse Marrow"], ["Bram Otwell"]))
P("Karvia's recognition of the breakaway republic of North Tavria drew a swift rebuke from Borduria on Monday.",
  "nominal-poss", E("SUPPORT", None, ["Karvia"], ["North Tavria"]), E("ACCUSE", "disapprove", ["Borduria"], ["Karvia"]))
P("Elmoran Foreign Minister Nico Strand described Karvia's peace plan as a courageous step forward for the region.",
  "speech-judgement", E("SUPPORT", None, ["Nico Strand"], ["Karvia"]))
P("Qadira and Elmora established diplomatic relations for the first time on Monday, exchanging ambassadors at a ceremony in Olgarde.",
  "coordinated", E("SUPPORT", None, ["Qadira", "Elmora"], []))
P("Ruritania, Freedonia Restore Full Diplomatic Ties",
  "headline", E("SUPPORT", None, ["Ruritania", "Freedonia"], []))
P("The Ostland Democratic Party said it backed Prime Minister Jonas Avik's plan to raise the minimum wage next year.",
  "reported", E("SUPPORT", None, ["Ostland Democratic Party"], ["Jonas Avik"]))
P("Sela Munro, who publicly endorsed the Velland accords last year, has been appointed ambassador to Karvia.",
  "relative", E("SUPPORT", None, ["Sela Munro"], []))
P("The Karvian Workers' Union threw its weight behind the opposition candidate, Corin Vade, ahead of the presidential runoff.",
  "light-verb", E("SUPPORT", None, ["Karvian Workers' Union"], ["Corin Vade"]))
P("The Ostland Democratic Party declined to endorse incumbent mayor Pella Rusk in the Dunmere election, citing her record on housing.",
  "negated", E("SUPPORT", None, ["Ostland Democratic Party"], ["Pella Rusk"], N))
P("Borduria is expected to formally recognise the new Syldavian government later this week, diplomats in Mirov said.",
  "intended", E("SUPPORT", None, ["Borduria"], ["Syldavian government"], I))
P("Freedonian President Lior Bandeko offered condolences to the families of the Olgarde ferry victims on Thursday.",
  "light-verb", E("SUPPORT", None, ["Lior Bandeko"], ["families of the Olgarde ferry victims"]))
P("Velland and Karvia both hailed the Eastern Maritime Alliance's decision to extend its naval patrol mission for another year.",
  "coordinated", E("SUPPORT", None, ["Velland", "Karvia"], ["Eastern Maritime Alliance"]))
P("The endorsement of Mara Kell by the Ruritanian Farmers' League gave her campaign a late boost in the rural north.",
  "nominal-prep", E("SUPPORT", None, ["Ruritanian Farmers' League"], ["Mara Kell"]))
P("Opposition leader Tomas Brel voiced support for the Ruritanian government's decision to seek membership of the Eastern Maritime Alliance.",
  "light-verb", E("SUPPORT", None, ["Tomas Brel"], ["Ruritanian government"]))
P("The Elmoran parliament has approved the defence pact with Ruritania by a wide margin, the speaker announced.",
  "perfect", E("SUPPORT", None, ["Elmoran parliament"], ["Ruritania"]))
P("According to state television, Dusan Mirek thanked Ostland's leaders for their friendship during a banquet in Nesk.",
  "reported", E("SUPPORT", None, ["Dusan Mirek"], ["Ostland's leaders"]))
P("Ostland Backs Velland's Bid to Join Maritime Alliance",
  "headline", E("SUPPORT", None, ["Ostland"], ["Velland"]))
P("Karvian Finance Minister Milo Presk unveiled a new budget on Monday. Opposition leader Elsbet Krone called it a sensible compromise.",
  "speech-judgement", E("SUPPORT", None, ["Elsbet Krone"], ["Milo Presk"]))
P("Ruritania would recognise the North Tavrian government if it holds a free election, President Sima Aldou said on Tuesday.",
  "hypothetical", E("SUPPORT", None, ["Ruritania"], ["North Tavrian government"], H))
P("Jonas Avik signed the customs agreement with Velland on behalf of Ostland at a brief ceremony in Tirzan.",
  "active", E("SUPPORT", None, ["Jonas Avik"], ["Velland"]))

# ---------------- CONCEDE ----------------
P("Karvian President Dusan Mirek pardoned 40 political prisoners on Saturday to mark the national holiday.",
  "active", E("CONCEDE", None, ["Dusan Mirek"], ["40 political prisoners"]))
P("The Velland Liberation Front declared a unilateral ceasefire starting at midnight on Friday, according to a statement on its website.",
  "active", E("CONCEDE", None, ["Velland Liberation Front"], []))
P("Ostland announced that it would pull its troops out of the Dunmere corridor by the end of March.",
  "reported", E("CONCEDE", None, ["Ostland"], []))
P("Freedonian Interior Minister Nell Ardovan apologised to the family of a protester killed by police in Carrowby last month.",
  "active", E("CONCEDE", None, ["Nell Ardovan"], ["family of a protester"]), E("ASSAULT", None, ["police"], ["protester"]))
P("The Vellandic military council promised to lift the curfew in Tirzan once the unrest subsides.",
  "complement", E("CONCEDE", None, ["Vellandic military council"], []))
P("An amnesty for army deserters was announced by the Syldavian defence ministry on Wednesday.",
  "passive-agent", E("CONCEDE", None, ["Syldavian defence ministry"], ["army deserters"]))
P("The ban on opposition rallies in Nesk will be eased from next week, state radio reported on Sunday evening.",
  "passive-noagent", E("CONCEDE", None, [], []))
P("Jonas Avik's admission that the border raid had been a mistake angered hardliners in his own party.",
  "nominal-poss", E("CONCEDE", None, ["Jonas Avik"], []))
P("Talia Ressen said she would step down as prime minister if her party lost the March by-election in Mirov.",
  "hypothetical", E("CONCEDE", None, ["Talia Ressen"], [], H))
P("The Ruritanian junta agreed to release all detained opposition members within thirty days, mediators said.",
  "complement", E("CONCEDE", None, ["Ruritanian junta"], ["detained opposition members"]))
P("The Karvian Railways board said it would drop its demand for a no-strike clause in the new contract.",
  "reported", E("CONCEDE", None, ["Karvian Railways board"], []))
P("Ostland Vows to Withdraw Troops From Border Zone",
  "headline", E("CONCEDE", None, ["Ostland"], []))
P("Facing weeks of pressure, President Sima Aldou made a series of concessions to the teachers' unions, including a promise to scrap the pension reform.",
  "light-verb", E("CONCEDE", None, ["Sima Aldou"], ["teachers' unions"]))
P("The Freedonian Supreme Court acquitted former minister Jules Farrow of all corruption charges on Thursday.",
  "active", E("CONCEDE", None, ["Freedonian Supreme Court"], ["Jules Farrow"]))
P("Governor Vero Castane, who last week pledged to lift the state of emergency in Kessany province, said on Friday that the province was calm.",
  "relative", E("CONCEDE", None, ["Vero Castane"], []))
P("The Ostlandic government has so far stopped short of declaring a ceasefire in the Dunmere valley, diplomats said.",
  "negated", E("CONCEDE", None, ["Ostlandic government"], [], N))
P("The Syldavian cabinet is expected to announce an amnesty for jailed protesters when it meets on Thursday.",
  "intended", E("CONCEDE", None, ["Syldavian cabinet"], ["jailed protesters"], I))
P("Velland's parliament passed a law last year restricting foreign-funded charities. On Monday, President Edda Varn promised to repeal it.",
  "two-sentence", E("CONCEDE", None, ["Edda Varn"], []))
P("The Bordurian army and the Red Ridge Brigades announced a three-day truce to allow farmers to bring in the harvest.",
  "coordinated", E("CONCEDE", None, ["Bordurian army", "Red Ridge Brigades"], []))
P("Elmoran Foreign Minister Nico Strand expressed regret to Qadira for offensive remarks made by a junior minister.",
  "light-verb", E("CONCEDE", None, ["Nico Strand"], ["Qadira"]))
P("The Freedonian government has promised to restore internet access in the northern provinces by the weekend.",
  "perfect", E("CONCEDE", None, ["Freedonian government"], []))
P("Rebel commander Ferro Dask said his fighters would hand over their heavy weapons to international observers next month.",
  "reported", E("CONCEDE", None, ["Ferro Dask"], []))
P("The lifting of the curfew by the Vellandic military council was announced on state radio early on Saturday.",
  "nominal-prep", E("CONCEDE", None, ["Vellandic military council"], []))
P("Karvia would consider withdrawing its claim to the Meran islands if Elmora agreed to shared fishing rights, an official said.",
  "hypothetical", E("CONCEDE", None, ["Karvia"], ["Elmora"], H))
P("The Syldavian Interior Ministry said it would ease travel restrictions on opposition leader Oskar Threll from next week.",
  "reported", E("CONCEDE", None, ["Syldavian Interior Ministry"], ["Oskar Threll"]))
P("Freedonia will withdraw its remaining 800 soldiers from Qadira by June, the Freedonian defence ministry announced on Tuesday.",
  "intended", E("CONCEDE", None, ["Freedonia"], ["Qadira"]))
P("Ostland would pull its troops back from the river if Velland disbanded its border militias, the Ostlandic foreign minister said.",
  "hypothetical", E("CONCEDE", None, ["Ostland"], ["Velland"], H))

# ---------------- COOPERATE ----------------
P("Ruritania and Freedonia began joint naval exercises in the Gulf of Amsel on Monday, involving twelve warships.",
  "coordinated", E("COOPERATE", None, ["Ruritania", "Freedonia"], []))
P("Syldavia extradited fugitive Karvian banker Anton Rieke to Karvia on Friday under a treaty signed in 2019.",
  "active", E("COOPERATE", None, ["Syldavia"], ["Karvia"]))
P("Ostland has begun sharing intelligence on smuggling networks with Velland, officials in both capitals said.",
  "perfect", E("COOPERATE", None, ["Ostland"], ["Velland"]))
P("Borduria resumed grain exports to Syldavia on Wednesday after a six-month halt that had driven up bread prices.",
  "active", E("COOPERATE", None, ["Borduria"], ["Syldavia"]))
P("The new rail link between Nesk and Olgarde was opened jointly by Karvia and Elmora on Saturday.",
  "passive-agent", E("COOPERATE", None, ["Karvia", "Elmora"], []))
P("Joint customs checks with Velland were introduced at the Dunmere crossing on Thursday to speed up freight traffic.",
  "passive-noagent", E("COOPERATE", None, [], ["Velland"]))
P("Velland's handover of three smuggling suspects to Ostlandic police was the first under the new extradition treaty.",
  "nominal-poss", E("COOPERATE", None, ["Velland"], ["Ostlandic police"]))
P("Karvia and Borduria carried out a joint search-and-rescue drill off the coast of Olgarde this week.",
  "light-verb", E("COOPERATE", None, ["Karvia", "Borduria"], []))
P("The Ostlandic Central Bank and the Freedonian National Bank expanded their currency swap line to ten billion crowns.",
  "coordinated", E("COOPERATE", None, ["Ostlandic Central Bank", "Freedonian National Bank"], []))
P("Elmoran prosecutors said they had handed evidence on the Kessany massacre to investigators from the Regional Criminal Tribunal.",
  "reported", E("COOPERATE", None, ["Elmoran prosecutors"], ["Regional Criminal Tribunal"]))
P("Qadira, which reopened its border crossings with Freedonia to commercial traffic last week, is Freedonia's largest trading partner.",
  "relative", E("COOPERATE", None, ["Qadira"], ["Freedonia"]))
P("Ostland, Velland Launch Joint Patrols Along Disputed River",
  "headline", E("COOPERATE", None, ["Ostland", "Velland"], []))
P("Karvia began exporting electricity to Borduria and Syldavia through the new undersea interconnector on Monday.",
  "coordinated", E("COOPERATE", None, ["Karvia"], ["Borduria", "Syldavia"]))
P("Freedonia plans to hold joint air-defence drills with Ruritania in the autumn, the Freedonian defence ministry said.",
  "intended", E("COOPERATE", None, ["Freedonia"], ["Ruritania"], I))
P("Velland has not shared any intelligence with Ostland since the embassy attack, a senior security official said.",
  "negated", E("COOPERATE", None, ["Velland"], ["Ostland"], N))
P("The suspects were extradited to Freedonia by the Syldavian authorities last month after a lengthy court battle.",
  "passive-agent", E("COOPERATE", None, ["Syldavian authorities"], ["Freedonia"]))
P("The Syldavian Border Police and their Bordurian counterparts have set up a joint investigation team to tackle people smuggling.",
  "perfect", E("COOPERATE", None, ["Syldavian Border Police", "Bordurian counterparts"], []))
P("The resumption of oil shipments from Qadira to Karvia eased fuel shortages in the capital within days.",
  "nominal-prep", E("COOPERATE", None, ["Qadira"], ["Karvia"]))
P("Ostlandic special forces trained alongside Karvian commandos in a week-long exercise near Nesk.",
  "active", E("COOPERATE", None, ["Ostlandic special forces", "Karvian commandos"], []))
P("Borduria surrendered former militia commander Lev Ostrin to the Regional Criminal Tribunal on Tuesday.",
  "active", E("COOPERATE", None, ["Borduria"], ["Regional Criminal Tribunal"]))
P("Trade between the two neighbours had collapsed during the war. Now Ostland has reopened its markets to Vellandic farmers.",
  "two-sentence", E("COOPERATE", None, ["Ostland"], ["Vellandic farmers"]))
P("According to customs data, Elmora resumed steel imports from Ruritania in March after lifting a two-year ban.",
  "reported", E("COOPERATE", None, ["Elmora"], ["Ruritania"]))
P("The Freedonian Health Ministry and Qadiri health authorities exchanged genomic data on the new virus strain last week.",
  "coordinated", E("COOPERATE", None, ["Freedonian Health Ministry", "Qadiri health authorities"], []))
P("Syldavia would reopen the Port Amsel ferry route to Borduria if the quarantine is lifted, officials said.",
  "hypothetical", E("COOPERATE", None, ["Syldavia"], ["Borduria"], H))
P("Karvian engineers and Elmoran technicians have jointly repaired the damaged gas pipeline linking the two countries.",
  "perfect", E("COOPERATE", None, ["Karvian engineers", "Elmoran technicians"], []))

# ---------------- AID ----------------
P("Freedonia sent 40 tonnes of medical supplies to flood-stricken Karvia on Sunday, the health ministry said.",
  "active", E("AID", None, ["Freedonia"], ["Karvia"]))
P("Ruritania granted political asylum to Ostlandic dissident journalist Vera Holm on Wednesday.",
  "active", E("AID", None, ["Ruritania"], ["Vera Holm"]))
P("The Council of Coastal States approved a $2 billion emergency loan for Velland to shore up its banks.",
  "active", E("AID", None, ["Council of Coastal States"], ["Velland"]))
P("Borduria has cancelled $300 million of Syldavia's debt, the Bordurian finance ministry said on Monday.",
  "perfect", E("AID", None, ["Borduria"], ["Syldavia"]))
P("Elmoran commandos rescued six aid workers held by the Red Ridge Brigades in a night-time raid near Vallor.",
  "active", E("AID", None, ["Elmoran commandos"], ["six aid workers"]),
  E("ASSAULT", "abduct", ["Red Ridge Brigades"], ["six aid workers"]))
P("Ostland delivered a first batch of anti-tank missiles to Velland on Wednesday, a defence official said.",
  "active", E("AID", None, ["Ostland"], ["Velland"]))
P("Food parcels were distributed to displaced families in Kessany by the charity Open Borders Relief.",
  "passive-agent", E("AID", None, ["Open Borders Relief"], ["displaced families"]))
P("Two field hospitals were airlifted to the earthquake zone in northern Qadira overnight.",
  "passive-noagent", E("AID", None, [], []))
P("Karvia's $50 million grant to the Syldavian health service was announced at the donors' conference.",
  "nominal-poss", E("AID", None, ["Karvia"], ["Syldavian health service"]))
P("Freedonia extended a $1.2 billion credit line to Qadira to help stabilise its currency.",
  "light-verb", E("AID", None, ["Freedonia"], ["Qadira"]))
P("The Elmoran Relief Society said it had delivered fuel and blankets to refugees stranded on the Karvian border.",
  "reported", E("AID", None, ["Elmoran Relief Society"], ["refugees"]))
P("Syldavia, which sent 300 police instructors to Borduria last year, has also offered to train the Bordurian coast guard.",
  "relative", E("AID", None, ["Syldavia"], ["Borduria"]), E("AGREE", None, ["Syldavia"], ["Bordurian coast guard"]))
P("Ostland Grants Asylum to Ousted Vellandic General",
  "headline", E("AID", None, ["Ostland"], ["Ousted Vellandic General"]))
P("Freedonia will send a second convoy of medical aid to Karvia next week, the health ministry said.",
  "intended", E("AID", None, ["Freedonia"], ["Karvia"], I))
P("The humanitarian convoy promised by Borduria has still not reached the town of Vallor, aid agencies said.",
  "negated", E("AID", None, ["Borduria"], [], N), E("AGREE", None, ["Borduria"], []))
P("Qadira and Elmora sent rescue teams and sniffer dogs to help search the rubble in Nesk.",
  "coordinated", E("AID", None, ["Qadira", "Elmora"], []))
P("The Freedonian navy has rescued more than 200 migrants from a sinking boat in the Gulf of Amsel.",
  "perfect", E("AID", None, ["Freedonian navy"], ["migrants"]))
P("The delivery of 12 armoured vehicles by Ruritania to the Elmoran police was completed on Friday.",
  "nominal-prep", E("AID", None, ["Ruritania"], ["Elmoran police"]))
P("Karvia deployed 2,000 soldiers to help flood victims in the southern provinces after the river burst its banks.",
  "active", E("AID", None, ["Karvia"], ["flood victims"]))
P("Former Syldavian spy chief Hugo Brandt was granted asylum by Freedonia, his lawyer said.",
  "passive-agent", E("AID", None, ["Freedonia"], ["Hugo Brandt"]))
P("The Elmoran embassy in Port Amsel gave shelter to opposition leader Oskar Threll after police surrounded his home.",
  "light-verb", E("AID", None, ["Elmoran embassy"], ["Oskar Threll"]), E("COERCE", "restrict", ["police"], ["Oskar Threll"]))
P("Ostland would provide air-defence systems to Velland if the Vellandic parliament formally requested them, the defence minister said.",
  "hypothetical", E("AID", None, ["Ostland"], ["Velland"], H))
P("Borduria paid 40 million crowns in compensation to families of the Carrowby ferry victims under a voluntary settlement.",
  "active", E("AID", None, ["Borduria"], ["families of the Carrowby ferry victims"]))
P("According to the Ruritanian Interior Ministry, 1,500 refugees from Velland were given temporary shelter in border towns.",
  "reported", E("AID", None, [], ["refugees from Velland"]))
P("The Council of Coastal States agreed to forgive half of Velland's outstanding loans.",
  "complement", E("AID", None, ["Council of Coastal States"], ["Velland"]))

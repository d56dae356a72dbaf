# Invented probe sentences, part 3: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
from part1 import E, P, A, I, H, N

# ---------------- PROTEST ----------------
P("Thousands of protesters marched through central Nesk on Saturday to demand the resignation of President Dusan Mirek.",
  "active", E("PROTEST", "demo", ["protesters"], ["Dusan Mirek"]))
P("Dockworkers at Port Amsel walked off the job on Monday in protest at the Syldavian government's plan to privatise the harbour.",
  "active", E("PROTEST", "strike", ["Dockworkers"], ["Syldavian government"]))
P("Rioters torched police cars and looted shops in Vallor after the disputed election result was announced.",
  "active", E("PROTEST", "riot", ["Rioters"], []))
P("Jailed activist Rian Coss has been on hunger strike for 30 days in protest at his continued detention.",
  "perfect", E("PROTEST", "hunger", ["Rian Coss"], []))
P("The Ostland Democratic Party boycotted the parliamentary session on the emergency budget on Tuesday.",
  "active", E("PROTEST", "boycott", ["Ostland Democratic Party"], []))
P("Farmers blocked the main highway into Tirzan with tractors on Thursday to protest against rising fuel prices.",
  "active", E("PROTEST", "obstruct", ["Farmers"], []))
P("The Freedonian Labour Ministry was besieged by hundreds of angry pensioners demanding higher state payments.",
  "passive-agent", E("PROTEST", "demo", ["pensioners"], ["Freedonian Labour Ministry"]))
P("A rally against the new media law was held outside the Syldavian parliament on Friday despite heavy rain.",
  "passive-noagent", E("PROTEST", "demo", [], []))
P("The teachers' strike, now in its third week, has closed more than 2,000 schools across Karvia.",
  "nominal-poss", E("PROTEST", "strike", ["teachers"], []))
P("Opposition supporters staged a sit-in outside the headquarters of the Karvian Electoral Commission in Nesk.",
  "light-verb", E("PROTEST", "demo", ["Opposition supporters"], ["Karvian Electoral Commission"]))
P("Rail workers across Freedonia plan to strike next Thursday over unpaid wages, their union announced.",
  "intended", E("PROTEST", "strike", ["Rail workers"], [], I))
P("Opposition activists did not go ahead with the planned march on the presidential palace in Nesk on Sunday.",
  "negated", E("PROTEST", "demo", ["Opposition activists"], [], N))
P("Police said about 5,000 steelworkers had rallied in Olgarde against the closure of the state-owned foundry.",
  "reported", E("PROTEST", "demo", ["steelworkers"], []))
P("Students, who have occupied the Tirzan university campus since March, clashed with riot police on Tuesday.",
  "relative", E("PROTEST", "obstruct", ["Students"], []), E("ASSAULT", None, ["Students", "riot police"], []))
P("Thousands Rally in Port Amsel Against Syldavian Austerity Plan",
  "headline", E("PROTEST", "demo", ["Thousands"], []))
P("Nurses and doctors at state hospitals in Velland began an indefinite strike over pay on Monday.",
  "coordinated", E("PROTEST", "strike", ["Nurses", "doctors"], []))
P("Vellandic consumers have boycotted goods from Ostland since the border clashes began in the spring.",
  "perfect", E("PROTEST", "boycott", ["Vellandic consumers"], ["Ostland"]))
P("The main opposition alliance, Karvia Forward, said it would boycott next month's parliamentary election.",
  "intended", E("PROTEST", "boycott", ["Karvia Forward"], [], I))
P("Taxi drivers have blocked the airport road in Carrowby for the second day running over new licence fees.",
  "perfect", E("PROTEST", "obstruct", ["Taxi drivers"], []))
P("Angry crowds attacked the Freedonian embassy in Nesk, smashing windows and setting a diplomatic car ablaze.",
  "active", E("PROTEST", "riot", ["crowds"], ["Freedonian embassy"]))
P("Police fired tear gas at demonstrators who had gathered outside parliament in Tirzan on Wednesday night.",
  "relative", E("ASSAULT", "crowd-control", ["Police"], ["demonstrators"]), E("PROTEST", "demo", ["demonstrators"], []))
P("The national pensioners' association called on its members to join a demonstration against the cuts on Sunday.",
  "complement", E("PROTEST", "demo", ["national pensioners' association"], [], I))
P("Seven migrants held at the Kessany detention centre have refused food for a fifth day to protest against their deportation orders.",
  "perfect", E("PROTEST", "hunger", ["Seven migrants"], []), E("COERCE", "arrest", [], ["Seven migrants"]))
P("Miners employed by Dravik Mining downed tools on Wednesday, demanding safety improvements after a fatal collapse.",
  "light-verb", E("PROTEST", "strike", ["Miners"], ["Dravik Mining"]))
P("The government raised bread prices by 40 percent overnight. By noon, crowds had gathered outside the Karvian Trade Ministry chanting slogans against the decision.",
  "two-sentence", E("PROTEST", "demo", ["crowds"], ["Karvian Trade Ministry"]))
P("Environmental activists chained themselves to the gates of the Halvorsen Petroleum refinery, halting deliveries for several hours.",
  "active", E("PROTEST", "obstruct", ["Environmental activists"], ["Halvorsen Petroleum"]))

# ---------------- SANCTION ----------------
P("A Bordurian court sentenced former mayor Teo Mallin to six years in prison for taking bribes from property developers.",
  "active", E("SANCTION", "convict", ["Bordurian court"], ["Teo Mallin"]))
P("Ruritania expelled four Freedonian diplomats on Tuesday and gave them 48 hours to leave the country.",
  "active", E("SANCTION", "expel", ["Ruritania"], ["four Freedonian diplomats"]))
P("Ostland formally withdrew from the Council of Coastal States on Friday, ending 30 years of membership.",
  "active", E("SANCTION", "withdraw", ["Ostland"], ["Council of Coastal States"]))
P("Velland suspended all trade with Ostland after the border shooting, the Vellandic economy ministry said.",
  "active", E("SANCTION", "discontinue", ["Velland"], ["Ostland"]))
P("The Eastern Maritime Alliance imposed sanctions on six Bordurian shipping firms accused of breaking the arms embargo.",
  "light-verb", E("SANCTION", "discontinue", ["Eastern Maritime Alliance"], ["six Bordurian shipping firms"]),
  E("ACCUSE", "allege", [], ["six Bordurian shipping firms"]))
P("Deputy Kiro Abend was expelled from the ruling National Renewal Party by its disciplinary committee on Thursday.",
  "passive-agent", E("SANCTION", "expel", ["disciplinary committee"], ["Kiro Abend"]))
P("Military aid to the Vellandic police has been frozen, the Freedonian embassy in Tirzan confirmed on Monday.",
  "passive-noagent", E("SANCTION", "withdraw", [], ["Vellandic police"]))
P("Karvia's decision to recall its ambassador from Borduria was announced late on Sunday by the foreign ministry.",
  "nominal-poss", E("SANCTION", "withdraw", ["Karvia"], ["Borduria"]))
P("The expulsion of the Syldavian trade attaché by Elmora was the third such diplomatic move this year.",
  "nominal-prep", E("SANCTION", "expel", ["Elmora"], ["Syldavian trade attaché"]))
P("Qadira slapped an embargo on farm imports from Freedonia on Thursday, escalating the pipeline dispute.",
  "light-verb", E("SANCTION", "discontinue", ["Qadira"], ["Freedonia"]))
P("The Syldavian Supreme Court ruled that the government's ban on the Green League was unconstitutional.",
  "active", E("SANCTION", "convict", ["Syldavian Supreme Court"], ["government"]),
  E("COERCE", "ban", ["government"], ["Green League"]))
P("Borduria said it had suspended its participation in the Carrowby peace talks until further notice.",
  "reported", E("SANCTION", "withdraw", ["Borduria"], []))
P("Freedonia, which cut off military aid to Qadira last spring, is now reviewing its development programmes in the region.",
  "relative", E("SANCTION", "withdraw", ["Freedonia"], ["Qadira"]))
P("Ostland Expels Vellandic Envoy Over Spy Row",
  "headline", E("SANCTION", "expel", ["Ostland"], ["Vellandic Envoy"]))
P("Karvia and Elmora broke off diplomatic relations with Qadira within hours of each other on Wednesday.",
  "coordinated", E("SANCTION", "discontinue", ["Karvia", "Elmora"], ["Qadira"]))
P("The Council of Coastal States plans to suspend Syldavia's membership at its next session in June.",
  "intended", E("SANCTION", "expel", ["Council of Coastal States"], ["Syldavia"], I))
P("Velland has not imposed sanctions on Ostlandic banks, despite repeated calls from opposition lawmakers.",
  "negated", E("SANCTION", "discontinue", ["Velland"], ["Ostlandic banks"], N),
  E("REQUEST", "change", ["opposition lawmakers"], ["Velland"]))
P("The Ostland Democratic Party has expelled three councillors who voted with the opposition on the budget.",
  "perfect", E("SANCTION", "expel", ["Ostland Democratic Party"], ["three councillors"]))
P("President Edda Varn sacked army chief Bo Ketter on Friday, hours after the failed offensive in the north.",
  "active", E("SANCTION", "expel", ["Edda Varn"], ["Bo Ketter"]))
P("A Karvian court found the Interior Ministry liable for the deaths of two detainees and ordered it to pay damages.",
  "coordinated", E("SANCTION", "convict", ["Karvian court"], ["Interior Ministry"]))
P("Former Freedonian customs chief Arlo Penn pleaded guilty to smuggling charges at a court in Carrowby on Wednesday.",
  "active", E("SANCTION", "convict", [], ["Arlo Penn"]))
P("Ostland moved to cut gas supplies to Velland on Monday, citing unpaid bills worth 200 million crowns.",
  "complement", E("SANCTION", "discontinue", ["Ostland"], ["Velland"]))
P("Syldavia pulled its election observers out of Karvia, saying their safety could no longer be guaranteed.",
  "active", E("SANCTION", "withdraw", ["Syldavia"], ["Karvia"]))
P("Elmora would leave the Eastern Maritime Alliance if voters rejected the new charter in next month's referendum, Prime Minister Aldo Brenner said.",
  "hypothetical", E("SANCTION", "withdraw", ["Elmora"], ["Eastern Maritime Alliance"], H))
P("Syldavian banker Otto Weil was arrested in 2023. On Thursday a court in Port Amsel convicted him of laundering money for the Red Ridge Brigades.",
  "two-sentence", E("COERCE", "arrest", [], ["Otto Weil"]),
  E("SANCTION", "convict", ["court in Port Amsel"], ["Otto Weil"]))
P("Qadira's central bank froze the assets of 14 Freedonian companies under new sanctions rules.",
  "active", E("SANCTION", "discontinue", ["Qadira's central bank"], ["14 Freedonian companies"]))

# ---------------- MOBILIZE ----------------
P("Ostland deployed two armoured brigades to its border with Velland on Sunday, the defence ministry said.",
  "active", E("MOBILIZE", "troops", ["Ostland"], ["Velland"]))
P("Karvia test-fired a new medium-range ballistic missile into the sea off its eastern coast.",
  "active", E("MOBILIZE", "weapons", ["Karvia"], []))
P("Riot police were deployed across central Tirzan on Friday ahead of a planned opposition rally.",
  "passive-noagent", E("MOBILIZE", "police", ["Riot police"], []),
  E("PROTEST", "demo", ["opposition"], [], I))
P("The Northern Shield militia called up thousands of reservists in the hills around Kessany this week.",
  "active", E("MOBILIZE", "militia", ["Northern Shield"], []))
P("Warships were sent to the Meran islands by Elmora after a week of rising tension with Ostland.",
  "passive-agent", E("MOBILIZE", "weapons", ["Elmora"], []))
P("Velland's mobilisation of 50,000 reservists over the weekend has alarmed neighbouring governments, diplomats in Carrowby said.",
  "nominal-poss", E("MOBILIZE", "troops", ["Velland"], []))
P("The deployment of fighter jets by Ruritania to an airbase near the Freedonian border has raised fears of war.",
  "nominal-prep", E("MOBILIZE", "weapons", ["Ruritania"], []))
P("The Bordurian army put its air-defence units on high alert after unidentified drones were spotted near the capital.",
  "light-verb", E("MOBILIZE", "weapons", ["Bordurian army"], []))
P("Karvia has massed tanks and artillery near its frontier with Borduria, according to a defence think tank in Olgarde.",
  "reported", E("MOBILIZE", "weapons", ["Karvia"], ["Borduria"]))
P("The 4th Mountain Division, which was moved to the northern frontier last month, is commanded by General Asa Norn.",
  "relative", E("MOBILIZE", "troops", ["4th Mountain Division"], []))
P("Freedonia Puts Troops on Alert as Qadira Tensions Mount",
  "headline", E("MOBILIZE", "troops", ["Freedonia"], []))
P("Ostland and Karvia each sent additional troops to their borders with Velland over the weekend.",
  "coordinated", E("MOBILIZE", "troops", ["Ostland", "Karvia"], ["Velland"]))
P("Syldavia will deploy 1,200 soldiers to the border with Borduria next month, the defence ministry said.",
  "intended", E("MOBILIZE", "troops", ["Syldavia"], ["Borduria"], I))
P("Velland has not mobilised its reserves, despite troop movements by Ostland along the river.",
  "negated", E("MOBILIZE", "troops", ["Velland"], [], N), E("MOBILIZE", "troops", ["Ostland"], []))
P("Elmora has tested a new submarine-launched cruise missile, the Elmoran navy said on Tuesday.",
  "perfect", E("MOBILIZE", "weapons", ["Elmora"], []))
P("The Karvian Interior Ministry placed all police units in the capital on maximum alert ahead of the verdict.",
  "light-verb", E("MOBILIZE", "police", ["Karvian Interior Ministry"], []))
P("Qadira ordered its navy to escort oil tankers through the Strait of Kel from Monday.",
  "complement", E("MOBILIZE", "weapons", ["Qadira"], []))
P("Red Ridge Brigades fighters massed in villages near Vallor on Thursday, residents said.",
  "reported", E("MOBILIZE", "militia", ["Red Ridge Brigades"], []))
P("Borduria launched large-scale military exercises near its border with Syldavia on Monday, involving 20,000 troops.",
  "light-verb", E("MOBILIZE", "troops", ["Borduria"], ["Syldavia"]))
P("About 30,000 reservists have been called up across Karvia, the defence ministry confirmed on Wednesday.",
  "passive-noagent", E("MOBILIZE", "troops", ["reservists"], []))
P("Ostland raised the readiness of its nuclear forces in response to Velland's missile test on Saturday.",
  "active", E("MOBILIZE", "weapons", ["Ostland"], []), E("MOBILIZE", "weapons", ["Velland"], []))
P("The Karvian government declared the opposition march illegal. It then deployed riot police across the capital.",
  "two-sentence", E("COERCE", "ban", ["Karvian government"], ["opposition"]),
  E("MOBILIZE", "police", ["Karvian government"], []))
P("Under the contingency plan, Ruritanian paratroopers would be flown to Carrowby if the unrest spread.",
  "hypothetical", E("MOBILIZE", "troops", ["Ruritanian paratroopers"], [], H))
P("According to Vellandic officials, Ostland has moved 40 tanks to within five kilometres of the frontier.",
  "reported", E("MOBILIZE", "weapons", ["Ostland"], []))
P("The People's Resistance Army ordered its fighters to regroup in the mountains north of Olgarde, a rebel spokesman said.",
  "complement", E("MOBILIZE", "militia", ["People's Resistance Army"], []))

# ---------------- COERCE ----------------
P("Karvian police arrested opposition leader Elsbet Krone at her home in Nesk early on Tuesday.",
  "active", E("COERCE", "arrest", ["Karvian police"], ["Elsbet Krone"]))
P("Officers from the Freedonian Financial Crimes Unit raided the offices of Halvorsen Petroleum in Carrowby on Monday.",
  "active", E("COERCE", "seize", ["Freedonian Financial Crimes Unit"], ["Halvorsen Petroleum"]))
P("The Syldavian government banned the Green League on Friday, accusing it of links to armed groups.",
  "active", E("COERCE", "ban", ["Syldavian government"], ["Green League"]),
  E("ACCUSE", "allege", ["Syldavian government"], ["Green League"]))
P("Vellandic authorities blocked access to three independent news websites on the eve of the vote.",
  "active", E("COERCE", "censor", ["Vellandic authorities"], ["three independent news websites"]))
P("The Ruritanian junta imposed a dusk-to-dawn curfew in Carrowby after two nights of unrest.",
  "active", E("COERCE", "curfew", ["Ruritanian junta"], []))
P("President Dusan Mirek declared a state of emergency in the restive Kessany province on Thursday.",
  "active", E("COERCE", "curfew", ["Dusan Mirek"], []))
P("Elmora deported 14 Qadiri migrant workers who had taken part in a wage protest at a construction site.",
  "relative", E("COERCE", "deport", ["Elmora"], ["14 Qadiri migrant workers"]),
  E("PROTEST", "demo", ["14 Qadiri migrant workers"], []))
P("Ostland cut off electricity and water supplies to the rebel-held town of Vallor on Wednesday.",
  "active", E("COERCE", "withhold", ["Ostland"], []))
P("Hackers working for Karvian military intelligence broke into the email servers of the Bordurian foreign ministry.",
  "active", E("COERCE", "cyber", ["Hackers"], ["Bordurian foreign ministry"]))
P("Freedonian state media ran a coordinated disinformation campaign against Qadiri election candidates, researchers found.",
  "light-verb", E("COERCE", "misinformation", ["Freedonian state media"], ["Qadiri election candidates"]))
P("Journalist Vera Holm was detained by Ostlandic border guards as she tried to leave the country.",
  "passive-agent", E("COERCE", "arrest", ["Ostlandic border guards"], ["Vera Holm"]))
P("Dozens of opposition activists were rounded up overnight in the capital, their lawyers said.",
  "passive-noagent", E("COERCE", "arrest", [], ["opposition activists"]))
P("The Ruritanian army's seizure of the state broadcaster's headquarters came hours before the announcement of the coup.",
  "nominal-poss", E("COERCE", "seize", ["Ruritanian army"], ["state broadcaster"]))
P("The detention of six Karvian fishermen by the Elmoran coast guard has caused anger in Nesk.",
  "nominal-prep", E("COERCE", "arrest", ["Elmoran coast guard"], ["six Karvian fishermen"]))
P("Police carried out dawn searches at the homes of five Green League officials on Thursday.",
  "light-verb", E("COERCE", "seize", ["Police"], ["five Green League officials"]))
P("Vellandic security forces sealed off the university district in Tirzan after two days of unrest.",
  "active", E("COERCE", "restrict", ["Vellandic security forces"], []))
P("The Ruritanian Interior Ministry said it had confiscated the passports of 30 opposition figures.",
  "reported", E("COERCE", "seize", ["Ruritanian Interior Ministry"], ["30 opposition figures"]))
P("The Freedonian Interior Ministry, which shut down mobile internet in three northern provinces last week, said service would return on Monday.",
  "relative", E("COERCE", "withhold", ["Freedonian Interior Ministry"], []),
  E("CONCEDE", None, ["Freedonian Interior Ministry"], []))
P("Syldavia Arrests Bordurian Journalist at Port Amsel Airport",
  "headline", E("COERCE", "arrest", ["Syldavia"], ["Bordurian Journalist"]))
P("Police arrested and later charged two Karvia Forward organisers with inciting unrest.",
  "coordinated", E("COERCE", "arrest", ["Police"], ["two Karvia Forward organisers"]),
  E("ACCUSE", "allege", ["Police"], ["two Karvia Forward organisers"]))
P("The Elmoran government plans to ban all public gatherings in the capital during next month's summit.",
  "intended", E("COERCE", "restrict", ["Elmoran government"], [], I))
P("Police did not detain anyone during Sunday's march through Olgarde, organisers said.",
  "negated", E("COERCE", "arrest", ["Police"], [], N))
P("A Qadiri court placed former oil minister Hal Grennick under house arrest on Tuesday.",
  "active", E("COERCE", "arrest", ["Qadiri court"], ["Hal Grennick"]))
P("Vera Holm's newspaper had published a series on army corruption. Days later, military police confiscated its printing presses.",
  "two-sentence", E("COERCE", "seize", ["military police"], ["Vera Holm's newspaper"]))
P("Bordurian forces have blocked food deliveries to the Syldavian enclave of Mirov for a month, aid agencies said.",
  "perfect", E("COERCE", "withhold", ["Bordurian forces"], []))
P("FRT reporters were expelled from Qadira on Sunday after the broadcaster aired an interview with a rebel leader.",
  "passive-noagent", E("COERCE", "deport", [], ["FRT reporters"]))

# ---------------- ASSAULT ----------------
P("The Ostlandic air force bombed positions held by the Vellandic army near Dunmere overnight.",
  "active", E("ASSAULT", "aerial", ["Ostlandic air force"], ["Vellandic army"]))
P("Gunmen opened fire on supporters of Corin Vade at a rally in Olgarde, killing two people.",
  "light-verb", E("ASSAULT", "firearms", ["Gunmen"], ["supporters of Corin Vade"]))
P("A car bomb planted by the Red Ridge Brigades exploded outside a police station in Vallor, wounding 11 officers.",
  "passive-agent", E("ASSAULT", "explosives", ["Red Ridge Brigades"], ["11 officers"]))
P("Karvia carried out drone strikes on a fuel depot on the outskirts of the Bordurian city of Mirov.",
  "light-verb", E("ASSAULT", "drone", ["Karvia"], []))
P("Bordurian forces shelled the Syldavian border town of Brenz for a second night, damaging the hospital.",
  "active", E("ASSAULT", "heavy-weapons", ["Bordurian forces"], []))
P("Opposition politician Mila Ostrow was shot dead outside her home in Tirzan on Saturday evening.",
  "passive-noagent", E("ASSAULT", "assassinate", [], ["Mila Ostrow"]))
P("Fighters from the People's Resistance Army kidnapped a Freedonian aid worker in the hills near Olgarde.",
  "active", E("ASSAULT", "abduct", ["People's Resistance Army"], ["Freedonian aid worker"]))
P("A Council of Coastal States report found that detainees had been tortured by Ruritanian military intelligence.",
  "passive-agent", E("ASSAULT", "torture", ["Ruritanian military intelligence"], ["detainees"]),
  E("ACCUSE", "allege", ["Council of Coastal States"], ["Ruritanian military intelligence"]))
P("Plainclothes officers beat a Green League candidate with batons during a campaign event in Port Amsel.",
  "active", E("ASSAULT", "beat", ["Plainclothes officers"], ["Green League candidate"]))
P("Militiamen from the Northern Shield massacred at least 40 villagers in the Kessany valley, survivors said.",
  "reported", E("ASSAULT", "massacre", ["Northern Shield"], ["villagers"]))
P("A suicide bomber attacked a Karvian army checkpoint near Nesk on Monday, killing six soldiers.",
  "active", E("ASSAULT", "suicide-attack", ["suicide bomber"], ["Karvian army"]))
P("Riot police used water cannon to disperse striking miners outside the Dravik Mining headquarters.",
  "complement", E("ASSAULT", "crowd-control", ["Riot police"], ["striking miners"]))
P("Syldavian troops razed three villages suspected of sheltering rebels in the Kel highlands.",
  "active", E("ASSAULT", "destroy", ["Syldavian troops"], []))
P("Bordurian militias forced thousands of ethnic Karvians from their homes in the Mirov district last month.",
  "active", E("ASSAULT", "cleansing", ["Bordurian militias"], ["ethnic Karvians"]))
P("The Karvian army used chlorine gas against rebel fighters in the town of Lesk, killing at least 12 people.",
  "active", E("ASSAULT", "unconventional", ["Karvian army"], ["rebel fighters"]))
P("Two Elmoran peacekeepers were killed by sniper fire from Northern Shield positions on Tuesday.",
  "passive-agent", E("ASSAULT", "firearms", ["Northern Shield"], ["Two Elmoran peacekeepers"]))
P("The rebels' attack on the Vallor garrison left at least 30 soldiers dead and dozens wounded.",
  "nominal-poss", E("ASSAULT", None, ["rebels"], ["Vallor garrison"]))
P("The shelling of the town of Lesk by Bordurian forces on Sunday has drawn international condemnation.",
  "nominal-prep", E("ASSAULT", "heavy-weapons", ["Bordurian forces"], []),
  E("ACCUSE", "disapprove", [], ["Bordurian forces"]))
P("Rebels Ambush Army Convoy in Northern Karvia, Killing 14",
  "headline", E("ASSAULT", None, ["Rebels"], ["Army Convoy"]))
P("The Vellandic army said it had killed 25 Velland Liberation Front fighters in an air raid on their mountain base.",
  "reported", E("ASSAULT", "aerial", ["Vellandic army"], ["25 Velland Liberation Front fighters"]))
P("The Northern Shield, which attacked a refugee camp near Kessany last month, is led by Ansel Dray.",
  "relative", E("ASSAULT", None, ["Northern Shield"], ["refugee camp"]))
P("Ostlandic and Vellandic troops exchanged fire across the river for several hours on Tuesday.",
  "coordinated", E("ASSAULT", "firearms", ["Ostlandic troops", "Vellandic troops"], []))
P("The Bordurian air force is preparing to strike rebel bases in the south, a military source said.",
  "intended", E("ASSAULT", "aerial", ["Bordurian air force"], ["rebel bases"], I))
P("Karvian forces did not open fire on the Bordurian patrol boat, video footage reviewed by the agency showed.",
  "negated", E("ASSAULT", "firearms", ["Karvian forces"], ["Bordurian patrol boat"], N))
P("Mara Kell had led the campaign against the dam for years. On Friday she was stabbed by a man shouting pro-government slogans.",
  "two-sentence", E("ASSAULT", "primitive", ["man"], ["Mara Kell"]))
P("Armed men hijacked a Freedonian passenger bus near the Qadiri border and took 23 people hostage.",
  "coordinated", E("ASSAULT", "abduct", ["Armed men"], ["23 people"]))
P("Qadira executed two men convicted of plotting to overthrow the government, the justice ministry said.",
  "reported", E("ASSAULT", "execute", ["Qadira"], ["two men"]), E("SANCTION", "convict", [], ["two men"]))

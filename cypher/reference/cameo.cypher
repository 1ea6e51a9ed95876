// CAMEO event types with their Goldstein weights: every CAMEO 1.1b3 event code (20 roots and their sub-codes)
// as an (:EventType {id, code, name, goldstein, root}) node. Facts point at their type with -[:OF_TYPE]->, and
// cooperation strength reads each fact's weight from here: edit a goldstein value and run this file again (or
// restart Entente, which re-applies a changed file) to change the scoring. No recompiling.
// Sources: codes and labels from the CAMEO Event and Actor Codebook 1.1b3 (Schrodt, 2012,
// http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf); weights from Goldstein, J. S. (1992),
// "A Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict Resolution 36(2), as mapped to CAMEO
// in GDELT's CAMEO.goldsteinscale.txt. See CAMEO.md for the five codes that take their parent's weight.
// Idempotent. Parameters: none.
// The table is one string, a line per event type (code|name|goldstein|root): Neo4j compiles one string in
// milliseconds, where the same rows as map literals took seconds to compile (about 10 ms a row).
WITH "
01|MAKE PUBLIC STATEMENT|0.0|01
010|Make statement, not specified below|0.0|01
011|Decline comment|-0.1|01
012|Make pessimistic comment|-0.4|01
013|Make optimistic comment|0.4|01
014|Consider policy option|0.0|01
015|Acknowledge or claim responsibility|0.0|01
016|Deny responsibility|-2.0|01
017|Engage in symbolic act|0.0|01
018|Make empathetic comment|3.4|01
019|Express accord|3.4|01
02|APPEAL|3.0|02
020|Make an appeal or request, not specified below|3.0|02
021|Appeal for material cooperation, not specified below|3.4|02
0211|Appeal for economic cooperation|3.4|02
0212|Appeal for military cooperation|3.4|02
0213|Appeal for judicial cooperation|3.4|02
0214|Appeal for intelligence|3.4|02
022|Appeal for diplomatic cooperation (such as policy support)|3.2|02
023|Appeal for aid, not specified below|3.4|02
0231|Appeal for economic aid|3.4|02
0232|Appeal for military aid|3.4|02
0233|Appeal for humanitarian aid|3.4|02
0234|Appeal for military protection or peacekeeping|3.4|02
024|Appeal for political reform, not specified below|-0.3|02
0241|Appeal for change in leadership|-0.3|02
0242|Appeal for policy change|-0.3|02
0243|Appeal for rights|-0.3|02
0244|Appeal for change in institutions, regime|-0.3|02
025|Appeal to yield, not specified below|-0.3|02
0251|Appeal for easing of administrative sanctions|-0.3|02
0252|Appeal for easing of political dissent|-0.3|02
0253|Appeal for release of persons or property|-0.3|02
0254|Appeal for easing of economic sanctions, boycott, or embargo|-0.3|02
0255|Appeal for target to allow international involvement (non-mediation)|-0.3|02
0256|Appeal for de-escalation of military engagement|-0.3|02
026|Appeal to others to meet or negotiate|4.0|02
027|Appeal to others to settle dispute|4.0|02
028|Appeal to engage in or accept mediation|4.0|02
03|EXPRESS INTENT TO COOPERATE|4.0|03
030|Express intent to cooperate, not specified below|4.0|03
031|Express intent to engage in material cooperation, not specified below|5.2|03
0311|Express intent to cooperate economically|5.2|03
0312|Express intent to cooperate militarily|5.2|03
0313|Express intent to cooperate on judicial matters|5.2|03
0314|Express intent to cooperate on intelligence|5.2|03
032|Express intent to engage in diplomatic cooperation (such as policy support)|4.5|03
033|Express intent to provide material aid, not specified below|5.2|03
0331|Express intent to provide economic aid|5.2|03
0332|Express intent to provide military aid|5.2|03
0333|Express intent to provide humanitarian aid|5.2|03
0334|Express intent to provide military protection or peacekeeping|6.0|03
034|Express intent to institute political reform, not specified below|7.0|03
0341|Express intent to change leadership|7.0|03
0342|Express intent to change policy|7.0|03
0343|Express intent to provide rights|7.0|03
0344|Express intent to change institutions, regime|7.0|03
035|Express intent to yield, not specified below|7.0|03
0351|Express intent to ease administrative sanctions|7.0|03
0352|Express intent to ease popular dissent|7.0|03
0353|Express intent to release persons or property|7.0|03
0354|Express intent to ease economic sanctions, boycott, or embargo|7.0|03
0355|Express intent to allow international involvement (non-mediation)|7.0|03
0356|Express intent to de-escalate military engagement|7.0|03
036|Express intent to meet or negotiate|4.0|03
037|Express intent to settle dispute|5.0|03
038|Express intent to accept mediation|7.0|03
039|Express intent to mediate|5.0|03
04|CONSULT|1.0|04
040|Consult, not specified below|1.0|04
041|Discuss by telephone|1.0|04
042|Make a visit|1.9|04
043|Host a visit|2.8|04
044|Meet at a 'third' location|2.5|04
045|Mediate|5.0|04
046|Engage in negotiation|7.0|04
05|ENGAGE IN DIPLOMATIC COOPERATION|3.5|05
050|Engage in diplomatic cooperation, not specified below|3.5|05
051|Praise or endorse|3.4|05
052|Defend verbally|3.5|05
053|Rally support on behalf of|3.8|05
054|Grant diplomatic recognition|6.0|05
055|Apologize|7.0|05
056|Forgive|7.0|05
057|Sign formal agreement|8.0|05
06|ENGAGE IN MATERIAL COOPERATION|6.0|06
060|Engage in material cooperation, not specified below|6.0|06
061|Cooperate economically|6.4|06
062|Cooperate militarily|7.4|06
063|Engage in judicial cooperation|7.4|06
064|Share intelligence or information|7.0|06
07|PROVIDE AID|7.0|07
070|Provide aid, not specified below|7.0|07
071|Provide economic aid|7.4|07
072|Provide military aid|8.3|07
073|Provide humanitarian aid|7.4|07
074|Provide military protection or peacekeeping|8.5|07
075|Grant asylum|7.0|07
08|YIELD|5.0|08
080|Yield, not specified below|5.0|08
081|Ease administrative sanctions, not specified below|5.0|08
0811|Ease restrictions on political freedoms|5.0|08
0812|Ease ban on political parties or politicians|5.0|08
0813|Ease curfew|5.0|08
0814|Ease state of emergency or martial law|5.0|08
082|Ease political dissent|5.0|08
083|Accede to requests or demands for political reform, not specified below|5.0|08
0831|Accede to demands for change in leadership|5.0|08
0832|Accede to demands for change in policy|5.0|08
0833|Accede to demands for rights|5.0|08
0834|Accede to demands for change in institutions, regime|5.0|08
084|Return, release, not specified below|7.0|08
0841|Return, release person(s)|7.0|08
0842|Return, release property|7.0|08
085|Ease economic sanctions, boycott, embargo|7.0|08
086|Allow international involvement, not specified below|9.0|08
0861|Receive deployment of peacekeepers|9.0|08
0862|Receive inspectors|9.0|08
0863|Allow humanitarian access|9.0|08
087|De-escalate military engagement|9.0|08
0871|Declare truce, ceasefire|9.0|08
0872|Ease military blockade|9.0|08
0873|Demobilize armed forces|9.0|08
0874|Retreat or surrender militarily|10.0|08
09|INVESTIGATE|-2.0|09
090|Investigate, not specified below|-2.0|09
091|Investigate crime, corruption|-2.0|09
092|Investigate human rights abuses|-2.0|09
093|Investigate military action|-2.0|09
094|Investigate war crimes|-2.0|09
10|DEMAND|-5.0|10
100|Demand, not specified below|-5.0|10
101|Demand material cooperation, not specified below|-5.0|10
1011|Demand economic cooperation|-5.0|10
1012|Demand military cooperation|-5.0|10
1013|Demand judicial cooperation|-5.0|10
1014|Demand intelligence cooperation|-5.0|10
102|Demand diplomatic cooperation (such as policy support)|-5.0|10
103|Demand material aid, not specified below|-5.0|10
1031|Demand economic aid|-5.0|10
1032|Demand military aid|-5.0|10
1033|Demand humanitarian aid|-5.0|10
1034|Demand military protection or peacekeeping|-5.0|10
104|Demand political reform, not specified below|-5.0|10
1041|Demand change in leadership|-5.0|10
1042|Demand policy change|-5.0|10
1043|Demand rights|-5.0|10
1044|Demand change in institutions, regime|-5.0|10
105|Demand that target yields, not specified below|-5.0|10
1051|Demand easing of administrative sanctions|-5.0|10
1052|Demand easing of political dissent|-5.0|10
1053|Demand release of persons or property|-5.0|10
1054|Demand easing of economic sanctions, boycott, or embargo|-5.0|10
1055|Demand that target allows international involvement (non-mediation)|-5.0|10
1056|Demand de-escalation of military engagement|-5.0|10
106|Demand meeting, negotiation|-5.0|10
107|Demand settling of dispute|-5.0|10
108|Demand mediation|-5.0|10
11|DISAPPROVE|-2.0|11
110|Disapprove, not specified below|-2.0|11
111|Criticize or denounce|-2.0|11
112|Accuse, not specified below|-2.0|11
1121|Accuse of crime, corruption|-2.0|11
1122|Accuse of human rights abuses|-2.0|11
1123|Accuse of aggression|-2.0|11
1124|Accuse of war crimes|-2.0|11
1125|Accuse of espionage, treason|-2.0|11
113|Rally opposition against|-2.0|11
114|Complain officially|-2.0|11
115|Bring lawsuit against|-2.0|11
116|Find guilty or liable (legally)|-2.0|11
12|REJECT|-4.0|12
120|Reject, not specified below|-4.0|12
121|Reject material cooperation|-4.0|12
1211|Reject economic cooperation|-4.0|12
1212|Reject military cooperation|-4.0|12
122|Reject request or demand for material aid, not specified below|-4.0|12
1221|Reject request for economic aid|-4.0|12
1222|Reject request for military aid|-4.0|12
1223|Reject request for humanitarian aid|-4.0|12
1224|Reject request for military protection or peacekeeping|-4.0|12
123|Reject request or demand for political reform, not specified below|-4.0|12
1231|Reject request for change in leadership|-4.0|12
1232|Reject request for policy change|-4.0|12
1233|Reject request for rights|-4.0|12
1234|Reject request for change in institutions, regime|-4.0|12
124|Refuse to yield, not specified below|-4.0|12
1241|Refuse to ease administrative sanctions|-4.0|12
1242|Refuse to ease popular dissent|-4.0|12
1243|Refuse to release persons or property|-4.0|12
1244|Refuse to ease economic sanctions, boycott, or embargo|-4.0|12
1245|Refuse to allow international involvement (non mediation)|-4.0|12
1246|Refuse to de-escalate military engagement|-4.0|12
125|Reject proposal to meet, discuss, or negotiate|-5.0|12
126|Reject mediation|-5.0|12
127|Reject plan, agreement to settle dispute|-5.0|12
128|Defy norms, law|-5.0|12
129|Veto|-5.0|12
13|THREATEN|-6.0|13
130|Threaten, not specified below|-4.4|13
131|Threaten non-force, not specified below|-5.8|13
1311|Threaten to reduce or stop aid|-5.8|13
1312|Threaten with sanctions, boycott, embargo|-5.8|13
1313|Threaten to reduce or break relations|-5.8|13
132|Threaten with administrative sanctions, not specified below|-5.8|13
1321|Threaten with restrictions on political freedoms|-5.8|13
1322|Threaten to ban political parties or politicians|-5.8|13
1323|Threaten to impose curfew|-5.8|13
1324|Threaten to impose state of emergency or martial law|-5.8|13
133|Threaten with political dissent, protest|-5.8|13
134|Threaten to halt negotiations|-5.8|13
135|Threaten to halt mediation|-5.8|13
136|Threaten to halt international involvement (non-mediation)|-7.0|13
137|Threaten with repression|-7.0|13
138|Threaten with military force, not specified below|-7.0|13
1381|Threaten blockade|-7.0|13
1382|Threaten occupation|-7.0|13
1383|Threaten unconventional violence|-7.0|13
1384|Threaten conventional attack|-7.0|13
1385|Threaten attack with WMD|-7.0|13
139|Give ultimatum|-7.0|13
14|PROTEST|-6.5|14
140|Engage in political dissent, not specified below|-6.5|14
141|Demonstrate or rally, not specified below|-6.5|14
1411|Demonstrate for leadership change|-6.5|14
1412|Demonstrate for policy change|-6.5|14
1413|Demonstrate for rights|-6.5|14
1414|Demonstrate for change in institutions, regime|-6.5|14
142|Conduct hunger strike, not specified below|-6.5|14
1421|Conduct hunger strike for leadership change|-6.5|14
1422|Conduct hunger strike for policy change|-6.5|14
1423|Conduct hunger strike for rights|-6.5|14
1424|Conduct hunger strike for change in institutions, regime|-6.5|14
143|Conduct strike or boycott, not specified below|-6.5|14
1431|Conduct strike or boycott for leadership change|-6.5|14
1432|Conduct strike or boycott for policy change|-6.5|14
1433|Conduct strike or boycott for rights|-6.5|14
1434|Conduct strike or boycott for change in institutions, regime|-6.5|14
144|Obstruct passage, block, not specified below|-7.5|14
1441|Obstruct passage to demand leadership change|-7.5|14
1442|Obstruct passage to demand policy change|-7.5|14
1443|Obstruct passage to demand rights|-7.5|14
1444|Obstruct passage to demand change in institutions, regime|-7.5|14
145|Protest violently, riot, not specified below|-7.5|14
1451|Engage in violent protest for leadership change|-7.5|14
1452|Engage in violent protest for policy change|-7.5|14
1453|Engage in violent protest for rights|-7.5|14
1454|Engage in violent protest for change in institutions, regime|-7.5|14
15|EXHIBIT FORCE POSTURE|-7.2|15
150|Demonstrate military or police power, not specified below|-7.2|15
151|Increase police alert status|-7.2|15
152|Increase military alert status|-7.2|15
153|Mobilize or increase police power|-7.2|15
154|Mobilize or increase armed forces|-7.2|15
155|Mobilize or increase cyber-forces|-7.2|15
16|REDUCE RELATIONS|-4.0|16
160|Reduce relations, not specified below|-4.0|16
161|Reduce or break diplomatic relations|-4.0|16
162|Reduce or stop material aid, not specified below|-5.6|16
1621|Reduce or stop economic assistance|-5.6|16
1622|Reduce or stop military assistance|-5.6|16
1623|Reduce or stop humanitarian assistance|-5.6|16
163|Impose embargo, boycott, or sanctions|-8.0|16
164|Halt negotiations|-7.0|16
165|Halt mediation|-6.5|16
166|Expel or withdraw, not specified below|-7.0|16
1661|Expel or withdraw peacekeepers|-7.0|16
1662|Expel or withdraw inspectors, observers|-7.0|16
1663|Expel or withdraw aid agencies|-7.0|16
17|COERCE|-7.0|17
170|Coerce, not specified below|-7.0|17
171|Seize or damage property, not specified below|-9.2|17
1711|Confiscate property|-9.2|17
1712|Destroy property|-9.2|17
172|Impose administrative sanctions, not specified below|-5.0|17
1721|Impose restrictions on political freedoms|-5.0|17
1722|Ban political parties or politicians|-5.0|17
1723|Impose curfew|-5.0|17
1724|Impose state of emergency or martial law|-5.0|17
173|Arrest, detain, or charge with legal action|-5.0|17
174|Expel or deport individuals|-5.0|17
175|Use tactics of violent repression|-9.0|17
176|Attack cybernetically|-7.0|17
18|ASSAULT|-9.0|18
180|Use unconventional violence, not specified below|-9.0|18
181|Abduct, hijack, or take hostage|-9.0|18
182|Physically assault, not specified below|-9.5|18
1821|Sexually assault|-9.0|18
1822|Torture|-9.0|18
1823|Kill by physical assault|-10.0|18
183|Conduct suicide, car, or other non-military bombing, not specified below|-10.0|18
1831|Carry out suicide bombing|-10.0|18
1832|Carry out vehicular bombing|-10.0|18
1833|Carry out roadside bombing|-10.0|18
1834|Carry out location bombing|-10.0|18
184|Use as human shield|-8.0|18
185|Attempt to assassinate|-8.0|18
186|Assassinate|-10.0|18
19|FIGHT|-10.0|19
190|Use conventional military force, not specified below|-10.0|19
191|Impose blockade, restrict movement|-9.5|19
192|Occupy territory|-9.5|19
193|Fight with small arms and light weapons|-10.0|19
194|Fight with artillery and tanks|-10.0|19
195|Employ aerial weapons, not specified below|-10.0|19
1951|Employ precision-guided aerial munitions|-10.0|19
1952|Employ remotely piloted aerial munitions|-10.0|19
196|Violate ceasefire|-9.5|19
20|USE UNCONVENTIONAL MASS VIOLENCE|-10.0|20
200|Use unconventional mass violence, not specified below|-10.0|20
201|Engage in mass expulsion|-9.5|20
202|Engage in mass killings|-10.0|20
203|Engage in ethnic cleansing|-10.0|20
204|Use weapons of mass destruction, not specified below|-10.0|20
2041|Use chemical, biological, or radiological weapons|-10.0|20
2042|Detonate nuclear weapons|-10.0|20
" AS table
UNWIND [line IN split(trim(table), '\n') | split(line, '|')] AS f
WITH {code: f[0], name: f[1], goldstein: toFloat(f[2]), root: f[3]} AS row
MERGE (t:EventType {code: row.code})
SET t += row, t.id = 'cameo-' + row.code, t.system = 'CAMEO 1.1b3';

// Countries: every officially assigned ISO 3166-1 country and territory (249), keyed by alpha-3, with alpha-2,
// numeric code, ISO short name, Correlates of War state code and abbreviation where one exists, and Wikidata QID,
// each DESCRIBED_IN the reference-data source. `name` is the ISO short name unless a source has already named the
// country (the seed calls RUS "Russia"); the ISO name is always kept as `isoName`, and as an alias when it is not
// the name, for search.
// Sources and the rows with doubts: COUNTRIES.md. Idempotent. Parameters: none.
MERGE (s:Source {id: 'src-reference-country-codes'})
SET s += {name: 'Country codes: ISO 3166-1, Correlates of War state list v2016, Wikidata', nameKnown: true,
          kind: 'reference data', date: date('2026-11-28'),
          note: 'ISO 3166-1 codes and names (Debian iso-codes 4.15.0), COW State System Membership List v2016, Wikidata QIDs.'};

// The table is one string, a line per country (iso3|iso2|numeric|isoName|cowCode|cowAbbrev|wikidata, empty where
// unknown): Neo4j compiles one string in milliseconds, where the same rows as map literals took seconds.
WITH "
ABW|AW|533|Aruba|||Q21203
AFG|AF|004|Afghanistan|700|AFG|Q889
AGO|AO|024|Angola|540|ANG|Q916
AIA|AI|660|Anguilla|||Q25228
ALA|AX|248|Åland Islands|||Q5689
ALB|AL|008|Albania|339|ALB|Q222
AND|AD|020|Andorra|232|AND|Q228
ARE|AE|784|United Arab Emirates|696|UAE|Q878
ARG|AR|032|Argentina|160|ARG|Q414
ARM|AM|051|Armenia|371|ARM|Q399
ASM|AS|016|American Samoa|||Q16641
ATA|AQ|010|Antarctica|||Q51
ATF|TF|260|French Southern Territories|||Q129003
ATG|AG|028|Antigua and Barbuda|58|AAB|Q781
AUS|AU|036|Australia|900|AUL|Q408
AUT|AT|040|Austria|305|AUS|Q40
AZE|AZ|031|Azerbaijan|373|AZE|Q227
BDI|BI|108|Burundi|516|BUI|Q967
BEL|BE|056|Belgium|211|BEL|Q31
BEN|BJ|204|Benin|434|BEN|Q962
BES|BQ|535|Bonaire, Sint Eustatius and Saba|||Q27561
BFA|BF|854|Burkina Faso|439|BFO|Q965
BGD|BD|050|Bangladesh|771|BNG|Q902
BGR|BG|100|Bulgaria|355|BUL|Q219
BHR|BH|048|Bahrain|692|BAH|Q398
BHS|BS|044|Bahamas|31|BHM|Q778
BIH|BA|070|Bosnia and Herzegovina|346|BOS|Q225
BLM|BL|652|Saint Barthélemy|||Q25362
BLR|BY|112|Belarus|370|BLR|Q184
BLZ|BZ|084|Belize|80|BLZ|Q242
BMU|BM|060|Bermuda|||Q23635
BOL|BO|068|Bolivia, Plurinational State of|145|BOL|Q750
BRA|BR|076|Brazil|140|BRA|Q155
BRB|BB|052|Barbados|53|BAR|Q244
BRN|BN|096|Brunei Darussalam|835|BRU|Q921
BTN|BT|064|Bhutan|760|BHU|Q917
BVT|BV|074|Bouvet Island|||Q23408
BWA|BW|072|Botswana|571|BOT|Q963
CAF|CF|140|Central African Republic|482|CEN|Q929
CAN|CA|124|Canada|20|CAN|Q16
CCK|CC|166|Cocos (Keeling) Islands|||Q36004
CHE|CH|756|Switzerland|225|SWZ|Q39
CHL|CL|152|Chile|155|CHL|Q298
CHN|CN|156|China|710|CHN|Q148
CIV|CI|384|Côte d'Ivoire|437|CDI|Q1008
CMR|CM|120|Cameroon|471|CAO|Q1009
COD|CD|180|Congo, The Democratic Republic of the|490|DRC|Q974
COG|CG|178|Congo|484|CON|Q971
COK|CK|184|Cook Islands|||Q26988
COL|CO|170|Colombia|100|COL|Q739
COM|KM|174|Comoros|581|COM|Q970
CPV|CV|132|Cabo Verde|402|CAP|Q1011
CRI|CR|188|Costa Rica|94|COS|Q800
CUB|CU|192|Cuba|40|CUB|Q241
CUW|CW|531|Curaçao|||Q25279
CXR|CX|162|Christmas Island|||Q31063
CYM|KY|136|Cayman Islands|||Q5785
CYP|CY|196|Cyprus|352|CYP|Q229
CZE|CZ|203|Czechia|316|CZR|Q213
DEU|DE|276|Germany|255|GMY|Q183
DJI|DJ|262|Djibouti|522|DJI|Q977
DMA|DM|212|Dominica|54|DMA|Q784
DNK|DK|208|Denmark|390|DEN|Q35
DOM|DO|214|Dominican Republic|42|DOM|Q786
DZA|DZ|012|Algeria|615|ALG|Q262
ECU|EC|218|Ecuador|130|ECU|Q736
EGY|EG|818|Egypt|651|EGY|Q79
ERI|ER|232|Eritrea|531|ERI|Q986
ESH|EH|732|Western Sahara|||Q6250
ESP|ES|724|Spain|230|SPN|Q29
EST|EE|233|Estonia|366|EST|Q191
ETH|ET|231|Ethiopia|530|ETH|Q115
FIN|FI|246|Finland|375|FIN|Q33
FJI|FJ|242|Fiji|950|FIJ|Q712
FLK|FK|238|Falkland Islands (Malvinas)|||Q9648
FRA|FR|250|France|220|FRN|Q142
FRO|FO|234|Faroe Islands|||Q4628
FSM|FM|583|Micronesia, Federated States of|987|FSM|Q702
GAB|GA|266|Gabon|481|GAB|Q1000
GBR|GB|826|United Kingdom|200|UKG|Q145
GEO|GE|268|Georgia|372|GRG|Q230
GGY|GG|831|Guernsey|||Q25230
GHA|GH|288|Ghana|452|GHA|Q117
GIB|GI|292|Gibraltar|||Q1410
GIN|GN|324|Guinea|438|GUI|Q1006
GLP|GP|312|Guadeloupe|||Q17012
GMB|GM|270|Gambia|420|GAM|Q1005
GNB|GW|624|Guinea-Bissau|404|GNB|Q1007
GNQ|GQ|226|Equatorial Guinea|411|EQG|Q983
GRC|GR|300|Greece|350|GRC|Q41
GRD|GD|308|Grenada|55|GRN|Q769
GRL|GL|304|Greenland|||Q223
GTM|GT|320|Guatemala|90|GUA|Q774
GUF|GF|254|French Guiana|||Q3769
GUM|GU|316|Guam|||Q16635
GUY|GY|328|Guyana|110|GUY|Q734
HKG|HK|344|Hong Kong|||Q8646
HMD|HM|334|Heard Island and McDonald Islands|||Q131198
HND|HN|340|Honduras|91|HON|Q783
HRV|HR|191|Croatia|344|CRO|Q224
HTI|HT|332|Haiti|41|HAI|Q790
HUN|HU|348|Hungary|310|HUN|Q28
IDN|ID|360|Indonesia|850|INS|Q252
IMN|IM|833|Isle of Man|||Q9676
IND|IN|356|India|750|IND|Q668
IOT|IO|086|British Indian Ocean Territory|||Q43448
IRL|IE|372|Ireland|205|IRE|Q27
IRN|IR|364|Iran, Islamic Republic of|630|IRN|Q794
IRQ|IQ|368|Iraq|645|IRQ|Q796
ISL|IS|352|Iceland|395|ICE|Q189
ISR|IL|376|Israel|666|ISR|Q801
ITA|IT|380|Italy|325|ITA|Q38
JAM|JM|388|Jamaica|51|JAM|Q766
JEY|JE|832|Jersey|||Q785
JOR|JO|400|Jordan|663|JOR|Q810
JPN|JP|392|Japan|740|JPN|Q17
KAZ|KZ|398|Kazakhstan|705|KZK|Q232
KEN|KE|404|Kenya|501|KEN|Q114
KGZ|KG|417|Kyrgyzstan|703|KYR|Q813
KHM|KH|116|Cambodia|811|CAM|Q424
KIR|KI|296|Kiribati|946|KIR|Q710
KNA|KN|659|Saint Kitts and Nevis|60|SKN|Q763
KOR|KR|410|Korea, Republic of|732|ROK|Q884
KWT|KW|414|Kuwait|690|KUW|Q817
LAO|LA|418|Lao People's Democratic Republic|812|LAO|Q819
LBN|LB|422|Lebanon|660|LEB|Q822
LBR|LR|430|Liberia|450|LBR|Q1014
LBY|LY|434|Libya|620|LIB|Q1016
LCA|LC|662|Saint Lucia|56|SLU|Q760
LIE|LI|438|Liechtenstein|223|LIE|Q347
LKA|LK|144|Sri Lanka|780|SRI|Q854
LSO|LS|426|Lesotho|570|LES|Q1013
LTU|LT|440|Lithuania|368|LIT|Q37
LUX|LU|442|Luxembourg|212|LUX|Q32
LVA|LV|428|Latvia|367|LAT|Q211
MAC|MO|446|Macao|||Q14773
MAF|MF|663|Saint Martin (French part)|||Q126125
MAR|MA|504|Morocco|600|MOR|Q1028
MCO|MC|492|Monaco|221|MNC|Q235
MDA|MD|498|Moldova, Republic of|359|MLD|Q217
MDG|MG|450|Madagascar|580|MAG|Q1019
MDV|MV|462|Maldives|781|MAD|Q826
MEX|MX|484|Mexico|70|MEX|Q96
MHL|MH|584|Marshall Islands|983|MSI|Q709
MKD|MK|807|North Macedonia|343|MAC|Q221
MLI|ML|466|Mali|432|MLI|Q912
MLT|MT|470|Malta|338|MLT|Q233
MMR|MM|104|Myanmar|775|MYA|Q836
MNE|ME|499|Montenegro|341|MNG|Q236
MNG|MN|496|Mongolia|712|MON|Q711
MNP|MP|580|Northern Mariana Islands|||Q16644
MOZ|MZ|508|Mozambique|541|MZM|Q1029
MRT|MR|478|Mauritania|435|MAA|Q1025
MSR|MS|500|Montserrat|||Q13353
MTQ|MQ|474|Martinique|||Q17054
MUS|MU|480|Mauritius|590|MAS|Q1027
MWI|MW|454|Malawi|553|MAW|Q1020
MYS|MY|458|Malaysia|820|MAL|Q833
MYT|YT|175|Mayotte|||Q17063
NAM|NA|516|Namibia|565|NAM|Q1030
NCL|NC|540|New Caledonia|||Q33788
NER|NE|562|Niger|436|NIR|Q1032
NFK|NF|574|Norfolk Island|||Q31057
NGA|NG|566|Nigeria|475|NIG|Q1033
NIC|NI|558|Nicaragua|93|NIC|Q811
NIU|NU|570|Niue|||Q34020
NLD|NL|528|Netherlands|210|NTH|Q29999
NOR|NO|578|Norway|385|NOR|Q20
NPL|NP|524|Nepal|790|NEP|Q837
NRU|NR|520|Nauru|970|NAU|Q697
NZL|NZ|554|New Zealand|920|NEW|Q664
OMN|OM|512|Oman|698|OMA|Q842
PAK|PK|586|Pakistan|770|PAK|Q843
PAN|PA|591|Panama|95|PAN|Q804
PCN|PN|612|Pitcairn|||Q35672
PER|PE|604|Peru|135|PER|Q419
PHL|PH|608|Philippines|840|PHI|Q928
PLW|PW|585|Palau|986|PAL|Q695
PNG|PG|598|Papua New Guinea|910|PNG|Q691
POL|PL|616|Poland|290|POL|Q36
PRI|PR|630|Puerto Rico|||Q1183
PRK|KP|408|Korea, Democratic People's Republic of|731|PRK|Q423
PRT|PT|620|Portugal|235|POR|Q45
PRY|PY|600|Paraguay|150|PAR|Q733
PSE|PS|275|Palestine, State of|||Q219060
PYF|PF|258|French Polynesia|||Q30971
QAT|QA|634|Qatar|694|QAT|Q846
REU|RE|638|Réunion|||Q17070
ROU|RO|642|Romania|360|ROM|Q218
RUS|RU|643|Russian Federation|365|RUS|Q159
RWA|RW|646|Rwanda|517|RWA|Q1037
SAU|SA|682|Saudi Arabia|670|SAU|Q851
SDN|SD|729|Sudan|625|SUD|Q1049
SEN|SN|686|Senegal|433|SEN|Q1041
SGP|SG|702|Singapore|830|SIN|Q334
SGS|GS|239|South Georgia and the South Sandwich Islands|||Q35086
SHN|SH|654|Saint Helena, Ascension and Tristan da Cunha|||Q192184
SJM|SJ|744|Svalbard and Jan Mayen|||Q842829
SLB|SB|090|Solomon Islands|940|SOL|Q685
SLE|SL|694|Sierra Leone|451|SIE|Q1044
SLV|SV|222|El Salvador|92|SAL|Q792
SMR|SM|674|San Marino|331|SNM|Q238
SOM|SO|706|Somalia|520|SOM|Q1045
SPM|PM|666|Saint Pierre and Miquelon|||Q34617
SRB|RS|688|Serbia|345|YUG|Q403
SSD|SS|728|South Sudan|626|SSD|Q958
STP|ST|678|Sao Tome and Principe|403|STP|Q1039
SUR|SR|740|Suriname|115|SUR|Q730
SVK|SK|703|Slovakia|317|SLO|Q214
SVN|SI|705|Slovenia|349|SLV|Q215
SWE|SE|752|Sweden|380|SWD|Q34
SWZ|SZ|748|Eswatini|572|SWA|Q1050
SXM|SX|534|Sint Maarten (Dutch part)|||Q26273
SYC|SC|690|Seychelles|591|SEY|Q1042
SYR|SY|760|Syrian Arab Republic|652|SYR|Q858
TCA|TC|796|Turks and Caicos Islands|||Q18221
TCD|TD|148|Chad|483|CHA|Q657
TGO|TG|768|Togo|461|TOG|Q945
THA|TH|764|Thailand|800|THI|Q869
TJK|TJ|762|Tajikistan|702|TAJ|Q863
TKL|TK|772|Tokelau|||Q36823
TKM|TM|795|Turkmenistan|701|TKM|Q874
TLS|TL|626|Timor-Leste|860|ETM|Q574
TON|TO|776|Tonga|955|TON|Q678
TTO|TT|780|Trinidad and Tobago|52|TRI|Q754
TUN|TN|788|Tunisia|616|TUN|Q948
TUR|TR|792|Türkiye|640|TUR|Q43
TUV|TV|798|Tuvalu|947|TUV|Q672
TWN|TW|158|Taiwan, Province of China|713|TAW|Q865
TZA|TZ|834|Tanzania, United Republic of|510|TAZ|Q924
UGA|UG|800|Uganda|500|UGA|Q1036
UKR|UA|804|Ukraine|369|UKR|Q212
UMI|UM|581|United States Minor Outlying Islands|||Q16645
URY|UY|858|Uruguay|165|URU|Q77
USA|US|840|United States|2|USA|Q30
UZB|UZ|860|Uzbekistan|704|UZB|Q265
VAT|VA|336|Holy See (Vatican City State)|||Q237
VCT|VC|670|Saint Vincent and the Grenadines|57|SVG|Q757
VEN|VE|862|Venezuela, Bolivarian Republic of|101|VEN|Q717
VGB|VG|092|Virgin Islands, British|||Q25305
VIR|VI|850|Virgin Islands, U.S.|||Q11703
VNM|VN|704|Viet Nam|816|DRV|Q881
VUT|VU|548|Vanuatu|935|VAN|Q686
WLF|WF|876|Wallis and Futuna|||Q35555
WSM|WS|882|Samoa|990|WSM|Q683
YEM|YE|887|Yemen|679|YEM|Q805
ZAF|ZA|710|South Africa|560|SAF|Q258
ZMB|ZM|894|Zambia|551|ZAM|Q953
ZWE|ZW|716|Zimbabwe|552|ZIM|Q954
" AS table
UNWIND [line IN split(trim(table), '\n') | split(line, '|')] AS f
WITH {iso3: f[0], iso2: f[1], numeric: f[2], isoName: f[3], cowCode: toInteger(f[4]),
     cowAbbrev: CASE f[5] WHEN '' THEN null ELSE f[5] END, wikidata: CASE f[6] WHEN '' THEN null ELSE f[6] END} AS row
MATCH (s:Source {id: 'src-reference-country-codes'})
MERGE (c:Country {id: row.iso3})
ON CREATE SET c.name = row.isoName, c.aliases = []
SET c:Entity, c += row,
    c.aliases = CASE WHEN c.name = row.isoName OR row.isoName IN c.aliases THEN c.aliases ELSE c.aliases + row.isoName END
MERGE (c)-[r:DESCRIBED_IN]->(s) SET r.sourceId = s.id;

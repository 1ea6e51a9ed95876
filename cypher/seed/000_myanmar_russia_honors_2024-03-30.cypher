// Seed: the facts of one news article (2024-03-30) on Myanmar's junta and Russia exchanging military honors.
// Models what the article says and no more: unnamed honors and groups carry descriptive names with
// nameKnown = false, imprecise dates are EDTF intervals (`date`) with their bounds (`dateFrom`, `dateTo`,
// null where open), counts keep the article's qualifier (`countQualifier`: exactly, more than, several).
// Every fact is a (:Fact) node -[:REPORTED_IN]-> its (:Source); every relationship carries `sourceId`.
// Idempotent (MERGE on ids): loading it again adds nothing. Run schema.cypher and reference/*.cypher first.
// Parameters: none.

// --- Sources -----------------------------------------------------------------------------------------
MERGE (s:Source {id: 'src-article-000-c0b8e9393a674a5f'})
SET s += {name: 'Myanmar and Russia exchange military honors (2024-03-30)', nameKnown: false,
          kind: 'news article', date: date('2024-03-30'), publisher: null, language: 'en',
          document: '000_c0b8e9393a674a5f.txt',
          note: 'The seed text carries no headline or publisher: the name is descriptive.'};

// --- Countries (their codes come from reference/countries.cypher; the article mentions them) --------------
UNWIND [{id: 'MMR', name: 'Myanmar'}, {id: 'RUS', name: 'Russia'}] AS row
MATCH (article:Source {id: 'src-article-000-c0b8e9393a674a5f'}), (c:Country {id: row.id})
SET c.name = row.name
MERGE (c)-[m:MENTIONED_IN]->(article) SET m.sourceId = article.id;

// --- Actors: militaries, armed groups, officials, groups of unnamed people --------------------------
UNWIND [
  {label: 'Military', id: 'mil-mmr-armed-forces', name: 'Myanmar Armed Forces', nameKnown: true,
   aliases: ['Myanmar military', 'Myanmar junta'], kind: 'armed forces', country: 'MMR', tie: 'OF_COUNTRY'},
  {label: 'Military', id: 'mil-rus-armed-forces', name: 'Russian Armed Forces', nameKnown: true,
   aliases: ['Russian military'], kind: 'armed forces', country: 'RUS', tie: 'OF_COUNTRY'},
  {label: 'Military', id: 'mil-rus-defense-ministry', name: 'Russian Defense Ministry', nameKnown: true,
   aliases: ['Russian Ministry of Defence'], kind: 'ministry of defence', country: 'RUS', tie: 'OF_COUNTRY'},
  {label: 'ArmedGroup', id: 'ag-mmr-ethnic-armies', name: 'Ethnic armies in Myanmar (not named in the source)',
   nameKnown: false, aliases: ['ethnic armies'], kind: 'ethnic armed organisations', country: 'MMR', tie: 'OPERATES_IN'},
  {label: 'ArmedGroup', id: 'ag-mmr-resistance-forces', name: 'Resistance forces in Myanmar (not named in the source)',
   nameKnown: false, aliases: ['resistance forces'], kind: 'resistance forces', country: 'MMR', tie: 'OPERATES_IN'}
] AS row
MATCH (article:Source {id: 'src-article-000-c0b8e9393a674a5f'}), (c:Country {id: row.country})
// Labels and relationship types come from this fixed list (dynamic labels and types need Neo4j 5.26).
MERGE (node:$(row.label) {id: row.id})
SET node:Entity, node += {name: row.name, nameKnown: row.nameKnown, aliases: row.aliases, kind: row.kind}
MERGE (node)-[tie:$(row.tie)]->(c) SET tie.sourceId = article.id
MERGE (node)-[m:MENTIONED_IN]->(article) SET m.sourceId = article.id;

UNWIND [
  {id: 'off-min-aung-hlaing', name: 'Min Aung Hlaing', aliases: []},
  {id: 'off-soe-win', name: 'Soe Win', aliases: []}
] AS row
MATCH (article:Source {id: 'src-article-000-c0b8e9393a674a5f'})
MERGE (o:Official {id: row.id})
SET o:Entity, o += {name: row.name, nameKnown: true, aliases: row.aliases}
MERGE (o)-[m:MENTIONED_IN]->(article) SET m.sourceId = article.id;

// Recipients the article counts but does not name.
UNWIND [
  {id: 'grp-rus-officers-honored-2024-03-28', name: '27 Russian military officers honored on 2024-03-28',
   count: 27, countQualifier: 'exactly', partOf: 'mil-rus-armed-forces',
   quote: 'Min Aung Hlaing awarded two newly created honorary titles to 27 Russian military officers'},
  {id: 'grp-russians-honored-by-myanmar-2021-2024', name: '5 Russians honored by Myanmar after the 2021 coup, before 2024-03-28',
   count: 5, countQualifier: 'exactly', partOf: 'RUS',
   quote: 'elevating the total count of Russian honorees to 32 since the 2021 coup',
   countNote: 'Derived: 32 Russian honorees since the 2021 coup, minus the 27 honored on 2024-03-28.'},
  {id: 'grp-mmr-top-officials-given-russian-medals', name: "Several of Myanmar's top military officials given Russian medals",
   count: null, countQualifier: 'several', partOf: 'mil-mmr-armed-forces',
   quote: "the Russian Defense Ministry bestowed medals on several of Myanmar's top military officials"}
] AS row
MATCH (article:Source {id: 'src-article-000-c0b8e9393a674a5f'})
MATCH (whole) WHERE (whole:Military OR whole:Country) AND whole.id = row.partOf
MERGE (g:Group {id: row.id})
SET g:Entity, g += row, g.nameKnown = false, g.membersNamed = false, g.aliases = []
REMOVE g.partOf
MERGE (g)-[p:PART_OF]->(whole) SET p.sourceId = article.id
MERGE (g)-[m:MENTIONED_IN]->(article) SET m.sourceId = article.id;

// --- Honors, tied to the authority that awards them --------------------------------------------------
UNWIND [
  {id: 'hon-mmr-new-honorary-title-1', name: 'New Myanmar honorary title, first of two (name not given)',
   kind: 'honorary title', newlyCreated: true, awardedBy: 'MMR'},
  {id: 'hon-mmr-new-honorary-title-2', name: 'New Myanmar honorary title, second of two (name not given)',
   kind: 'honorary title', newlyCreated: true, awardedBy: 'MMR'},
  {id: 'hon-mmr-honors-2021-2024', name: 'Myanmar honors given to Russians after the 2021 coup (names not given)',
   kind: 'honor', newlyCreated: null, awardedBy: 'MMR'},
  {id: 'hon-rus-defense-ministry-medals', name: 'Russian Defense Ministry medals (names not given)',
   kind: 'medal', newlyCreated: null, awardedBy: 'mil-rus-defense-ministry'},
  {id: 'hon-rus-honor-min-aung-hlaing', name: 'Russian honor given to Min Aung Hlaing (name not given)',
   kind: 'honor', newlyCreated: null, awardedBy: 'RUS'},
  {id: 'hon-rus-honor-soe-win', name: 'Russian honor given to Soe Win (name not given)',
   kind: 'honor', newlyCreated: null, awardedBy: 'RUS'}
] AS row
MATCH (article:Source {id: 'src-article-000-c0b8e9393a674a5f'})
MATCH (authority) WHERE (authority:Military OR authority:Country) AND authority.id = row.awardedBy
MERGE (h:Honor {id: row.id})
SET h:Entity, h += {name: row.name, nameKnown: false, aliases: [], kind: row.kind, newlyCreated: row.newlyCreated}
MERGE (h)-[a:AWARDED_BY]->(authority) SET a.sourceId = article.id
MERGE (h)-[m:MENTIONED_IN]->(article) SET m.sourceId = article.id;

// --- Facts: positions held ---------------------------------------------------------------------------
UNWIND [
  {id: 'pos-min-aung-hlaing-mmr-armed-forces', official: 'off-min-aung-hlaing', military: 'mil-mmr-armed-forces',
   name: 'Min Aung Hlaing, head of the junta', title: 'head of the junta', rank: null,
   date: '../2024-03-28', dateTo: date('2024-03-28'), dateText: 'held on 2024-03-28; start and end not stated',
   quote: "Myanmar's Junta boss Min Aung Hlaing"},
  {id: 'pos-soe-win-mmr-armed-forces', official: 'off-soe-win', military: 'mil-mmr-armed-forces',
   name: 'Soe Win, deputy to Min Aung Hlaing', title: 'deputy to Min Aung Hlaing', rank: null,
   date: '../2024-03-30', dateTo: date('2024-03-30'), dateText: 'held by 2024-03-30; start and end not stated',
   quote: 'Min Aung Hlaing and his deputy, Soe Win'}
] AS row
MATCH (article:Source {id: 'src-article-000-c0b8e9393a674a5f'})
MATCH (o:Official {id: row.official}), (mil:Military {id: row.military})
MERGE (p:Fact:Position {id: row.id})
SET p += {name: row.name, title: row.title, rank: row.rank, rankKnown: false,
          date: row.date, dateFrom: null, dateTo: row.dateTo, datePrecision: 'range', dateText: row.dateText,
          endDate: null, status: 'carried_out', quote: row.quote, sourceId: article.id}
MERGE (o)-[h:HOLDS]->(p) SET h.sourceId = article.id
MERGE (p)-[i:IN]->(mil) SET i.sourceId = article.id
MERGE (p)-[r:REPORTED_IN]->(article) SET r.sourceId = article.id;

// --- Facts: conferrals of honors (CAMEO has no code for a decoration: type 'conferral', based on 051) --
UNWIND [
  {id: 'cnf-2024-03-28-mmr-titles-to-27-russian-officers', giver: 'off-min-aung-hlaing',
   recipient: 'grp-rus-officers-honored-2024-03-28',
   honors: ['hon-mmr-new-honorary-title-1', 'hon-mmr-new-honorary-title-2'],
   name: 'Min Aung Hlaing awards two new honorary titles to 27 Russian officers',
   date: '2024-03-28', dateFrom: date('2024-03-28'), dateTo: date('2024-03-28'), datePrecision: 'day',
   dateText: 'Thursday 2024-03-28 ("on a ceremonial Thursday", two days before the article)',
   count: 27, countQualifier: 'exactly',
   quote: "On a ceremonial Thursday, Myanmar's Junta boss Min Aung Hlaing awarded two newly created honorary titles to 27 Russian military officers"},
  {id: 'cnf-2021-2024-mmr-honors-to-5-russians', giver: 'MMR',
   recipient: 'grp-russians-honored-by-myanmar-2021-2024', honors: ['hon-mmr-honors-2021-2024'],
   name: 'Myanmar honors 5 Russians between the 2021 coup and 2024-03-28',
   date: '2021/2024-03-27', dateFrom: date('2021-01-01'), dateTo: date('2024-03-27'), datePrecision: 'range',
   dateText: 'after the 2021 coup (day not stated), before 2024-03-28',
   count: 5, countQualifier: 'exactly',
   quote: 'elevating the total count of Russian honorees to 32 since the 2021 coup'},
  {id: 'cnf-rus-honor-to-min-aung-hlaing', giver: 'RUS', recipient: 'off-min-aung-hlaing',
   honors: ['hon-rus-honor-min-aung-hlaing'], name: 'Russia honors Min Aung Hlaing',
   date: '../2024-03-27', dateFrom: null, dateTo: date('2024-03-27'), datePrecision: 'range',
   dateText: 'previously: before 2024-03-28', count: 1, countQualifier: 'exactly',
   quote: 'Russia had previously honored Min Aung Hlaing and his deputy, Soe Win'},
  {id: 'cnf-rus-honor-to-soe-win', giver: 'RUS', recipient: 'off-soe-win',
   honors: ['hon-rus-honor-soe-win'], name: 'Russia honors Soe Win',
   date: '../2024-03-27', dateFrom: null, dateTo: date('2024-03-27'), datePrecision: 'range',
   dateText: 'previously: before 2024-03-28', count: 1, countQualifier: 'exactly',
   quote: 'Russia had previously honored Min Aung Hlaing and his deputy, Soe Win'},
  {id: 'cnf-rus-defense-ministry-medals-to-mmr-top-officials', giver: 'mil-rus-defense-ministry',
   recipient: 'grp-mmr-top-officials-given-russian-medals', honors: ['hon-rus-defense-ministry-medals'],
   name: "Russian Defense Ministry gives medals to several of Myanmar's top military officials",
   date: '../2024-03-30', dateFrom: null, dateTo: date('2024-03-30'), datePrecision: 'range',
   dateText: 'not stated; on or before the article (2024-03-30)', count: null, countQualifier: 'several',
   quote: "the Russian Defense Ministry bestowed medals on several of Myanmar's top military officials"}
] AS row
MATCH (article:Source {id: 'src-article-000-c0b8e9393a674a5f'}), (type:EventType {code: 'conferral'})
MATCH (giver) WHERE (giver:Official OR giver:Military OR giver:Country) AND giver.id = row.giver
MATCH (recipient) WHERE (recipient:Official OR recipient:Group) AND recipient.id = row.recipient
MERGE (f:Fact:Conferral {id: row.id})
SET f += {name: row.name, kind: 'conferral', cameo: type.basedOn, goldstein: type.goldstein, status: 'carried_out',
          date: row.date, dateFrom: row.dateFrom, dateTo: row.dateTo, datePrecision: row.datePrecision,
          dateText: row.dateText, count: row.count, countQualifier: row.countQualifier,
          quote: row.quote, sourceId: article.id}
MERGE (giver)-[c:CONFERRED]->(f) SET c.sourceId = article.id
MERGE (f)-[a:AWARDED_TO]->(recipient) SET a.sourceId = article.id
MERGE (f)-[t:OF_TYPE]->(type) SET t.sourceId = article.id
MERGE (f)-[r:REPORTED_IN]->(article) SET r.sourceId = article.id
WITH f, row, article
UNWIND row.honors AS honorId
MATCH (h:Honor {id: honorId})
MERGE (f)-[o:OF_HONOR]->(h) SET o.sourceId = article.id;

// --- Facts: engagements (CAMEO code kept as a string, Goldstein weight, status, count) ----------------
UNWIND [
  {id: 'eng-2024-mmr-rus-joint-military-activities-planned', cameo: '0312',
   actors: ['mil-mmr-armed-forces', 'mil-rus-armed-forces'], targets: [], joint: true,
   name: 'Myanmar and Russia announce over 50 joint military activities for later in 2024',
   status: 'planned', activities: ['combat training', 'operational training'], plannedFor: '2024-03-30/2024-12-31',
   date: '../2024-03-30', dateFrom: null, dateTo: date('2024-03-30'), datePrecision: 'range',
   dateText: 'announced on or before 2024-03-30; activities planned for later in 2024',
   count: 50, countQualifier: 'more than',
   quote: 'The announcement of over 50 joint military activities planned for later this year ... This includes combat and operational training'},
  {id: 'eng-2024-mmr-armed-forces-day-parade', cameo: '150',
   actors: ['mil-mmr-armed-forces'], targets: [], joint: false,
   name: 'Myanmar holds a scaled-back Armed Forces Day parade',
   status: 'carried_out', scale: 'scaled back: no mechanized units, reduced air power',
   date: '2024-01-01/2024-03-30', dateFrom: date('2024-01-01'), dateTo: date('2024-03-30'), datePrecision: 'range',
   dateText: 'this year (2024), on or before the article', count: 1, countQualifier: 'exactly',
   quote: 'The Armed Forces Day parade, an annual display of military power, was notably scaled back this year'},
  {id: 'eng-2021-mmr-military-coup', cameo: '17',
   actors: ['mil-mmr-armed-forces'], targets: ['MMR'], joint: false,
   name: "Myanmar's military seizes power in the 2021 coup",
   status: 'carried_out', targetNote: 'The government it overthrew is not named in the article.',
   date: '2021', dateFrom: date('2021-01-01'), dateTo: date('2021-12-31'), datePrecision: 'year',
   dateText: '2021 (day not stated)', count: 1, countQualifier: 'exactly',
   quote: 'since the 2021 coup'},
  {id: 'eng-mmr-territorial-losses-to-ethnic-armies-and-resistance', cameo: '192',
   actors: ['ag-mmr-ethnic-armies', 'ag-mmr-resistance-forces'], targets: ['mil-mmr-armed-forces'], joint: false,
   name: "Ethnic armies and resistance forces take territory from Myanmar's military",
   status: 'carried_out',
   date: '../2024-03-30', dateFrom: null, dateTo: date('2024-03-30'), datePrecision: 'range',
   dateText: 'not stated; on or before the article (2024-03-30)', count: null, countQualifier: 'numerous',
   quote: "Myanmar's military, which has experienced numerous setbacks across the country, losing control over significant territories ... the advances of ethnic armies and resistance forces"}
] AS row
MATCH (article:Source {id: 'src-article-000-c0b8e9393a674a5f'}), (type:EventType {code: row.cameo})
MERGE (f:Fact:Engagement {id: row.id})
SET f += row, f += {kind: 'engagement', goldstein: type.goldstein, sourceId: article.id}
REMOVE f.actors, f.targets
MERGE (f)-[t:OF_TYPE]->(type) SET t.sourceId = article.id
MERGE (f)-[r:REPORTED_IN]->(article) SET r.sourceId = article.id
WITH f, row, article
CALL (f, row, article) {
  UNWIND row.actors AS actorId
  MATCH (actor) WHERE (actor:Military OR actor:ArmedGroup OR actor:Country) AND actor.id = actorId
  MERGE (actor)-[a:ACTOR_IN]->(f) SET a.sourceId = article.id
}
CALL (f, row, article) {
  UNWIND row.targets AS targetId
  MATCH (target) WHERE (target:Military OR target:ArmedGroup OR target:Country) AND target.id = targetId
  MERGE (f)-[a:TARGETS]->(target) SET a.sourceId = article.id
};

// Entente's own weights, for what CAMEO does not code. Cooperation strength reads them from the graph, so edit a
// weight here and run this file again (or restart Entente, which re-applies a changed file): nothing is recompiled.
// - Conferring an honor or decoration has no CAMEO code. Entente gives it a type of its own, weighted like CAMEO
//   051 "Praise or endorse" (Goldstein +3.4): an honor is a formal, public endorsement.
// - Treaty and alliance obligations, in the terms of the ATOP dataset (Leeds et al. 2002, Alliance Treaty
//   Obligations and Provisions): a treaty in force is a standing tie that does not decay while it lasts, weighted
//   by its strongest obligation. Each weight is set on the Goldstein scale next to the CAMEO action it promises:
//   defence ~ 074 "Provide military protection" (+8.5), offence ~ 062 "Cooperate militarily" (+7.4), consultation
//   ~ 036 "Express intent to meet or negotiate" (+4.0); neutrality and non-aggression promise restraint rather
//   than help, and sit between (+5.0, Entente's judgement).
// Run after cameo.cypher. Idempotent. Parameters: none.
UNWIND [
  {code: 'conferral', name: 'Confer an honor or decoration (Entente type; CAMEO has none)', goldstein: 3.4,
   basedOn: '051', root: '05'}
] AS row
MERGE (t:EventType {code: row.code})
SET t += row, t.id = 'entente-' + row.code, t.system = 'Entente';

UNWIND [
  {code: 'defense', name: 'Defence: aid an ally that is attacked', weight: 8.5, basedOn: '074'},
  {code: 'offense', name: 'Offence: join an ally in a war', weight: 7.4, basedOn: '062'},
  {code: 'neutrality', name: 'Neutrality: stay out of a war an ally fights', weight: 5.0, basedOn: null},
  {code: 'nonaggression', name: 'Non-aggression: do not attack each other', weight: 5.0, basedOn: null},
  {code: 'consultation', name: 'Consultation: consult each other in a crisis', weight: 4.0, basedOn: '036'}
] AS row
MERGE (o:Obligation {code: row.code})
SET o += row, o.id = 'atop-' + row.code;

// The cooperation model's parameters, read by cypher/import/fact-terms.cypher (the one place that applies them) and
// explained in MODEL.md. Changing one here and restarting rebuilds the rollups.
// - plannedFactor 0.7: a planned act (other than an intent or threat code, 03x or 13x, which are intents already)
//   weighs 0.7 of the act, the ratio Goldstein's scale gives intents to the acts they announce (0312 +5.2 / 062
//   +7.4 = 0.70; 033 +5.2 / 07 +7.0 = 0.74; 138 -7.0 / 19 -10 = 0.70).
// - magnitudeCap 100: a count enters as 1 + log10(count), at most 1 + log10(100) = 3, so one report of a large
//   event weighs at most three times a single act and never outweighs a standing tie (see standingScale).
// - standingScale 6.29: a standing tie (treaty or alliance in force) or an ongoing state (war, deployment,
//   embargo) counts, while it lasts, as much as its act renewed every quarter would sum to under a 365-day
//   half-life: 1 / (1 - 0.5 ^ (91.3 / 365)) = 6.29. A defence pact (+8.5) is then +53.4; one report can reach +30.
// - singleSourceFactor 0.5: a fact only one source reports, unconfirmed, keeps its full weight in the score, but
//   its range reaches down to half of it: one report may overstate.
UNWIND [
  {id: 'entente', name: 'Entente cooperation model 2', plannedFactor: 0.7, magnitudeCap: 100, standingScale: 6.29,
   singleSourceFactor: 0.5}
] AS row
MERGE (m:ScoringModel {id: row.id})
SET m += row;

// Facts keep a copy of their type's weight, for path filters: bring the copies in line with the table.
MATCH (f:Fact)-[:OF_TYPE]->(t:EventType)
WHERE f.goldstein IS NULL OR f.goldstein <> t.goldstein
SET f.goldstein = t.goldstein;

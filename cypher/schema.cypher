// Entente schema: a unique, stable `id` per label, range indexes for date filters,
// and a full-text index for search on names and aliases.
// Idempotent (IF NOT EXISTS): run it as often as you like, in Browser or cypher-shell.
// Parameters: none.

// Entity: every actor, honor, treaty or alliance. Its id is unique across all of them, so one lookup finds any.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE;
CREATE CONSTRAINT military_id IF NOT EXISTS FOR (n:Military) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT honor_id IF NOT EXISTS FOR (n:Honor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT armed_group_id IF NOT EXISTS FOR (n:ArmedGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_body_id IF NOT EXISTS FOR (n:StateBody) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT treaty_id IF NOT EXISTS FOR (n:Treaty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT obligation_code IF NOT EXISTS FOR (n:Obligation) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT applied_script_name IF NOT EXISTS FOR (n:AppliedScript) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_type_id IF NOT EXISTS FOR (n:EventType) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_type_code IF NOT EXISTS FOR (n:EventType) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT scoring_model_id IF NOT EXISTS FOR (n:ScoringModel) REQUIRE n.id IS UNIQUE;
// The audit trail: one (:Import) per import, numbered by (:ImportSequence {id: 'imports'}).
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_sequence_id IF NOT EXISTS FOR (n:ImportSequence) REQUIRE n.id IS UNIQUE;

CREATE INDEX fact_date_from IF NOT EXISTS FOR (n:Fact) ON (n.dateFrom);
CREATE INDEX fact_date_to IF NOT EXISTS FOR (n:Fact) ON (n.dateTo);
CREATE INDEX fact_cameo IF NOT EXISTS FOR (n:Fact) ON (n.cameo);
// A FollowTheMoney import finds the entities the graph has by their FtM id, or by name (cypher/queries/ftm-matches.cypher).
CREATE INDEX entity_ftm_id IF NOT EXISTS FOR (n:Entity) ON (n.ftmId);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
// The same event told again: facts by the key cypher/import/fact-terms.cypher sets (same-events.cypher).
CREATE INDEX fact_same_event IF NOT EXISTS FOR (n:Fact) ON (n.sameEventKey);
// A source's report of a fact, found again by the id the source gave it (re-imports, cypher/import/same-events.cypher).
CREATE INDEX reported_in_report IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.reportId);

// Version 2 of the name index takes in state bodies: the first, without them, is dropped.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Country|Military|StateBody|Official|Honor|Group|ArmedGroup|Treaty|Alliance|Source) ON EACH [n.name, n.aliases];

// The cooperation rollups (derived from the facts, rebuilt at will), each keyed by one string. DyadPeriod: one node
// per country pair, month and component, read by pair (a dyad, or a pair whose facts are not all past). DyadTotal:
// one node per country pair, read by country (partners, matrix).
CREATE CONSTRAINT dyad_period_key IF NOT EXISTS FOR (n:DyadPeriod) REQUIRE n.key IS UNIQUE;
CREATE INDEX dyad_period_a_b IF NOT EXISTS FOR (n:DyadPeriod) ON (n.a, n.b);
CREATE CONSTRAINT dyad_total_key IF NOT EXISTS FOR (n:DyadTotal) REQUIRE n.key IS UNIQUE;
CREATE INDEX dyad_total_a IF NOT EXISTS FOR (n:DyadTotal) ON (n.a);

// actorgraph: incremental load of this folder's CSV files into a running Neo4j (5.23 or later).
// Copy the CSV files into the database's import folder, then run:
//   cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f import.cypher
// Loading the same files again changes nothing: nodes MERGE on their id, relations on their key,
// and counts are replaced, not added.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
CALL (row) {
  MERGE (a:Actor {id: row.`id:ID(Actor)`})
  SET a.name = row.name, a.name_ar = row.name_ar, a.type = row.type
} IN TRANSACTIONS OF 1000 ROWS;

// Labels in a pass of their own, on nodes that exist by now (some
// engines refuse a label change on a node created in the same transaction).
LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
CALL (row) {
  MATCH (a:Actor {id: row.`id:ID(Actor)`})
  FOREACH (_ IN CASE WHEN row.type = 'state' THEN [1] ELSE [] END | SET a:State)
  FOREACH (_ IN CASE WHEN row.type IN ['igo', 'ngo'] THEN [1] ELSE [] END | SET a:Organization)
  FOREACH (_ IN CASE WHEN row.type = 'group' THEN [1] ELSE [] END | SET a:Group)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///documents.csv' AS row
CALL (row) {
  MERGE (d:Document {id: row.`id:ID(Document)`})
  SET d.title = row.title, d.date = date(nullif(row.`date:date`, '')), d.lang = row.lang, d.url = row.url
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row
CALL (row) {
  MERGE (e:Event {id: row.`id:ID(Event)`})
  SET e.relation = row.relation, e.cameo = row.cameo, e.plover = row.plover,
      e.negated = row.`negated:boolean` = 'true', e.mood = row.mood,
      e.confidence = toFloat(row.`confidence:float`), e.sentence = toInteger(row.`sentence:int`),
      e.evidence = row.evidence, e.start = toInteger(row.`start:int`), e.end = toInteger(row.`end:int`),
      e.cue = row.cue, e.date = date(nullif(row.`date:date`, '')), e.edge = nullif(row.edge, ''),
      e.source_text = nullif(row.source_text, ''), e.source_role = nullif(row.source_role, ''),
      e.target_text = nullif(row.target_text, ''), e.target_role = nullif(row.target_role, '')
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///event_source.csv' AS row
CALL (row) {
  MATCH (e:Event {id: row.`:START_ID(Event)`})
  MATCH (x:Actor {id: row.`:END_ID(Actor)`})
  MERGE (e)-[:SOURCE]->(x)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///event_target.csv' AS row
CALL (row) {
  MATCH (e:Event {id: row.`:START_ID(Event)`})
  MATCH (x:Actor {id: row.`:END_ID(Actor)`})
  MERGE (e)-[:TARGET]->(x)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///event_document.csv' AS row
CALL (row) {
  MATCH (e:Event {id: row.`:START_ID(Event)`})
  MATCH (x:Document {id: row.`:END_ID(Document)`})
  MERGE (e)-[:IN_DOCUMENT]->(x)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'AGREES'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:AGREES {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'ATTACKS'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:ATTACKS {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'CALLS'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:CALLS {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'COOPERATES'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:COOPERATES {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'CRITICIZES'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:CRITICIZES {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'DEMANDS'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:DEMANDS {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'MEETS'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:MEETS {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'REQUESTS'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:REQUESTS {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUPPORTS'
CALL (row) {
  MATCH (a:Actor {id: row.`:START_ID(Actor)`})
  MATCH (b:Actor {id: row.`:END_ID(Actor)`})
  MERGE (a)-[r:SUPPORTS {key: row.key}]->(b)
  SET r.relation = row.relation, r.mood = row.mood, r.cameo = row.cameo, r.plover = row.plover,
      r.quad = row.quad, r.symmetric = row.`symmetric:boolean` = 'true',
      r.count = toInteger(row.`count:int`), r.documents = toInteger(row.`documents:int`),
      r.first_seen = date(nullif(row.`first_seen:date`, '')), r.last_seen = date(nullif(row.`last_seen:date`, ''))
} IN TRANSACTIONS OF 1000 ROWS;

#!/usr/bin/env python3
"""Run one Cypher query over Bolt with the official neo4j Python driver; print rows as JSON lines.

Usage: VENV/bin/python tests/bolt/query.py URI USER PASSWORD DB 'CYPHER' [PARAMS_JSON]

  URI       bolt://127.0.0.1:PORT (as printed by server.py's READY line)
  PASSWORD  the password itself, or env:VAR to read it from environment variable VAR
  DB        database name (server.py --db, default actorgraph)

Each result row is printed as one JSON object {column: value} (keys in column order); nodes and
relationships print as their property maps. The query runs in an auto-commit transaction.
Exit 0 on success; 2 with "query.py: ERROR <code>: <message>" on stderr when the server or the
driver fails (wrong password, unknown database, bad Cypher, closed port...).
Example:  query.py bolt://127.0.0.1:7687 root env:PW actorgraph 'MATCH (a:Actor) RETURN count(a) AS n'
          -> {"n": 42}
"""
import json
import os
import sys


def to_json(v):
    # neo4j.graph.Node / Relationship are Mappings of their properties; temporal types -> str
    if isinstance(v, dict):
        return {k: to_json(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [to_json(x) for x in v]
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if hasattr(v, "items") and hasattr(v, "keys"):
        return {k: to_json(x) for k, x in v.items()}
    return str(v)


def main(argv):
    if len(argv) not in (6, 7):
        print(__doc__, file=sys.stderr)
        return 64
    uri, user, password, db, cypher = argv[1:6]
    if password.startswith("env:"):
        password = os.environ.get(password[4:], "")
    params = json.loads(argv[6]) if len(argv) == 7 else {}

    import neo4j
    from neo4j.exceptions import Neo4jError, DriverError

    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, password),
                                        connection_timeout=10, max_connection_lifetime=60,
                                        warn_notification_severity="OFF") as driver:
            with driver.session(database=db) as session:
                result = session.run(cypher, params)
                keys = result.keys()
                for record in result:
                    print(json.dumps({k: to_json(record[k]) for k in keys}, ensure_ascii=False))
                result.consume()
    except Neo4jError as e:
        print(f"query.py: ERROR {e.code}: {e.message}", file=sys.stderr)
        return 2
    except (DriverError, OSError) as e:
        print(f"query.py: ERROR {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/bin/sh
# Create the Python venv for the Bolt test harness (tests/bolt/*.py): ArcadeDB embedded with its
# bundled JRE (no Java install needed; ships the Bolt plugin) and the official neo4j driver.
# Usage: tests/bolt/setup.sh [VENV_DIR]   (default target/bolt-venv)
# Then:  VENV_DIR/bin/python tests/bolt/server.py            -> READY bolt://127.0.0.1:PORT actorgraph
#        VENV_DIR/bin/python tests/bolt/query.py URI root PW actorgraph 'MATCH (a:Actor) RETURN count(a) AS n'
#        VENV_DIR/bin/python tests/bolt/probe.py             (self-contained capability check)
set -eu
VENV="${1:-target/bolt-venv}"
ARCADEDB_VERSION="26.10.2.post1"  # the versions the harness was tested with
NEO4J_VERSION="6.4.1"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "
import importlib.metadata as m, sys
sys.exit(m.version('arcadedb-embedded') != '$ARCADEDB_VERSION' or m.version('neo4j') != '$NEO4J_VERSION')
" 2>/dev/null; then
    "$VENV/bin/pip" install --quiet --disable-pip-version-check \
        "arcadedb-embedded==$ARCADEDB_VERSION" "neo4j==$NEO4J_VERSION"
fi
"$VENV/bin/python" -c "import arcadedb_embedded as a, neo4j; print('arcadedb-embedded', a.__version__, '+ neo4j', neo4j.__version__, 'ready in $VENV')"

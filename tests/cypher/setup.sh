#!/bin/sh
# Create the Python venv for tests/cypher/load_check.py (ArcadeDB embedded, bundled JRE:
# no Java install needed). Usage: tests/cypher/setup.sh [VENV_DIR]  (default target/cypher-venv)
# Then: VENV_DIR/bin/python tests/cypher/load_check.py EXPORT_DIR EXPECT_JSON [--loads 2]
set -eu
VENV="${1:-target/cypher-venv}"
ARCADEDB_VERSION="26.10.2.post1"  # the version load_check.py was tested with
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('arcadedb-embedded') != '$ARCADEDB_VERSION')" 2>/dev/null; then
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "arcadedb-embedded==$ARCADEDB_VERSION"
fi
"$VENV/bin/python" -c "import arcadedb_embedded as a; print('arcadedb-embedded', a.__version__, 'ready in $VENV')"

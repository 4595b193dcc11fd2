#!/usr/bin/env bash
# Lints every Cypher statement the Neo4j store can send with Neo4j's own Cypher front end.
# Needs node (>= 20 works; the package declares >= 24.11.1 and only warns) and the `dg cypher` command wired in Program.cs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/.ci/cypher-lint"
if [ ! -d "$here/node_modules/@neo4j-cypher/language-support" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi
dotnet run --project "$root/src/DiplomacyGraph.Cli" -- cypher --list | node "$here/lint.mjs"

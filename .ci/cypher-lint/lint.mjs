// Lints Cypher statements with Neo4j's own Cypher front end (@neo4j-cypher/language-support).
// Input on stdin: JSON lines {"name": ..., "statement": ...} as printed by `dg cypher --list`.
// Prints every diagnostic; exits 1 when any diagnostic is an error (or no statement was read), 0 otherwise.
import { createInterface } from 'node:readline';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

// LSP DiagnosticSeverity: 1 Error, 2 Warning, 3 Information, 4 Hint.
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let statements = 0;
let errors = 0;
let warnings = 0;
let parameters = 0;
let lineNo = 0;

for await (const line of lines) {
  lineNo++;
  if (line.trim() === '') continue;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch (e) {
    console.error(`line ${lineNo}: not JSON (${e.message}): ${line.slice(0, 120)}`);
    errors++;
    continue;
  }
  if (typeof entry.name !== 'string' || typeof entry.statement !== 'string') {
    console.error(`line ${lineNo}: expected {"name": string, "statement": string}`);
    errors++;
    continue;
  }
  statements++;
  // An empty schema: nothing is known about the database, so only the language itself is checked.
  const { diagnostics } = lintCypherQuery(entry.statement, {});
  for (const d of diagnostics) {
    // Parameters are bound at run time by the store, never declared to the linter: "Parameter $x is not defined"
    // is expected for each of them (the package's own isNotParamError tells these apart).
    if (!isNotParamError(d)) {
      parameters++;
      continue;
    }
    const severity = SEVERITY[d.severity] ?? 'error';
    if (severity === 'error') errors++;
    else if (severity === 'warning') warnings++;
    const at = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '?';
    console.log(`${entry.name} ${at} ${severity}: ${d.message}`);
  }
}

console.log(`cypher-lint: ${statements} statement(s), ${errors} error(s), ${warnings} warning(s), ${parameters} run-time parameter reference(s)`);
process.exit(errors > 0 || statements === 0 ? 1 : 0);

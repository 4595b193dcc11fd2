// Runs the graphql-http server audits (GraphQL-over-HTTP spec conformance) against a running endpoint.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Prints one line per audit and exits 1 when any audit fails (warnings count as failures: we aim for all of them).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url || url === '--help' || url === '-h') {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(url ? 0 : 2);
}

const results = await auditServer({ url });
let failed = 0;
for (const r of results) {
  const ok = r.status === 'ok';
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : r.status.toUpperCase().padEnd(4)} ${r.id} ${r.name}${ok ? '' : ` - ${r.reason}`}`);
}
console.log(`${results.length - failed}/${results.length} audits passed`);
process.exit(failed === 0 ? 0 : 1);

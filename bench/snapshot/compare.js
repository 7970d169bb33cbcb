// `node compare.js <snapshotjs.json> <steward.json>`: checks that both recounts agree (bit for
// bit, or within 1e-9 relative for weighted and quadratic, whose float sums snapshot.js itself
// only fixes up to summation order) and prints one line with the time ratio.
const fs = require('fs');
const js = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const java = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const tolerant = ['weighted', 'quadratic'].includes(js.type);

const a = [].concat(js.result.scores, js.result.scoresByStrategy.flat(), [js.result.scoresTotal]);
const b = [].concat(java.result.scores, java.result.scoresByStrategy.flat(), [java.result.scoresTotal]);
let worst = 0;
let equal = a.length === b.length;
for (let i = 0; equal && i < a.length; i++) {
  const x = a[i] === null ? NaN : a[i];
  const y = b[i] === null ? NaN : b[i];
  if (Object.is(x, y)) continue;
  const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
  worst = Math.max(worst, rel);
  if (!tolerant || !(rel <= 1e-9)) equal = false;
}
const ratio = js.medianMs / java.medianMs;
const agreement = !equal ? 'DIFFERENT' : worst === 0 ? 'identical' : `equal within ${worst.toExponential(1)} relative`;
console.log(
  `${js.type.padEnd(14)} snapshot.js ${js.medianMs.toFixed(1).padStart(9)} ms   Steward ${java.medianMs.toFixed(1).padStart(8)} ms   ` +
  `${ratio.toFixed(1).padStart(6)}x   results ${agreement}`
);
if (!equal) {
  console.error('snapshot.js:', JSON.stringify(js.result));
  console.error('Steward:    ', JSON.stringify(java.result));
  process.exit(1);
}
if (ratio < 5) process.exitCode = 3;

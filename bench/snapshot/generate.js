// Writes one synthetic proposal in snapshot.js's voting examples format, the same bytes for the
// same (type, votes, seed): `node generate.js <type> <votes> <seed> <out.json>`.
// About 2% of the votes are invalid in the ways each type can be (unknown option, repeated
// option, partial ranking, all-zero weights), because invalid votes still count in most totals.
const fs = require('fs');

const [type, count, seed, outFile] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5]];
if (!type || !count || !outFile) {
  console.error('usage: node generate.js <type> <votes> <seed> <out.json>');
  process.exit(2);
}

// mulberry32: small, fast, and the same sequence in every Node version.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);

const options = type === 'basic' ? 3 : 5;
const choices = Array.from({ length: options }, (_, i) => `Option ${i + 1}`);
const strategies = [
  { name: 'erc20-balance-of', network: '1', params: {} },
  { name: 'delegation', network: '1', params: {} }
];

function permutation() {
  const p = Array.from({ length: options }, (_, i) => i + 1);
  for (let i = p.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

function choice(invalid) {
  switch (type) {
    case 'single-choice':
    case 'basic':
      return invalid ? options + 1 + int(3) : 1 + int(options);
    case 'approval': {
      const picked = permutation().slice(0, 1 + int(options - 1));
      if (invalid) picked.push(picked[0]);
      return picked;
    }
    case 'ranked-choice':
    case 'copeland': {
      // Skewed preferences so that instant runoff needs several rounds.
      const p = permutation();
      if (random() < 0.4) p.sort((a, b) => (a === 3 ? -1 : b === 3 ? 1 : 0));
      return invalid ? p.slice(0, options - 1) : p;
    }
    case 'weighted':
    case 'quadratic': {
      const weights = {};
      const n = 1 + int(options);
      for (const o of permutation().slice(0, n)) weights[o] = invalid ? 0 : int(10);
      if (!invalid && Object.values(weights).every((w) => w === 0)) weights[1 + int(options)] = 1 + int(9);
      return weights;
    }
    default:
      throw new Error('unknown type ' + type);
  }
}

const fd = fs.openSync(outFile, 'w');
fs.writeSync(fd, JSON.stringify({ proposal: { choices }, strategies }).slice(0, -1) + ',"votes":[');
let chunk = [];
for (let i = 0; i < count; i++) {
  const invalid = random() < 0.02;
  const first = Math.round(random() * 1e8) / 1e4;
  const second = random() < 0.5 ? 0 : Math.round(random() * 1e6) / 1e3;
  const balance = first + second;
  chunk.push(JSON.stringify({ choice: choice(invalid), balance, scores: [first, second] }));
  if (chunk.length === 10000) {
    fs.writeSync(fd, (i + 1 > chunk.length ? ',' : '') + chunk.join(','));
    chunk = [];
  }
}
if (chunk.length) fs.writeSync(fd, (count > chunk.length ? ',' : '') + chunk.join(','));
fs.writeSync(fd, ']}');
fs.closeSync(fd);

// snapshot.js's side of bench/snapshot-recount.sh: `node recount.js <type> <votes.json> <warmup> <runs>`.
// Times what snapshot.js does to show a result (construct the voting class, getScores,
// getScoresByStrategy, getScoresTotal) on data already parsed, and prints one JSON line:
// {"type","medianMs","runsMs","result":{"scores","scoresByStrategy","scoresTotal"}}.
const fs = require('fs');
const snapshot = require('@snapshot-labs/snapshot.js');

const [type, file, warmup, runs] = [process.argv[2], process.argv[3], Number(process.argv[4]), Number(process.argv[5])];
const voting = (snapshot.default || snapshot).utils.voting;
const data = JSON.parse(fs.readFileSync(file, 'utf8'));

function recount() {
  const v = new voting[type](data.proposal, data.votes, data.strategies, null);
  return { scores: v.getScores(), scoresByStrategy: v.getScoresByStrategy(), scoresTotal: v.getScoresTotal() };
}

let result;
for (let i = 0; i < warmup; i++) result = recount();
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  result = recount();
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({ type, medianMs: sorted[Math.floor(sorted.length / 2)], runsMs: times, result }));

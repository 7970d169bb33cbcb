// Produces signed vote envelopes with snapshot.js's own Client712.vote() (types choice, JSON
// encoding of weights, EIP-55 from, defaults), signed by a fixed test key, plus ethers' EIP-712
// digest of each. Steward's tests replay them: governance/src/test/resources/snapshot/sign/client712-votes.json
// Usage: node make-vote-vectors.js > ../../governance/src/test/resources/snapshot/sign/client712-votes.json
const snapshot = require('@snapshot-labs/snapshot.js');
const { Wallet } = require('@ethersproject/wallet');
const { _TypedDataEncoder } = require('@ethersproject/hash');

// anvil's first default account: a public test key, never holding anything.
const wallet = new Wallet('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const space = 'steward-test.eth';
const proposal = '0x6b2a7c4f0e3d5a9b8c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f70819';
const cases = [
  { type: 'single-choice', choice: 2, reason: 'For the treasury plan', app: 'steward' },
  { type: 'basic', choice: 3 },
  { type: 'approval', choice: [1, 3], reason: 'two of them', app: 'steward', metadata: '{"k":1}' },
  { type: 'ranked-choice', choice: [3, 1, 2, 4], app: 'steward' },
  { type: 'weighted', choice: { 1: 2, 3: 1 }, app: 'steward' },
  { type: 'quadratic', choice: { 2: 5, 1: 1, 4: 10 }, reason: 'ünïcödé ✓', app: 'steward' },
  { type: 'single-choice', privacy: 'shutter', choice: '0x03a1b2c3d4e5f60718293a4b5c6d7e8f', app: 'steward' }
];

async function main() {
  const client = new snapshot.Client712('http://127.0.0.1:1');
  client.send = async (envelope) => envelope;
  const out = [];
  let timestamp = 1735689600;
  for (const c of cases) {
    const message = { space, proposal, timestamp: timestamp++, ...c };
    const envelope = await client.vote(wallet, wallet.address.toLowerCase(), message);
    const { domain, types, message: signed } = envelope.data;
    out.push({
      type: c.type,
      privacy: c.privacy || '',
      typesJson: JSON.stringify(types),
      digest: _TypedDataEncoder.hash(domain, types, signed),
      envelope
    });
  }
  console.log(JSON.stringify({
    source: 'bench/snapshot/make-vote-vectors.js with @snapshot-labs/snapshot.js ' + require('@snapshot-labs/snapshot.js/package.json').version,
    vectors: out
  }, null, 2));
}
main().catch((e) => { console.error(e); process.exit(1); });

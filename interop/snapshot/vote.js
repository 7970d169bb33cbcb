// Signs Snapshot votes with snapshot.js's own Client712 and sends them to a sequencer, the way
// Snapshot's UIs do. Steward's SnapshotJsInteropIT drives it against the loopback hub.
// Usage: node vote.js <cases.json>
//   cases.json: { "sequencerUrl": "...", "mnemonic": "...", "cases": [
//     { "name": "...", "account": 0, "message": { "space", "proposal", "type", "choice", ... } } ] }
// Prints one JSON line per case, in order: { "name", "ok": true, "id", "ipfs" } or
// { "name", "ok": false, "error", "error_description" } with the sequencer's answer verbatim.
// The signer is a local test wallet from the public demo mnemonic, never a real key.
const fs = require('fs');
const snapshot = require('@snapshot-labs/snapshot.js');
const { Wallet } = require('@ethersproject/wallet');

async function main() {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const client = new snapshot.Client712(job.sequencerUrl);
  const wallets = new Map();
  const wallet = (index) => {
    if (!wallets.has(index)) {
      wallets.set(index, Wallet.fromMnemonic(job.mnemonic, `m/44'/60'/0'/0/${index}`));
    }
    return wallets.get(index);
  };
  for (const c of job.cases) {
    const signer = wallet(c.account);
    try {
      const receipt = await client.vote(signer, signer.address, { ...c.message });
      console.log(JSON.stringify({ name: c.name, ok: true, id: receipt.id, ipfs: receipt.ipfs }));
    } catch (e) {
      const answer = e && typeof e === 'object' && 'error_description' in e
        ? { error: e.error, error_description: e.error_description }
        : { error: 'client', error_description: String((e && e.message) || e) };
      console.log(JSON.stringify({ name: c.name, ok: false, ...answer }));
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// Drives Safe's official clients against a Transaction Service on a devnet, as a Safe user would:
// @safe-global/api-kit (service info, propose, pending with and without currentNonce, confirm,
// get, confirmations) and @safe-global/protocol-kit (hashing, signing through the node's unlocked
// accounts, executing the transaction fetched from the service). Prints one JSON object on stdout;
// any failure prints {"error": ...} and exits 1. Run by devnet's SafeApiKitInteropIT.
//   node api-kit-interop.mjs '{"txServiceUrl":..,"rpcUrl":..,"chainId":..,"safeAddress":..,"owners":[..3],"recipient":..,"value":"..",
//                               "contractNetworks":{"<chainId>":{"multiSendAddress":..,"multiSendCallOnlyAddress":..}}}'
// (a devnet's contracts are not in safe-deployments, so protocol-kit is told where they are).
import SafeApiKit from '@safe-global/api-kit';
import Safe from '@safe-global/protocol-kit';

const cfg = JSON.parse(process.argv[2]);
const json = (value) => JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));

async function rpc(method, params) {
  const r = await fetch(cfg.rpcUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return (await r.json()).result;
}

async function receipt(hash) {
  for (let i = 0; i < 100; i++) {
    const r = await rpc('eth_getTransactionReceipt', [hash]);
    if (r) return r;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`no receipt for ${hash}`);
}

async function main() {
  const [owner0, owner1, executor] = cfg.owners;
  const api = new SafeApiKit({ chainId: BigInt(cfg.chainId), txServiceUrl: cfg.txServiceUrl });
  const out = {};
  out.serviceInfo = await api.getServiceInfo();
  out.safeInfo = await api.getSafeInfo(cfg.safeAddress);

  const kit0 = await Safe.init({ provider: cfg.rpcUrl, signer: owner0, safeAddress: cfg.safeAddress, contractNetworks: cfg.contractNetworks });
  const tx = await kit0.createTransaction({ transactions: [{ to: cfg.recipient, value: cfg.value, data: '0x' }] });
  const safeTxHash = await kit0.getTransactionHash(tx);
  const proposerSignature = await kit0.signHash(safeTxHash);
  out.safeTxHash = safeTxHash;
  out.proposed = await api.proposeTransaction({ safeAddress: cfg.safeAddress, safeTransactionData: tx.data, safeTxHash,
    senderAddress: owner0, senderSignature: proposerSignature.data, origin: 'steward-interop' });

  out.pending = await api.getPendingTransactions(cfg.safeAddress);
  out.pendingFromNonce = await api.getPendingTransactions(cfg.safeAddress, { currentNonce: Number(out.safeInfo.nonce) });
  out.pendingPastNonce = await api.getPendingTransactions(cfg.safeAddress, { currentNonce: Number(out.safeInfo.nonce) + 1 });

  const kit1 = await Safe.init({ provider: cfg.rpcUrl, signer: owner1, safeAddress: cfg.safeAddress, contractNetworks: cfg.contractNetworks });
  const signed = await kit1.signTransaction(tx, 'eth_signTypedData_v4' /* types-kit's SigningMethod.ETH_SIGN_TYPED_DATA_V4 */);
  out.confirmed = await api.confirmTransaction(safeTxHash, signed.getSignature(owner1).data);
  out.transaction = await api.getTransaction(safeTxHash);
  out.confirmations = await api.getTransactionConfirmations(safeTxHash);

  const kitExec = await Safe.init({ provider: cfg.rpcUrl, signer: executor, safeAddress: cfg.safeAddress, contractNetworks: cfg.contractNetworks });
  out.executable = await kitExec.isValidTransaction(out.transaction);
  const sent = await kitExec.executeTransaction(out.transaction);
  const mined = await receipt(sent.hash);
  out.execution = { hash: sent.hash, status: mined.status };
  out.executed = await api.getTransaction(safeTxHash);
  out.pendingAfter = await api.getPendingTransactions(cfg.safeAddress);
  process.stdout.write(json(out) + '\n');
}

main().catch((e) => {
  process.stdout.write(json({ error: String(e?.message ?? e), status: e?.statusCode ?? null, data: e?.data ?? null }) + '\n');
  process.exit(1);
});

// Reference for bench/safe-history.sh: the same work as Steward's Safe history indexer with ethers
// (contracts/node_modules/ethers): eth_getLogs of the Safe's execution events over the same range,
// decoding each log, and the timestamps of the blocks that hold them (batched JSON-RPC).
//   node bench/safe-history.mjs RPC SAFE HEAD
import { createRequire } from "node:module";
const require = createRequire(new URL("../contracts/package.json", import.meta.url));
const { ethers } = require("ethers");

const [rpc, safe, head] = process.argv.slice(2);
const abi = [
  "event ExecutionSuccess(bytes32 indexed txHash, uint256 payment)",
  "event ExecutionFailure(bytes32 indexed txHash, uint256 payment)",
  "event SafeMultiSigTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures, bytes additionalInfo)",
];
const iface = new ethers.utils.Interface(abi);
const topics = [[iface.getEventTopic("ExecutionSuccess"), iface.getEventTopic("ExecutionFailure"), iface.getEventTopic("SafeMultiSigTransaction")]];
const t0 = process.hrtime.bigint();
const provider = new ethers.providers.JsonRpcBatchProvider(rpc);
const logs = await provider.getLogs({ address: safe, fromBlock: 0, toBlock: Number(head), topics });
const decoded = logs.map((l) => iface.parseLog(l));
const blocks = [...new Set(logs.map((l) => l.blockNumber))];
const times = await Promise.all(blocks.map((b) => provider.getBlock(b).then((x) => x.timestamp)));
const executions = decoded.filter((d) => d.name !== "SafeMultiSigTransaction").length;
const ms = Number((process.hrtime.bigint() - t0) / 1000000n);
console.log(`reference-ms ${ms} executions ${executions} blocks ${times.length}`);

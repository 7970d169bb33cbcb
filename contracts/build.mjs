// Prepares everything the devnet needs, offline after the first install:
//  1. installs the locked packages when package-lock.json changed since the last install;
//  2. compiles src/*.sol with the pinned solc when a source changed;
//  3. copies abi + bytecode of the Safe contracts the devnet deploys from their npm artifacts.
// Maven runs it (devnet module, generate-resources); the outputs land in build/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const build = join(here, 'build');
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function installIfStale() {
  const marker = join(here, 'node_modules', '.package-lock.json');
  if (mtime(marker) >= mtime(join(here, 'package-lock.json'))) return;
  // `npm install`, not `npm ci`: the lock records only the anvil binary package of the platform it
  // was made on (the registry reachable here serves no other), and `npm ci` refuses a lock that
  // lacks any optional package. With exact versions and the lock's integrity hashes, install
  // resolves the same tree; --no-save keeps it from writing the lock back (another npm version
  // would otherwise rewrite a tracked file on the first build).
  console.log('[contracts] npm install (locked versions)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error('[contracts] npm install failed: check that Node 20+ and the npm registry are reachable, then run the build again.');
    process.exit(r.status ?? 1);
  }
}

function sources() {
  const dir = join(here, 'src');
  return readdirSync(dir).filter((f) => f.endsWith('.sol')).map((f) => join(dir, f));
}

function compileIfStale() {
  const stamp = join(build, '.compiled');
  const newest = Math.max(...sources().map(mtime), mtime(join(here, 'package-lock.json')), mtime(fileURLToPath(import.meta.url)));
  if (mtime(stamp) >= newest) return;
  const require = createRequire(import.meta.url);
  const solc = require('solc');
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(sources().map((p) => [`src/${p.split(/[\\/]/).pop()}`, { content: readFileSync(p, 'utf8') }])),
    settings: {
      // OpenZeppelin >= 5.4 uses mcopy/transient storage: Cancun is the oldest EVM it runs on.
      evmVersion: 'cancun',
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const findImports = (path) => {
    const file = join(here, 'node_modules', path);
    return existsSync(file) ? { contents: readFileSync(file, 'utf8') } : { error: `not found: ${path}` };
  };
  console.log(`[contracts] solc ${solc.version()}: ${Object.keys(input.sources).join(', ')}`);
  const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (out.errors ?? []).filter((e) => e.severity === 'error');
  // Warnings in OpenZeppelin's own sources are theirs to fix; ours must stay clean.
  for (const e of out.errors ?? []) if (e.severity === 'error' || e.sourceLocation?.file?.startsWith('src/')) console.error(e.formattedMessage);
  if (errors.length) process.exit(1);
  mkdirSync(build, { recursive: true });
  for (const [file, contracts] of Object.entries(out.contracts)) {
    if (!file.startsWith('src/')) continue;
    for (const [name, c] of Object.entries(contracts)) {
      const runtimeSize = c.evm.deployedBytecode.object.length / 2;
      if (runtimeSize > 24576) {
        console.error(`[contracts] ${name} is ${runtimeSize} bytes, over the EIP-170 limit of 24576: it would not deploy on a real network.`);
        process.exit(1);
      }
      writeFileSync(join(build, `${name}.json`), JSON.stringify({ contractName: name, abi: c.abi, bytecode: '0x' + c.evm.bytecode.object }));
    }
  }
  writeFileSync(stamp, new Date().toISOString());
}

// The Safe contracts the devnet deploys, per npm package (version -> package, artifact paths).
const SAFE_ARTIFACTS = {
  'safe-1.5.0': {
    root: '@safe-global/safe-smart-account/build/artifacts/contracts',
    files: {
      Safe: 'Safe.sol/Safe.json',
      SafeL2: 'SafeL2.sol/SafeL2.json',
      SafeProxyFactory: 'proxies/SafeProxyFactory.sol/SafeProxyFactory.json',
      CompatibilityFallbackHandler: 'handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json',
      MultiSendCallOnly: 'libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json',
    },
  },
  // Older Safes still hold real money: tests run the same flows on them.
  'safe-1.4.1': {
    root: '@safe-global/safe-contracts/build/artifacts/contracts',
    files: {
      Safe: 'Safe.sol/Safe.json',
      SafeL2: 'SafeL2.sol/SafeL2.json',
      SafeProxyFactory: 'proxies/SafeProxyFactory.sol/SafeProxyFactory.json',
      CompatibilityFallbackHandler: 'handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json',
      MultiSendCallOnly: 'libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json',
    },
  },
  // 1.3.0 still carried the Gnosis names; they are copied under the names the devnet uses.
  'safe-1.3.0': {
    root: '@gnosis.pm/safe-contracts/build/artifacts/contracts',
    files: {
      Safe: 'GnosisSafe.sol/GnosisSafe.json',
      SafeL2: 'GnosisSafeL2.sol/GnosisSafeL2.json',
      SafeProxyFactory: 'proxies/GnosisSafeProxyFactory.sol/GnosisSafeProxyFactory.json',
      CompatibilityFallbackHandler: 'handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json',
      MultiSendCallOnly: 'libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json',
    },
  },
};

function copySafeArtifacts() {
  for (const [version, { root, files }] of Object.entries(SAFE_ARTIFACTS)) {
    const dir = join(build, version);
    mkdirSync(dir, { recursive: true });
    for (const [name, rel] of Object.entries(files)) {
      const src = join(here, 'node_modules', root, rel);
      const dst = join(dir, `${name}.json`);
      if (mtime(dst) >= mtime(src)) continue;
      const a = JSON.parse(readFileSync(src, 'utf8'));
      writeFileSync(dst, JSON.stringify({ contractName: name, abi: a.abi, bytecode: a.bytecode }));
    }
  }
}

installIfStale();
compileIfStale();
copySafeArtifacts();

// anan_runner.mjs: a long-lived node process that drives the anan-as 1.2.0 PVM through its JS API.
//
// Usage: node anan_runner.mjs <path to node_modules/@fluffylabs/anan-as>
//
// Protocol: one JSON object per line on stdin, one JSON object per line on stdout (nothing else is ever
// written to stdout: console.log/info/warn of anan-as are redirected to stderr). 64-bit values (registers,
// gas) travel as decimal strings, byte strings as lowercase hex.
//
// Requests:
//   {"op": "run", "kind": "spi"|"generic", "metadata": bool, "program": hex, "args": hex,
//    "registers": [dec x13] (generic only), "pages": [[address, length, writable], ...] (generic only),
//    "memory": [[address, hex], ...] (generic only), "gas": dec, "pc": int, "read": [[address, length], ...]}
//       prepares the program, starts a VM and runs it until it stops.
//   {"op": "resume", "id": int, "gas": dec, "pc": int, "registers": [dec x13] | null, "read": [...]}
//       continues a VM stopped on a host call (pc = the pause's nextPc, gas = the gas to continue with).
//   {"op": "destroy", "id": int}      frees a VM stopped on a host call that the caller abandons.
//   {"op": "read", "id": int, "read": [[address, length], ...]}
//       reads memory of a VM stopped on a host call (it stays stopped); answers {"ok": true, "memory": [...]}.
//   {"op": "ping"}                    answers {"ok": true, "version": ...}.
// Answer to run/resume: {"ok": true, "id", "status" (anan-as code: 0 halt, 1 panic, 2 fault, 3 host, 4 oog),
//   "exitCode", "pc", "nextPc", "gas" (remaining, dec), "registers" [dec x13],
//   "output": hex | null (GP A.44: bytes [r7, r7 + r8) when all readable; only when status is halt),
//   "memory": [hex | null, ...] (one per requested read range, null when not readable),
//   "seconds": wall time of prepareProgram + pvmStart + pvmResume for run, of pvmResume for resume (the
//   interpreter's own time, without this protocol's decoding and encoding)}.
// When the status is 3 (host call) the VM is kept alive under "id" for "resume"/"destroy"; otherwise it is
// destroyed before answering. Any exception answers {"ok": false, "error": message}.

import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const pkgDir = process.argv[2];
if (!pkgDir) {
  process.stderr.write("usage: node anan_runner.mjs <anan-as package dir>\n");
  process.exit(2);
}

// anan-as prints warnings through console.*; keep stdout for the protocol only.
const toStderr = (...a) => process.stderr.write(`${a.join(" ")}\n`);
console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = toStderr;

const api = await import(pathToFileURL(join(pkgDir, "dist", "build", "release.js")).href);
const { prepareProgram, pvmStart, pvmResume, pvmReadMemory, pvmSetRegisters, pvmDestroy, InputKind, HasMetadata } =
  api;

const PAGE = 4096;
const ADDRESS_SPACE = 2n ** 32n;
const PREALLOCATE_PAGES = 128; // below 64 anan-as prints a warning (README section 5)
const ACCESS_READ = 1;
const ACCESS_WRITE = 2;
const STATUS_HALT = 0;
const STATUS_HOST = 3;

function hexToBytes(hex) {
  return Array.from(Buffer.from(hex, "hex"));
}

function bytesToHex(bytes) {
  return Buffer.from(bytes).toString("hex");
}

// Reads [address, address + length) if every byte is readable, else null. Probes one byte per page first so
// that a huge length over unmapped memory costs one call per readable page, not a huge allocation.
function readRange(id, address, length) {
  const start = BigInt(address);
  const len = BigInt(length);
  if (len === 0n) {
    return "";
  }
  if (start + len > ADDRESS_SPACE) {
    return null;
  }
  const end = start + len;
  let page = (start / BigInt(PAGE)) * BigInt(PAGE);
  for (; page < end; page += BigInt(PAGE)) {
    const probe = page < start ? start : page;
    if (pvmReadMemory(id, Number(probe), 1) == null) {
      return null;
    }
  }
  const data = pvmReadMemory(id, Number(start), Number(len));
  return data == null ? null : bytesToHex(data);
}

const live = new Map();

function answer(id, pause, read) {
  const registers = pause.registers.map((r) => BigInt.asUintN(64, BigInt(r)));
  const result = {
    ok: true,
    id,
    status: pause.status,
    exitCode: pause.exitCode,
    pc: pause.pc,
    nextPc: pause.nextPc,
    gas: pause.gas.toString(),
    registers: registers.map((r) => r.toString()),
    output: null,
    memory: (read ?? []).map(([a, l]) => readRange(id, a, l)),
  };
  if (pause.status === STATUS_HALT) {
    result.output = readRange(id, registers[7] % ADDRESS_SPACE, registers[8]);
  }
  if (pause.status === STATUS_HOST) {
    live.set(id, true);
  } else {
    live.delete(id);
    pvmDestroy(id);
  }
  return result;
}

function resumeChecked(id, gas, pc) {
  const pause = pvmResume(id, BigInt(gas), pc, false);
  if (pause == null) {
    throw new Error(`pvmResume returned null for vm ${id}`);
  }
  return pause;
}

function run(req) {
  const generic = req.kind === "generic";
  const kind = generic ? InputKind.Generic : InputKind.SPI;
  const meta = req.metadata ? HasMetadata.Yes : HasMetadata.No;
  const regs = generic ? req.registers.map((r) => BigInt(r)) : [];
  const pages = generic
    ? req.pages.map(([address, length, writable]) => ({
        address,
        length,
        access: writable ? ACCESS_WRITE : ACCESS_READ,
      }))
    : [];
  const chunks = generic ? req.memory.map(([address, hex]) => ({ address, data: hexToBytes(hex) })) : [];
  const args = generic ? [] : hexToBytes(req.args);
  const bytes = hexToBytes(req.program);
  const start = process.hrtime.bigint();
  const program = prepareProgram(kind, meta, bytes, regs, pages, chunks, args, PREALLOCATE_PAGES);
  const id = pvmStart(program, false);
  const pause = resumeChecked(id, req.gas, req.pc);
  const seconds = secondsSince(start);
  return { ...answer(id, pause, req.read), seconds };
}

function secondsSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function resume(req) {
  if (!live.has(req.id)) {
    throw new Error(`no paused vm ${req.id}`);
  }
  if (req.registers != null) {
    pvmSetRegisters(
      req.id,
      req.registers.map((r) => BigInt(r)),
    );
  }
  const start = process.hrtime.bigint();
  const pause = resumeChecked(req.id, req.gas, req.pc);
  const seconds = secondsSince(start);
  return { ...answer(req.id, pause, req.read), seconds };
}

function handle(line) {
  const req = JSON.parse(line);
  switch (req.op) {
    case "run":
      return run(req);
    case "resume":
      return resume(req);
    case "destroy":
      if (live.delete(req.id)) {
        pvmDestroy(req.id);
      }
      return { ok: true };
    case "read":
      if (!live.has(req.id)) {
        throw new Error(`no paused vm ${req.id}`);
      }
      return { ok: true, memory: (req.read ?? []).map(([a, l]) => readRange(req.id, a, l)) };
    case "ping":
      return { ok: true, version: "1.2.0" };
    default:
      throw new Error(`unknown op ${req.op}`);
  }
}

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (line.trim() === "") {
    continue;
  }
  let reply;
  try {
    reply = handle(line);
  } catch (e) {
    reply = { ok: false, error: String(e && e.stack ? e.stack : e) };
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}

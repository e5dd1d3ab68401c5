// Garbage: rounds that allocate and drop arrays and strings, a linked list of objects kept alive only through a
// global, and explicit __collect() calls between the phases, when no managed value lives on the stack (the
// minimal runtime's collector scans globals only; under stub __collect does nothing, under incremental it runs a
// full cycle, which also happens on its own during allocation).
// Input: byte 0 = rounds of churn, byte 1 = list length / 4, byte 2 = seed (missing bytes are 0).
// Output: per round a checksum byte, then the list's length, its value sum and the total string length (u32 LE).
// runtimes: stub minimal incremental
// args:
// args: 03 02 07
// args: 40 10 2a
// args: c8 40 99

class Node {
  constructor(public value: i32, public next: Node | null) {}
}

let checksums: Array<u8> = new Array<u8>();
let head: Node | null = null;
let stringUnits: i32 = 0;

function churn(rounds: i32, seed: i32): void {
  for (let r = 0; r < rounds; r++) {
    const temp = new Array<i32>(64);
    for (let i = 0; i < temp.length; i++) temp[i] = (seed + r * 131 + i * 17) & 0xff;
    let sum = 0;
    for (let i = 0; i < temp.length; i++) sum += temp[i];
    const label = r.toString() + ":" + sum.toString();
    stringUnits += label.length;
    checksums.push(<u8>(sum ^ label.length));
  }
}

function buildList(length: i32, seed: i32): void {
  for (let i = 0; i < length; i++) head = new Node((seed * i + 3) & 0xffff, head);
}

function walk(): i64 {
  let count: i64 = 0;
  let sum: i64 = 0;
  let node = head;
  while (node !== null) {
    count++;
    sum += node.value;
    node = node.next;
  }
  return count | (sum << 32);
}

export function main(args_ptr: i32, args_len: i32): i64 {
  const rounds = args_len > 0 ? <i32>load<u8>(args_ptr) : 0;
  const length = args_len > 1 ? <i32>load<u8>(args_ptr + 1) * 4 : 0;
  const seed = args_len > 2 ? <i32>load<u8>(args_ptr + 2) : 0;
  churn(rounds, seed);
  __collect();
  buildList(length, seed);
  churn(rounds >> 1, seed + 1);
  __collect();
  const walked = walk();
  const out = new Uint8Array(checksums.length + 12);
  for (let i = 0; i < checksums.length; i++) out[i] = checksums[i];
  store<u32>(out.dataStart + checksums.length, <u32>walked);
  store<u32>(out.dataStart + checksums.length, <u32>(walked >> 32), 4);
  store<u32>(out.dataStart + checksums.length, stringUnits, 8);
  return <i64>out.dataStart | (<i64>out.length << 32);
}

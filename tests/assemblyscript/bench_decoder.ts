// Benchmark row "AS decoder" of the original system (issue 18), as our own program: the input's payload is
// pushed byte by byte into an Array<u8>, copied into a Uint8Array, and read back through a small bounds-checked
// reader class (a u8, a u32 LE, a subarray of what is left), as a blob decoder does. The published row's input is
// 00 00 00 00 (an empty payload), which that program ends in a trap on; this one reports the short read instead.
// Input: the payload length as u32 LE, then the payload (the length is cut to the bytes present).
// Output (u32 LE fields, in a 64-byte block from the runtime's `heap.alloc`): the payload length; a status (0 all
// reads succeeded, 1 the u8 read failed, 2 the u32 read failed); the u8 (0 if not read); the u32 (0 if not read);
// the length of the rest; the rest's first byte (0 when empty); the reader's final offset.
// args: 00 00 00 00
// args: 01 00 00 00 07
// args: 09 00 00 00 2a 78 56 34 12 aa bb cc dd
// args: 03 00 00 00 01 02
import { pushLengthPrefixed } from "./lib/length_prefixed";

class Reader {
  offset: i32 = 0;
  failed: bool = false;

  constructor(private readonly source: Uint8Array) {}

  private take(count: i32): bool {
    if (this.failed || this.offset + count > this.source.length) {
      this.failed = true;
      return false;
    }
    return true;
  }

  u8(): u32 {
    if (!this.take(1)) return 0;
    return this.source[this.offset++];
  }

  u32(): u32 {
    if (!this.take(4)) return 0;
    const at = this.offset;
    this.offset = at + 4;
    return <u32>this.source[at] | (<u32>this.source[at + 1] << 8) | (<u32>this.source[at + 2] << 16)
      | (<u32>this.source[at + 3] << 24);
  }

  rest(): Uint8Array {
    const tail = this.source.subarray(this.offset);
    this.offset = this.source.length;
    return tail;
  }
}

export function main(args_ptr: i32, args_len: i32): i64 {
  const out = heap.alloc(64);
  const pushed = pushLengthPrefixed(args_ptr, args_len);
  const payload = new Uint8Array(pushed.length);
  for (let i = 0; i < pushed.length; i++) payload[i] = pushed[i];

  const reader = new Reader(payload);
  let status: u32 = 0;
  const first = reader.u8();
  if (reader.failed) status = 1;
  const word = reader.u32();
  if (status == 0 && reader.failed) status = 2;
  const rest = reader.rest();

  store<u32>(out, payload.length);
  store<u32>(out, status, 4);
  store<u32>(out, first, 8);
  store<u32>(out, word, 12);
  store<u32>(out, rest.length, 16);
  store<u32>(out, rest.length > 0 ? rest[0] : 0, 20);
  store<u32>(out, reader.offset, 24);
  return <i64>out | (<i64>28 << 32);
}

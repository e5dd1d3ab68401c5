// First-class functions: arrow functions and named functions passed to map/filter/reduce/some/every/findIndex,
// a function chosen at run time from a table (call_indirect), and a function that returns a function.
// AssemblyScript closures cannot capture locals, so every function here uses only its parameters and globals.
// Input: bytes; the first picks the operation (byte % 4), the rest are the values.
// Output: the mapped values as i32 LE, then the filtered count, the reduced value, some/every flags, the index of
// the first value above 100, and the composed function applied to the length.
// args: 00
// args: 00 01 02 03 04 05 06 07 08 09
// args: 01 c8 05 64 65 00 ff 80
// args: 02 10 20 30
// args: 03 7f 7e 7d 7c 7b

let scale: i32 = 3;
let current: (x: i32) => i32 = negate;

function negate(x: i32): i32 {
  return -x;
}

function square(x: i32): i32 {
  return x * x;
}

function triple(x: i32): i32 {
  return x * scale;
}

function pick(op: i32): (x: i32) => i32 {
  switch (op & 3) {
    case 0: return square;
    case 1: return negate;
    case 2: return triple;
    default: return (x: i32): i32 => x ^ 0x55;
  }
}

function twice(f: (x: i32) => i32, x: i32): i32 {
  return f(f(x));
}

export function main(args_ptr: i32, args_len: i32): i64 {
  const op = args_len > 0 ? <i32>load<u8>(args_ptr) : 0;
  scale = op + 2;
  const values = new Array<i32>();
  for (let i = 1; i < args_len; i++) values.push(load<u8>(args_ptr + i));

  current = pick(op);
  const mapped = values.map<i32>((x: i32): i32 => x * 2).map<i32>((x: i32): i32 => current(x));
  const kept = values.filter((x: i32): bool => (x & 1) == 0);
  const sum = mapped.reduce<i32>((acc: i32, x: i32): i32 => acc * 31 + x, 7);
  const anyBig = values.some((x: i32): bool => x > 200);
  const allSmall = values.every((x: i32): bool => x < 128);
  const firstAbove = values.findIndex((x: i32): bool => x > 100);
  const composed = twice(pick(op + 1), values.length + 1);

  const out = new Uint8Array(mapped.length * 4 + 20);
  for (let i = 0; i < mapped.length; i++) store<i32>(out.dataStart + i * 4, mapped[i]);
  const at = out.dataStart + mapped.length * 4;
  store<i32>(at, kept.length);
  store<i32>(at, sum, 4);
  store<i32>(at, (anyBig ? 1 : 0) | (allSmall ? 2 : 0), 8);
  store<i32>(at, firstAbove, 12);
  store<i32>(at, composed, 16);
  return <i64>out.dataStart | (<i64>out.length << 32);
}

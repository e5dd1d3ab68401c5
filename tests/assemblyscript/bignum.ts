// Arbitrary precision: n! in an Array<u32> of base-10^9 limbs (u64 products and carries), printed in decimal with
// padStart, and the digit sum of the result computed from its string with charCodeAt.
// Input: n (the first byte; the empty input means 0).
// Output: the decimal digits of n! (ASCII), a space, and the digit sum in decimal.
// args:
// args: 05
// args: 14
// args: 64
// args: c8

const BASE: u64 = 1000000000;

export function main(args_ptr: i32, args_len: i32): i64 {
  const n = args_len > 0 ? <u32>load<u8>(args_ptr) : 0;
  const limbs = new Array<u32>();
  limbs.push(1);
  for (let k: u32 = 2; k <= n; k++) {
    let carry: u64 = 0;
    for (let i = 0; i < limbs.length; i++) {
      const v = <u64>limbs[i] * k + carry;
      limbs[i] = <u32>(v % BASE);
      carry = v / BASE;
    }
    while (carry > 0) {
      limbs.push(<u32>(carry % BASE));
      carry /= BASE;
    }
  }
  let text = limbs[limbs.length - 1].toString();
  for (let i = limbs.length - 2; i >= 0; i--) text += limbs[i].toString().padStart(9, "0");
  let digits = 0;
  for (let i = 0; i < text.length; i++) digits += text.charCodeAt(i) - 0x30;
  text += " " + digits.toString();
  const out = Uint8Array.wrap(String.UTF8.encode(text));
  return <i64>out.dataStart | (<i64>out.length << 32);
}

// console.log: ASCII and non-ASCII lines, numbers printed with toString, a string built from the input, a lone
// surrogate (U+FFFD in the log), the empty string, and one line longer than the JIP-1 message limit (8192 UTF-8
// bytes: the log keeps its first 2730 checkmarks).
// Input: bytes; each is printed in decimal on a line of its own after the fixed lines.
// Output: the number of lines printed (u32 LE) and the sum of their lengths in UTF-16 code units (u32 LE).
// runtimes: stub incremental
// args:
// args: 00 7f 80 ff
// args: 41 42 43 e9 27 13

let lines = 0;
let units = 0;

function say(text: string): void {
  console.log(text);
  lines++;
  units += text.length;
}

export function main(args_ptr: i32, args_len: i32): i64 {
  say("hello from AssemblyScript");
  say("héllo ✓ — ünïcödé, 😀 and 日本語");
  say("");
  say("lone surrogate: " + String.fromCharCode(0xd800) + " end");
  say("✓".repeat(3000));
  let letters = "";
  for (let i = 0; i < args_len; i++) letters += String.fromCharCode(load<u8>(args_ptr + i));
  say("input as text: [" + letters + "] of " + args_len.toString() + " bytes");
  for (let i = 0; i < args_len; i++) {
    const b = <i32>load<u8>(args_ptr + i);
    say("byte " + i.toString() + " = " + b.toString() + " = 0x" + b.toString(16) + " = " + (<i8>b).toString());
  }
  const out = new Uint8Array(8);
  store<u32>(out.dataStart, lines);
  store<u32>(out.dataStart, units, 4);
  return <i64>out.dataStart | (<i64>out.length << 32);
}

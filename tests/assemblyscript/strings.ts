// Strings: String.fromCharCode, concatenation, substring, i32/i64 toString (also in radix 16), charCodeAt,
// codePointAt, split/join, repeat, padStart, indexOf, replaceAll, toUpperCase, and the UTF-8 encoding of a
// string with non-ASCII characters ("héllo ✓") and a surrogate pair ("😀").
// Input: bytes; each becomes a letter 'a' + byte % 26, and a byte divisible by 7 becomes a space.
// Output: the UTF-8 of the composed text, then the sum of its UTF-16 code units and its length as u32 LE.
// runtimes: stub minimal incremental
// args:
// args: 00 01 02 03 04 05
// args: 68 65 6c 6c 6f 20 77 6f 72 6c 64 0e 61 73 63 0f
// args: 19 07 33 1c 05 ff 80 7f 2a 15 0d 0e 11

function word(args_ptr: i32, args_len: i32): string {
  let s = "";
  for (let i = 0; i < args_len; i++) {
    const b = <i32>load<u8>(args_ptr + i);
    s += b % 7 == 0 ? " " : String.fromCharCode(0x61 + b % 26);
  }
  return s;
}

export function main(args_ptr: i32, args_len: i32): i64 {
  const s = word(args_ptr, args_len);
  const greeting = "héllo ✓";
  const face = "😀";
  const words = s.split(" ");
  let text = greeting.toUpperCase() + " [" + words.join("|") + "] " + face;
  text += " n=" + args_len.toString() + " neg=" + (-12345 - args_len).toString();
  text += " big=" + (<i64>args_len * -1000000007 * 3).toString();
  text += " hex=" + (<u32>(0xbeef + args_len)).toString(16);
  text += " sub=" + s.substring(1, 4) + "/" + s.slice(-2);
  text += " at=" + s.indexOf("e").toString() + "," + greeting.indexOf("✓").toString();
  text += " cp=" + face.codePointAt(0).toString(16) + "," + face.length.toString();
  text += " pad=" + args_len.toString().padStart(4, "0") + "-".repeat(args_len % 4);
  text += " rep=" + s.replaceAll("a", "ä");

  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  const utf8 = Uint8Array.wrap(String.UTF8.encode(text));
  const out = new Uint8Array(utf8.length + 8);
  out.set(utf8);
  store<u32>(out.dataStart + utf8.length, sum);
  store<u32>(out.dataStart + utf8.length, text.length, 4);
  return <i64>out.dataStart | (<i64>out.length << 32);
}

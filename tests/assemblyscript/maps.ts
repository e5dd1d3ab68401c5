// Map and Set: a Map<i32, i32> histogram of the input bytes, a Set<i32> of the distinct bytes (then some deleted),
// and a Map<string, i32> counting the words of the input read as text; growth and deletion rehash the tables.
// Input: bytes; as text, words are separated by bytes below 0x21.
// Output: per distinct byte in first-seen order: the byte and its count (u16 LE); then the set's size after the
// deletions, the number of distinct words, and the count of the most frequent word and its first letter.
// runtimes: stub minimal incremental
// args:
// args: 01 02 01 03 02 01
// args: 74 6f 20 62 65 20 6f 72 20 6e 6f 74 20 74 6f 20 62 65 0a 74 68 61 74 20 69 73 20 74 6f 20 62 65
// args: 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 10 21 32 43 54 65 76 87 98 a9 ba cb dc ed fe 0f 00 11 22 33

export function main(args_ptr: i32, args_len: i32): i64 {
  const counts = new Map<i32, i32>();
  const seen = new Set<i32>();
  const order = new Array<i32>();
  for (let i = 0; i < args_len; i++) {
    const b = <i32>load<u8>(args_ptr + i);
    if (!seen.has(b)) {
      seen.add(b);
      order.push(b);
    }
    counts.set(b, counts.has(b) ? counts.get(b) + 1 : 1);
  }
  for (let b = 0; b < 256; b += 3) seen.delete(b);

  const words = new Map<string, i32>();
  let word = "";
  for (let i = 0; i <= args_len; i++) {
    const b = i < args_len ? <i32>load<u8>(args_ptr + i) : 0;
    if (b > 0x20) {
      word += String.fromCharCode(b);
    } else if (word.length > 0) {
      words.set(word, words.has(word) ? words.get(word) + 1 : 1);
      word = "";
    }
  }
  let best = 0;
  let bestLetter = 0;
  const keys = words.keys();
  for (let i = 0; i < keys.length; i++) {
    const n = words.get(keys[i]);
    if (n > best) {
      best = n;
      bestLetter = keys[i].charCodeAt(0);
    }
  }

  const out = new Uint8Array(order.length * 3 + 8);
  for (let i = 0; i < order.length; i++) {
    out[i * 3] = <u8>order[i];
    store<u16>(out.dataStart + i * 3 + 1, <u16>counts.get(order[i]));
  }
  const at = out.dataStart + order.length * 3;
  store<u16>(at, <u16>seen.size);
  store<u16>(at, <u16>words.size, 2);
  store<u16>(at, <u16>best, 4);
  store<u16>(at, <u16>bestLetter, 6);
  return <i64>out.dataStart | (<i64>out.length << 32);
}

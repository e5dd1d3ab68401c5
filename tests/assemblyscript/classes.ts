// Classes: an abstract base with fields and a constructor, three subclasses overriding virtual methods (one calls
// super), a static counter, instanceof, and calls through an Array of the base type.
// Input: triples of bytes (kind, a, b); kind % 3 picks Rect(a, b), Square(a) or Triangle(a, b).
// Output: per shape its area (u32 LE) and its name's first letter, then the total area, the perimeter sum, the
// number of squares and the count of shapes made (u32 LE each).
// args:
// args: 00 03 04
// args: 00 0a 14 01 07 00 02 06 09 05 ff ff 01 01 01
// args: 02 ff 80 01 00 63 03 11 22

abstract class Shape {
  static made: i32 = 0;
  constructor(public a: i32, public b: i32) {
    Shape.made++;
  }
  abstract area(): i32;
  perimeter(): i32 {
    return 2 * (this.a + this.b);
  }
  name(): string {
    return "shape";
  }
}

class Rect extends Shape {
  area(): i32 {
    return this.a * this.b;
  }
  name(): string {
    return "rect";
  }
}

class Square extends Rect {
  constructor(side: i32) {
    super(side, side);
  }
  name(): string {
    return "square";
  }
}

class Triangle extends Shape {
  area(): i32 {
    return (this.a * this.b) >> 1;
  }
  perimeter(): i32 {
    // a right triangle with legs a and b; the hypotenuse rounded down by an integer square root
    const c2 = this.a * this.a + this.b * this.b;
    let c = 0;
    while ((c + 1) * (c + 1) <= c2) c++;
    return this.a + this.b + c;
  }
  name(): string {
    return "triangle";
  }
}

function make(kind: i32, a: i32, b: i32): Shape {
  switch (kind % 3) {
    case 0: return new Rect(a, b);
    case 1: return new Square(a);
    default: return new Triangle(a, b);
  }
}

export function main(args_ptr: i32, args_len: i32): i64 {
  const shapes = new Array<Shape>();
  for (let i = 0; i + 2 < args_len; i += 3) {
    shapes.push(make(load<u8>(args_ptr + i), load<u8>(args_ptr + i + 1), load<u8>(args_ptr + i + 2)));
  }
  const out = new Uint8Array(shapes.length * 5 + 16);
  let total = 0;
  let perimeters = 0;
  let squares = 0;
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i];
    const area = shape.area();
    total += area;
    perimeters += shape.perimeter();
    if (shape instanceof Square) squares++;
    store<u32>(out.dataStart + i * 5, area);
    out[i * 5 + 4] = <u8>shape.name().charCodeAt(0);
  }
  const at = out.dataStart + shapes.length * 5;
  store<u32>(at, total);
  store<u32>(at, perimeters, 4);
  store<u32>(at, squares, 8);
  store<u32>(at, Shape.made, 12);
  return <i64>out.dataStart | (<i64>out.length << 32);
}

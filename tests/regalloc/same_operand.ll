; Regression for "two operands of one instruction landing in the same temporary", in IR that no optimiser has
; folded (compiled at -O0): one allocated value as both operands of sub, xor, or, and, mul, udiv, urem, shl,
; icmp (in a value and fused into a branch) and select, next to the same operations on two different
; allocated values. Each `; args:` line is one input; the output is @kernel's u64 result.
; args:
; args: 00
; args: 01ff
; args: 0102030405060708090a0b0c0d0e0f
; args: fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0efeeedecebeae9e8
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@out = internal global i64 0

define i64 @kernel(ptr %args, i32 %len) noinline {
entry:
  %empty = icmp eq i32 %len, 0
  br i1 %empty, label %exit, label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %x = phi i64 [ 12345, %entry ], [ %x.next, %latch ]
  %y = phi i64 [ 67890, %entry ], [ %y.next, %latch ]
  %s = phi i64 [ 0, %entry ], [ %s.next, %latch ]
  %p = getelementptr i8, ptr %args, i32 %i
  %b8 = load i8, ptr %p
  %b = zext i8 %b8 to i64
  %v = add i64 %x, %b
  %sq = mul i64 %v, %v
  %zero1 = sub i64 %v, %v
  %zero2 = xor i64 %v, %v
  %same1 = or i64 %v, %v
  %same2 = and i64 %v, %v
  %nz = or i64 %v, 1
  %one = udiv i64 %nz, %nz
  %zero3 = urem i64 %nz, %nz
  %amt = and i64 %v, 63
  %shifted = shl i64 %amt, %amt
  %eq = icmp eq i64 %v, %v
  %lt = icmp ult i64 %v, %v
  %eqz = zext i1 %eq to i64
  %ltz = zext i1 %lt to i64
  %pick1 = select i1 %lt, i64 %sq, i64 %v
  %pick2 = select i1 %eq, i64 %v, i64 %v
  %t1 = add i64 %sq, %zero1
  %t2 = add i64 %t1, %zero2
  %t3 = xor i64 %t2, %same1
  %t4 = add i64 %t3, %same2
  %t5 = mul i64 %t4, %one
  %t6 = add i64 %t5, %zero3
  %t7 = xor i64 %t6, %shifted
  %t8 = add i64 %t7, %eqz
  %t9 = add i64 %t8, %ltz
  %t10 = xor i64 %t9, %pick1
  %t11 = add i64 %t10, %pick2
  %vn = mul i64 %v, %nz
  %t12 = xor i64 %t11, %vn
  %yy = mul i64 %y, %v
  %d = sub i64 %yy, %v
  %ge = icmp uge i64 %y, %y
  br i1 %ge, label %even, label %never

never:
  br label %latch

even:
  %w = xor i64 %d, %y
  %same3 = icmp ne i64 %w, %w
  br i1 %same3, label %never, label %latch

latch:
  %y.next = phi i64 [ %w, %even ], [ 0, %never ]
  %x.next = add i64 %t12, %y.next
  %s.next = add i64 %s, %x.next
  %i.next = add i32 %i, 1
  %more = icmp ult i32 %i.next, %len
  br i1 %more, label %loop, label %exit

exit:
  %r.x = phi i64 [ 12345, %entry ], [ %x.next, %latch ]
  %r.s = phi i64 [ 0, %entry ], [ %s.next, %latch ]
  %r.s3 = mul i64 %r.s, 3
  %r = xor i64 %r.x, %r.s3
  ret i64 %r
}

define i64 @main(ptr %args, i32 %len) {
  %r = call i64 @kernel(ptr %args, i32 %len)
  store i64 %r, ptr @out
  %pi = ptrtoint ptr @out to i64
  %res = or i64 %pi, 34359738368
  ret i64 %res
}

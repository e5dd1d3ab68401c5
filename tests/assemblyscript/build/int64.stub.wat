(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32) (result i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func (param i32 i32 i32) (result i64)))
 (type $4 (func (param i32 i32 i64)))
 (type $5 (func (param i32 i32 i32)))
 (type $6 (func (param i64) (result i32)))
 (type $7 (func (param i32 i64 i32)))
 (type $8 (func (param i32 i32) (result i64)))
 (type $9 (func))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 1036) "\1c")
 (data $0.1 (i32.const 1048) "\02\00\00\00\02\00\00\000")
 (data $1 (i32.const 1068) "\\")
 (data $1.1 (i32.const 1080) "\02\00\00\00H\00\00\000\001\002\003\004\005\006\007\008\009\00a\00b\00c\00d\00e\00f\00g\00h\00i\00j\00k\00l\00m\00n\00o\00p\00q\00r\00s\00t\00u\00v\00w\00x\00y\00z")
 (data $2 (i32.const 1164) "\1c")
 (data $2.1 (i32.const 1176) "\02\00\00\00\02\00\00\00,")
 (data $3 (i32.const 1196) "\1c")
 (data $3.1 (i32.const 1208) "\02")
 (export "main" (func $tests/assemblyscript/int64/main))
 (export "memory" (memory $0))
 (start $~start)
 (func $tests/assemblyscript/int64/readU64 (param $0 i32) (param $1 i32) (param $2 i32) (result i64)
  (local $3 i32)
  (local $4 i64)
  i32.const 7
  local.set $3
  loop $for-loop|0
   local.get $3
   i32.const 0
   i32.ge_s
   if
    local.get $4
    i64.const 8
    i64.shl
    local.set $4
    local.get $2
    local.get $3
    i32.add
    local.get $1
    i32.lt_s
    if (result i64)
     local.get $0
     local.get $2
     i32.add
     local.get $3
     i32.add
     i64.load8_u
    else
     i64.const 0
    end
    local.get $4
    i64.or
    local.set $4
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|0
   end
  end
  local.get $4
 )
 (func $~lib/rt/common/OBJECT#set:gcInfo (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=4
 )
 (func $~lib/rt/common/OBJECT#set:gcInfo2 (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=8
 )
 (func $~lib/rt/stub/__new (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $0
  i32.const 1073741804
  i32.gt_u
  if
   unreachable
  end
  local.get $0
  i32.const 16
  i32.add
  local.tee $4
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  global.get $~lib/rt/stub/offset
  local.set $3
  global.get $~lib/rt/stub/offset
  i32.const 4
  i32.add
  local.tee $2
  local.get $4
  i32.const 19
  i32.add
  i32.const -16
  i32.and
  i32.const 4
  i32.sub
  local.tee $4
  i32.add
  local.tee $5
  memory.size
  local.tee $6
  i32.const 16
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.tee $7
  i32.gt_u
  if
   local.get $6
   local.get $5
   local.get $7
   i32.sub
   i32.const 65535
   i32.add
   i32.const -65536
   i32.and
   i32.const 16
   i32.shr_u
   local.tee $7
   local.get $6
   local.get $7
   i32.gt_s
   select
   memory.grow
   i32.const 0
   i32.lt_s
   if
    local.get $7
    memory.grow
    i32.const 0
    i32.lt_s
    if
     unreachable
    end
   end
  end
  local.get $5
  global.set $~lib/rt/stub/offset
  local.get $3
  local.get $4
  i32.store
  local.get $2
  i32.const 4
  i32.sub
  local.tee $3
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $3
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $3
  local.get $1
  i32.store offset=12
  local.get $3
  local.get $0
  i32.store offset=16
  local.get $2
  i32.const 16
  i32.add
 )
 (func $~lib/staticarray/StaticArray<u64>#__uset (param $0 i32) (param $1 i32) (param $2 i64)
  local.get $0
  local.get $1
  i32.const 3
  i32.shl
  i32.add
  local.get $2
  i64.store
 )
 (func $~lib/util/number/decimalCount32 (param $0 i32) (result i32)
  local.get $0
  i32.const 10
  i32.ge_u
  i32.const 1
  i32.add
  local.get $0
  i32.const 10000
  i32.ge_u
  i32.const 3
  i32.add
  local.get $0
  i32.const 1000
  i32.ge_u
  i32.add
  local.get $0
  i32.const 100
  i32.lt_u
  select
  local.get $0
  i32.const 1000000
  i32.ge_u
  i32.const 6
  i32.add
  local.get $0
  i32.const 1000000000
  i32.ge_u
  i32.const 8
  i32.add
  local.get $0
  i32.const 100000000
  i32.ge_u
  i32.add
  local.get $0
  i32.const 10000000
  i32.lt_u
  select
  local.get $0
  i32.const 100000
  i32.lt_u
  select
 )
 (func $~lib/util/number/utoa_dec_simple<u32> (param $0 i32) (param $1 i32) (param $2 i32)
  loop $do-loop|0
   local.get $0
   local.get $2
   i32.const 1
   i32.sub
   local.tee $2
   i32.const 1
   i32.shl
   i32.add
   local.get $1
   i32.const 10
   i32.rem_u
   i32.const 48
   i32.add
   i32.store16
   local.get $1
   i32.const 10
   i32.div_u
   local.tee $1
   br_if $do-loop|0
  end
 )
 (func $~lib/util/number/decimalCount64High (param $0 i64) (result i32)
  local.get $0
  i64.const 100000000000
  i64.ge_u
  i32.const 10
  i32.add
  local.get $0
  i64.const 10000000000
  i64.ge_u
  i32.add
  local.get $0
  i64.const 100000000000000
  i64.ge_u
  i32.const 13
  i32.add
  local.get $0
  i64.const 10000000000000
  i64.ge_u
  i32.add
  local.get $0
  i64.const 1000000000000
  i64.lt_u
  select
  local.get $0
  i64.const 10000000000000000
  i64.ge_u
  i32.const 16
  i32.add
  local.get $0
  i64.const -8446744073709551616
  i64.ge_u
  i32.const 18
  i32.add
  local.get $0
  i64.const 1000000000000000000
  i64.ge_u
  i32.add
  local.get $0
  i64.const 100000000000000000
  i64.lt_u
  select
  local.get $0
  i64.const 1000000000000000
  i64.lt_u
  select
 )
 (func $~lib/util/number/utoa_dec_simple<u64> (param $0 i32) (param $1 i64) (param $2 i32)
  loop $do-loop|0
   local.get $0
   local.get $2
   i32.const 1
   i32.sub
   local.tee $2
   i32.const 1
   i32.shl
   i32.add
   local.get $1
   i64.const 10
   i64.rem_u
   i32.wrap_i64
   i32.const 48
   i32.add
   i32.store16
   local.get $1
   i64.const 10
   i64.div_u
   local.tee $1
   i64.const 0
   i64.ne
   br_if $do-loop|0
  end
 )
 (func $~lib/string/String#get:length (param $0 i32) (result i32)
  local.get $0
  i32.const 20
  i32.sub
  i32.load offset=16
  i32.const 1
  i32.shr_u
 )
 (func $~lib/string/String.__concat (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  i32.const 1216
  local.set $2
  local.get $0
  call $~lib/string/String#get:length
  i32.const 1
  i32.shl
  local.tee $3
  local.get $1
  call $~lib/string/String#get:length
  i32.const 1
  i32.shl
  local.tee $4
  i32.add
  local.tee $5
  if
   local.get $5
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $2
   local.get $0
   local.get $3
   memory.copy
   local.get $2
   local.get $3
   i32.add
   local.get $1
   local.get $4
   memory.copy
  end
  local.get $2
 )
 (func $~lib/arraybuffer/ArrayBufferView#set:buffer (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store
 )
 (func $~lib/staticarray/StaticArray<u64>#get:length (param $0 i32) (result i32)
  local.get $0
  i32.const 20
  i32.sub
  i32.load offset=16
  i32.const 3
  i32.shr_u
 )
 (func $tests/assemblyscript/int64/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i64)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  (local $13 i32)
  local.get $0
  local.get $1
  i32.const 0
  call $tests/assemblyscript/int64/readU64
  local.set $6
  local.get $0
  local.get $1
  i32.const 8
  call $tests/assemblyscript/int64/readU64
  local.tee $5
  i64.eqz
  if
   i64.const 7
   local.set $5
  end
  local.get $5
  i64.const -1
  i64.eq
  if (result i64)
   local.get $6
  else
   local.get $6
   local.get $5
   i64.div_s
  end
  local.set $2
  i32.const 96
  i32.const 4
  call $~lib/rt/stub/__new
  local.set $13
  i64.const -3750763034362895579
  local.set $4
  loop $for-loop|0
   local.get $1
   local.get $9
   i32.gt_s
   if
    local.get $4
    local.get $0
    local.get $9
    i32.add
    i64.load8_u
    i64.xor
    i64.const 1099511628211
    i64.mul
    local.set $4
    local.get $9
    i32.const 1
    i32.add
    local.set $9
    br $for-loop|0
   end
  end
  local.get $13
  i32.const 0
  local.get $4
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 1
  local.get $6
  local.get $5
  i64.div_u
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 2
  local.get $6
  local.get $5
  i64.rem_u
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 3
  local.get $2
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 4
  local.get $5
  i64.const -1
  i64.eq
  if (result i64)
   i64.const 0
  else
   local.get $6
   local.get $5
   i64.rem_s
  end
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 5
  local.get $6
  local.get $5
  i64.rotl
  local.get $5
  i64.const 13
  i64.rotr
  i64.xor
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 6
  local.get $5
  i64.popcnt
  local.get $6
  i64.popcnt
  i64.const 48
  i64.shl
  local.get $5
  i64.clz
  i64.const 32
  i64.shl
  i64.or
  local.get $6
  i64.const -9223372036854775808
  i64.or
  i64.ctz
  i64.const 16
  i64.shl
  i64.or
  i64.or
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $6
  i64.const 32
  i64.shr_u
  local.tee $12
  local.get $5
  i64.const 4294967295
  i64.and
  local.tee $11
  i64.mul
  local.set $10
  local.get $6
  i64.const 4294967295
  i64.and
  local.tee $4
  local.get $5
  i64.const 32
  i64.shr_u
  local.tee $3
  i64.mul
  local.set $2
  local.get $13
  i32.const 7
  local.get $3
  local.get $12
  i64.mul
  local.get $2
  i64.const 32
  i64.shr_u
  i64.add
  local.get $10
  i64.const 32
  i64.shr_u
  i64.add
  local.get $2
  i64.const 4294967295
  i64.and
  local.get $4
  local.get $11
  i64.mul
  i64.const 32
  i64.shr_u
  i64.add
  local.get $10
  i64.const 4294967295
  i64.and
  i64.add
  i64.const 32
  i64.shr_u
  i64.add
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 8
  local.get $5
  local.get $6
  i64.mul
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 9
  local.get $6
  i32.wrap_i64
  local.get $5
  i32.wrap_i64
  i32.const 1
  i32.or
  local.tee $0
  i32.div_u
  i64.extend_i32_u
  local.get $6
  i32.wrap_i64
  local.get $0
  i32.rem_s
  i64.extend_i32_s
  i64.const 32
  i64.shl
  i64.or
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $6
  i64.const 5000
  i64.rem_u
  i32.wrap_i64
  local.set $1
  i64.const 0
  local.set $4
  i64.const 1
  local.set $2
  i32.const 0
  local.set $0
  loop $for-loop|00
   local.get $0
   local.get $1
   i32.lt_u
   if
    local.get $2
    local.get $4
    i64.add
    i64.const 2305843009213693951
    i64.rem_u
    local.set $3
    local.get $2
    local.set $4
    local.get $3
    local.set $2
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|00
   end
  end
  i64.const 0
  local.set $2
  local.get $4
  i64.const 2305843009213693951
  i64.rem_u
  local.set $3
  loop $while-continue|0
   local.get $4
   i64.const 0
   i64.ne
   if
    local.get $2
    local.get $3
    i64.add
    i64.const 2305843009213693951
    i64.rem_u
    local.get $2
    local.get $4
    i64.const 1
    i64.and
    i32.wrap_i64
    select
    local.set $2
    local.get $3
    i64.const 1
    i64.shl
    i64.const 2305843009213693951
    i64.rem_u
    local.set $3
    local.get $4
    i64.const 1
    i64.shr_u
    local.set $4
    br $while-continue|0
   end
  end
  local.get $13
  i32.const 10
  local.get $2
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $13
  i32.const 11
  local.get $6
  i32.wrap_i64
  i32.extend16_s
  i64.extend_i32_s
  local.get $5
  i32.wrap_i64
  i32.extend8_s
  i64.extend_i32_s
  i64.mul
  local.get $6
  i64.extend32_s
  i64.const 3
  i64.shr_s
  i64.add
  call $~lib/staticarray/StaticArray<u64>#__uset
  local.get $6
  i64.eqz
  if
   i32.const 1056
   local.set $0
  else
   local.get $6
   i64.const 4294967295
   i64.le_u
   if
    local.get $6
    i32.wrap_i64
    local.tee $7
    call $~lib/util/number/decimalCount32
    local.tee $1
    i32.const 1
    i32.shl
    i32.const 2
    call $~lib/rt/stub/__new
    local.tee $0
    local.get $7
    local.get $1
    call $~lib/util/number/utoa_dec_simple<u32>
   else
    local.get $6
    call $~lib/util/number/decimalCount64High
    local.tee $1
    i32.const 1
    i32.shl
    i32.const 2
    call $~lib/rt/stub/__new
    local.tee $0
    local.get $6
    local.get $1
    call $~lib/util/number/utoa_dec_simple<u64>
   end
  end
  local.get $0
  i32.const 1184
  call $~lib/string/String.__concat
  local.set $8
  local.get $6
  i64.eqz
  if
   i32.const 1056
   local.set $9
  else
   i64.const 0
   local.get $6
   i64.sub
   local.get $6
   local.get $6
   i64.const 63
   i64.shr_u
   i32.wrap_i64
   i32.const 1
   i32.shl
   local.tee $7
   select
   local.tee $2
   i64.const 4294967295
   i64.le_u
   if
    local.get $7
    local.get $2
    i32.wrap_i64
    local.tee $1
    call $~lib/util/number/decimalCount32
    local.tee $0
    i32.const 1
    i32.shl
    local.get $7
    i32.add
    i32.const 2
    call $~lib/rt/stub/__new
    local.tee $9
    i32.add
    local.get $1
    local.get $0
    call $~lib/util/number/utoa_dec_simple<u32>
   else
    local.get $7
    local.get $2
    call $~lib/util/number/decimalCount64High
    local.tee $0
    i32.const 1
    i32.shl
    local.get $7
    i32.add
    i32.const 2
    call $~lib/rt/stub/__new
    local.tee $9
    i32.add
    local.get $2
    local.get $0
    call $~lib/util/number/utoa_dec_simple<u64>
   end
   local.get $7
   if
    local.get $9
    i32.const 45
    i32.store16
   end
  end
  local.get $8
  local.get $9
  call $~lib/string/String.__concat
  local.set $9
  local.get $13
  call $~lib/staticarray/StaticArray<u64>#get:length
  i32.const 3
  i32.shl
  local.get $9
  call $~lib/string/String#get:length
  i32.add
  local.set $7
  i32.const 12
  i32.const 5
  call $~lib/rt/stub/__new
  local.tee $0
  i32.eqz
  if
   i32.const 12
   i32.const 3
   call $~lib/rt/stub/__new
   local.set $0
  end
  local.get $0
  i32.const 0
  call $~lib/arraybuffer/ArrayBufferView#set:buffer
  local.get $0
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $7
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  local.get $7
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $1
  i32.const 0
  local.get $7
  memory.fill
  local.get $0
  local.get $1
  call $~lib/arraybuffer/ArrayBufferView#set:buffer
  local.get $0
  local.get $1
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  local.get $7
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $0
  local.set $1
  i32.const 0
  local.set $0
  loop $for-loop|001
   local.get $13
   call $~lib/staticarray/StaticArray<u64>#get:length
   local.get $0
   i32.gt_s
   if
    local.get $1
    i32.load offset=4
    local.get $0
    i32.const 3
    i32.shl
    i32.add
    local.set $7
    local.get $13
    call $~lib/staticarray/StaticArray<u64>#get:length
    local.get $0
    i32.le_u
    if
     unreachable
    end
    local.get $7
    local.get $13
    local.get $0
    i32.const 3
    i32.shl
    i32.add
    i64.load
    i64.store
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|001
   end
  end
  i32.const 0
  local.set $0
  loop $for-loop|1
   local.get $9
   call $~lib/string/String#get:length
   local.get $0
   i32.gt_s
   if
    local.get $13
    call $~lib/staticarray/StaticArray<u64>#get:length
    i32.const 3
    i32.shl
    local.get $0
    i32.add
    local.set $8
    local.get $9
    call $~lib/string/String#get:length
    local.get $0
    i32.le_u
    if (result i32)
     i32.const -1
    else
     local.get $9
     local.get $0
     i32.const 1
     i32.shl
     i32.add
     i32.load16_u
    end
    i32.const 255
    i32.and
    local.set $7
    local.get $8
    local.get $1
    i32.load offset=8
    i32.ge_u
    if
     unreachable
    end
    local.get $8
    local.get $1
    i32.load offset=4
    i32.add
    local.get $7
    i32.store8
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|1
   end
  end
  local.get $1
  i64.load32_u offset=4
  local.get $1
  i64.load32_s offset=8
  i64.const 32
  i64.shl
  i64.or
 )
 (func $~start
  i32.const 1228
  global.set $~lib/rt/stub/offset
 )
)

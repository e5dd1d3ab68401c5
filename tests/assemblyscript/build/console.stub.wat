(module
 (type $0 (func (param i32 i32) (result i32)))
 (type $1 (func (param i32 i32)))
 (type $2 (func (param i32)))
 (type $3 (func (param i32) (result i32)))
 (type $4 (func (param i32 i32) (result i64)))
 (type $5 (func))
 (import "env" "console.log" (func $~lib/bindings/dom/console.log (param i32)))
 (global $tests/assemblyscript/console/lines (mut i32) (i32.const 0))
 (global $tests/assemblyscript/console/units (mut i32) (i32.const 0))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (global $~argumentsLength (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 1036) "L")
 (data $0.1 (i32.const 1048) "\02\00\00\002\00\00\00h\00e\00l\00l\00o\00 \00f\00r\00o\00m\00 \00A\00s\00s\00e\00m\00b\00l\00y\00S\00c\00r\00i\00p\00t")
 (data $1 (i32.const 1116) "L")
 (data $1.1 (i32.const 1128) "\02\00\00\00:\00\00\00h\00\e9\00l\00l\00o\00 \00\13\' \00\14  \00\fc\00n\00\ef\00c\00\f6\00d\00\e9\00,\00 \00=\d8\00\de \00a\00n\00d\00 \00\e5e,g\9e\8a")
 (data $2 (i32.const 1196) "\1c")
 (data $2.1 (i32.const 1208) "\02")
 (data $3 (i32.const 1228) "<")
 (data $3.1 (i32.const 1240) "\02\00\00\00 \00\00\00l\00o\00n\00e\00 \00s\00u\00r\00r\00o\00g\00a\00t\00e\00:\00 ")
 (data $4 (i32.const 1292) "\1c")
 (data $4.1 (i32.const 1304) "\02\00\00\00\08\00\00\00 \00e\00n\00d")
 (data $5 (i32.const 1324) "\1c")
 (data $5.1 (i32.const 1336) "\02\00\00\00\02\00\00\00\13\'")
 (data $6 (i32.const 1356) "<")
 (data $6.1 (i32.const 1368) "\02\00\00\00 \00\00\00i\00n\00p\00u\00t\00 \00a\00s\00 \00t\00e\00x\00t\00:\00 \00[")
 (data $7 (i32.const 1420) "\1c")
 (data $7.1 (i32.const 1432) "\02\00\00\00\n\00\00\00]\00 \00o\00f\00 ")
 (data $8 (i32.const 1452) "\1c")
 (data $8.1 (i32.const 1464) "\02\00\00\00\02\00\00\000")
 (data $9 (i32.const 1484) "\\")
 (data $9.1 (i32.const 1496) "\02\00\00\00H\00\00\000\001\002\003\004\005\006\007\008\009\00a\00b\00c\00d\00e\00f\00g\00h\00i\00j\00k\00l\00m\00n\00o\00p\00q\00r\00s\00t\00u\00v\00w\00x\00y\00z")
 (data $10 (i32.const 1580) "\1c")
 (data $10.1 (i32.const 1592) "\02\00\00\00\0c\00\00\00 \00b\00y\00t\00e\00s")
 (data $11 (i32.const 1612) "\1c")
 (data $11.1 (i32.const 1624) "\02\00\00\00\n\00\00\00b\00y\00t\00e\00 ")
 (data $12 (i32.const 1644) "\1c")
 (data $12.1 (i32.const 1656) "\02\00\00\00\06\00\00\00 \00=\00 ")
 (data $13 (i32.const 1676) "\1c")
 (data $13.1 (i32.const 1688) "\02\00\00\00\n\00\00\00 \00=\00 \000\00x")
 (export "main" (func $tests/assemblyscript/console/main))
 (export "memory" (memory $0))
 (start $~start)
 (func $~lib/string/String#get:length (param $0 i32) (result i32)
  local.get $0
  i32.const 20
  i32.sub
  i32.load offset=16
  i32.const 1
  i32.shr_u
 )
 (func $tests/assemblyscript/console/say (param $0 i32)
  local.get $0
  call $~lib/bindings/dom/console.log
  global.get $tests/assemblyscript/console/lines
  i32.const 1
  i32.add
  global.set $tests/assemblyscript/console/lines
  global.get $tests/assemblyscript/console/units
  local.get $0
  call $~lib/string/String#get:length
  i32.add
  global.set $tests/assemblyscript/console/units
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
 (func $~lib/string/String.fromCharCode@varargs (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   i32.const -1
   local.set $1
  end
  i32.const 2
  local.get $1
  i32.const 0
  i32.gt_s
  local.tee $3
  i32.shl
  i32.const 2
  call $~lib/rt/stub/__new
  local.tee $2
  local.get $0
  i32.store16
  local.get $3
  if
   local.get $2
   local.get $1
   i32.store16 offset=2
  end
  local.get $2
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
 (func $~lib/util/number/itoa32 (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i64)
  (local $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  (local $8 i64)
  local.get $1
  i32.const 2
  i32.lt_s
  local.get $1
  i32.const 36
  i32.gt_s
  i32.or
  if
   unreachable
  end
  local.get $0
  i32.eqz
  if
   i32.const 1472
   return
  end
  i32.const 0
  local.get $0
  i32.sub
  local.get $0
  local.get $0
  i32.const 31
  i32.shr_u
  i32.const 1
  i32.shl
  local.tee $4
  select
  local.set $0
  local.get $1
  i32.const 10
  i32.eq
  if
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
   local.tee $1
   i32.const 1
   i32.shl
   local.get $4
   i32.add
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $6
   local.get $4
   i32.add
   local.set $2
   loop $do-loop|0
    local.get $2
    local.get $1
    i32.const 1
    i32.sub
    local.tee $1
    i32.const 1
    i32.shl
    i32.add
    local.get $0
    i32.const 10
    i32.rem_u
    i32.const 48
    i32.add
    i32.store16
    local.get $0
    i32.const 10
    i32.div_u
    local.tee $0
    br_if $do-loop|0
   end
  else
   local.get $1
   i32.const 16
   i32.eq
   if
    i32.const 31
    local.get $0
    i32.clz
    i32.sub
    i32.const 2
    i32.shr_s
    i32.const 1
    i32.add
    local.tee $1
    i32.const 1
    i32.shl
    local.get $4
    i32.add
    i32.const 2
    call $~lib/rt/stub/__new
    local.tee $6
    local.get $4
    i32.add
    local.set $2
    loop $do-loop|00
     local.get $2
     local.get $1
     i32.const 1
     i32.sub
     local.tee $1
     i32.const 1
     i32.shl
     i32.add
     local.get $0
     i32.const 15
     i32.and
     i32.const 48
     i32.or
     local.tee $7
     i32.const 39
     i32.const 0
     local.get $7
     i32.const 57
     i32.gt_u
     select
     i32.add
     i32.store16
     local.get $0
     i32.const 4
     i32.shr_u
     local.tee $0
     br_if $do-loop|00
    end
   else
    block $__inlined_func$~lib/util/number/ulog_base$12 (result i32)
     local.get $0
     local.tee $2
     i64.extend_i32_u
     local.set $3
     local.get $1
     i32.popcnt
     i32.const 1
     i32.eq
     if
      i32.const 63
      local.get $3
      i64.clz
      i32.wrap_i64
      i32.sub
      i32.const 31
      local.get $1
      i32.clz
      i32.sub
      i32.div_u
      i32.const 1
      i32.add
      br $__inlined_func$~lib/util/number/ulog_base$12
     end
     local.get $1
     i64.extend_i32_s
     local.tee $8
     local.set $5
     i32.const 1
     local.set $0
     loop $while-continue|0
      local.get $3
      local.get $5
      i64.ge_u
      if
       local.get $3
       local.get $5
       i64.div_u
       local.set $3
       local.get $5
       local.get $5
       i64.mul
       local.set $5
       local.get $0
       i32.const 1
       i32.shl
       local.set $0
       br $while-continue|0
      end
     end
     loop $while-continue|1
      local.get $3
      i64.const 0
      i64.ne
      if
       local.get $3
       local.get $8
       i64.div_u
       local.set $3
       local.get $0
       i32.const 1
       i32.add
       local.set $0
       br $while-continue|1
      end
     end
     local.get $0
     i32.const 1
     i32.sub
    end
    local.tee $0
    i32.const 1
    i32.shl
    local.get $4
    i32.add
    i32.const 2
    call $~lib/rt/stub/__new
    local.tee $6
    local.get $4
    i32.add
    local.set $7
    local.get $2
    i64.extend_i32_u
    local.set $3
    local.get $1
    i64.extend_i32_s
    local.set $5
    local.get $1
    local.get $1
    i32.const 1
    i32.sub
    i32.and
    if
     loop $do-loop|1
      local.get $7
      local.get $0
      i32.const 1
      i32.sub
      local.tee $0
      i32.const 1
      i32.shl
      i32.add
      local.get $3
      local.get $5
      local.get $3
      local.get $5
      i64.div_u
      local.tee $3
      i64.mul
      i64.sub
      i32.wrap_i64
      i32.const 1
      i32.shl
      i32.const 1504
      i32.add
      i32.load16_u
      i32.store16
      local.get $3
      i64.const 0
      i64.ne
      br_if $do-loop|1
     end
    else
     local.get $1
     i32.ctz
     i32.const 7
     i32.and
     i64.extend_i32_s
     local.set $8
     local.get $5
     i64.const 1
     i64.sub
     local.set $5
     loop $do-loop|01
      local.get $7
      local.get $0
      i32.const 1
      i32.sub
      local.tee $0
      i32.const 1
      i32.shl
      i32.add
      local.get $3
      local.get $5
      i64.and
      i32.wrap_i64
      i32.const 1
      i32.shl
      i32.const 1504
      i32.add
      i32.load16_u
      i32.store16
      local.get $3
      local.get $8
      i64.shr_u
      local.tee $3
      i64.const 0
      i64.ne
      br_if $do-loop|01
     end
    end
   end
  end
  local.get $4
  if
   local.get $6
   i32.const 45
   i32.store16
  end
  local.get $6
 )
 (func $~lib/number/I32#toString (param $0 i32) (param $1 i32) (result i32)
  local.get $0
  local.get $1
  call $~lib/util/number/itoa32
 )
 (func $~lib/arraybuffer/ArrayBufferView#set:buffer (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store
 )
 (func $tests/assemblyscript/console/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  i32.const 1056
  call $tests/assemblyscript/console/say
  i32.const 1136
  call $tests/assemblyscript/console/say
  i32.const 1216
  call $tests/assemblyscript/console/say
  i32.const 1
  global.set $~argumentsLength
  i32.const 1248
  i32.const 55296
  call $~lib/string/String.fromCharCode@varargs
  call $~lib/string/String.__concat
  i32.const 1312
  call $~lib/string/String.__concat
  call $tests/assemblyscript/console/say
  i32.const 1344
  call $~lib/string/String#get:length
  local.tee $5
  i64.extend_i32_s
  i64.const 3000
  i64.mul
  i64.const 268435456
  i64.gt_u
  if
   unreachable
  end
  i32.const 1216
  local.set $4
  local.get $5
  if
   local.get $5
   i32.const 6000
   i32.mul
   i32.const 2
   call $~lib/rt/stub/__new
   local.set $4
   local.get $5
   i32.const 1
   i32.shl
   local.tee $5
   i32.const 3000
   i32.mul
   local.set $6
   loop $while-continue|0
    local.get $2
    local.get $6
    i32.lt_u
    if
     local.get $2
     local.get $4
     i32.add
     i32.const 1344
     local.get $5
     memory.copy
     local.get $2
     local.get $5
     i32.add
     local.set $2
     br $while-continue|0
    end
   end
  end
  local.get $4
  call $tests/assemblyscript/console/say
  i32.const 1216
  local.set $2
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $0
    local.get $3
    i32.add
    i32.load8_u
    local.set $4
    i32.const 1
    global.set $~argumentsLength
    local.get $2
    local.get $4
    call $~lib/string/String.fromCharCode@varargs
    call $~lib/string/String.__concat
    local.set $2
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  i32.const 1376
  local.get $2
  call $~lib/string/String.__concat
  i32.const 1440
  call $~lib/string/String.__concat
  local.get $1
  i32.const 10
  call $~lib/number/I32#toString
  call $~lib/string/String.__concat
  i32.const 1600
  call $~lib/string/String.__concat
  call $tests/assemblyscript/console/say
  i32.const 0
  local.set $3
  loop $for-loop|1
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $0
    local.get $3
    i32.add
    i32.load8_u
    local.set $2
    i32.const 1632
    local.get $3
    i32.const 10
    call $~lib/number/I32#toString
    call $~lib/string/String.__concat
    i32.const 1664
    call $~lib/string/String.__concat
    local.get $2
    i32.const 10
    call $~lib/number/I32#toString
    call $~lib/string/String.__concat
    i32.const 1696
    call $~lib/string/String.__concat
    local.get $2
    i32.const 16
    call $~lib/number/I32#toString
    call $~lib/string/String.__concat
    i32.const 1664
    call $~lib/string/String.__concat
    local.get $2
    i32.extend8_s
    i32.const 10
    call $~lib/util/number/itoa32
    call $~lib/string/String.__concat
    call $tests/assemblyscript/console/say
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|1
   end
  end
  i32.const 12
  i32.const 4
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
  i32.const 8
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $1
  i64.const 0
  i64.store align=1
  local.get $0
  local.get $1
  call $~lib/arraybuffer/ArrayBufferView#set:buffer
  local.get $0
  local.get $1
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  i32.const 8
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $0
  i32.load offset=4
  global.get $tests/assemblyscript/console/lines
  i32.store
  local.get $0
  i32.load offset=4
  global.get $tests/assemblyscript/console/units
  i32.store offset=4
  local.get $0
  i64.load32_u offset=4
  local.get $0
  i64.load32_s offset=8
  i64.const 32
  i64.shl
  i64.or
 )
 (func $~start
  i32.const 1708
  global.set $~lib/rt/stub/offset
 )
)

(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32) (result i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func (param i32)))
 (type $4 (func (param i32 i32 i32)))
 (type $5 (func (param i32 i32) (result i64)))
 (type $6 (func))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (global $tests/assemblyscript/gc/checksums (mut i32) (i32.const 0))
 (global $tests/assemblyscript/gc/head (mut i32) (i32.const 0))
 (global $tests/assemblyscript/gc/stringUnits (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 1036) "\1c")
 (data $0.1 (i32.const 1048) "\02\00\00\00\02\00\00\000")
 (data $1 (i32.const 1068) "\\")
 (data $1.1 (i32.const 1080) "\02\00\00\00H\00\00\000\001\002\003\004\005\006\007\008\009\00a\00b\00c\00d\00e\00f\00g\00h\00i\00j\00k\00l\00m\00n\00o\00p\00q\00r\00s\00t\00u\00v\00w\00x\00y\00z")
 (data $2 (i32.const 1164) "\1c")
 (data $2.1 (i32.const 1176) "\02\00\00\00\02\00\00\00:")
 (data $3 (i32.const 1196) "\1c")
 (data $3.1 (i32.const 1208) "\02")
 (export "main" (func $tests/assemblyscript/gc/main))
 (export "memory" (memory $0))
 (start $~start)
 (func $~lib/rt/stub/maybeGrowMemory (param $0 i32)
  (local $1 i32)
  (local $2 i32)
  memory.size
  local.tee $1
  i32.const 16
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.tee $2
  local.get $0
  i32.lt_u
  if
   local.get $1
   local.get $0
   local.get $2
   i32.sub
   i32.const 65535
   i32.add
   i32.const -65536
   i32.and
   i32.const 16
   i32.shr_u
   local.tee $2
   local.get $1
   local.get $2
   i32.gt_s
   select
   memory.grow
   i32.const 0
   i32.lt_s
   if
    local.get $2
    memory.grow
    i32.const 0
    i32.lt_s
    if
     unreachable
    end
   end
  end
  local.get $0
  global.set $~lib/rt/stub/offset
 )
 (func $~lib/rt/common/BLOCK#set:mmInfo (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store
 )
 (func $~lib/rt/stub/__alloc (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  local.get $0
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  global.get $~lib/rt/stub/offset
  local.set $1
  global.get $~lib/rt/stub/offset
  i32.const 4
  i32.add
  local.tee $2
  local.get $0
  i32.const 19
  i32.add
  i32.const -16
  i32.and
  i32.const 4
  i32.sub
  local.tee $0
  i32.add
  call $~lib/rt/stub/maybeGrowMemory
  local.get $1
  local.get $0
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $2
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
 (func $~lib/rt/common/OBJECT#set:rtId (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=12
 )
 (func $~lib/rt/common/OBJECT#set:rtSize (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=16
 )
 (func $~lib/rt/stub/__new (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  local.get $0
  i32.const 1073741804
  i32.gt_u
  if
   unreachable
  end
  local.get $0
  i32.const 16
  i32.add
  call $~lib/rt/stub/__alloc
  local.tee $3
  i32.const 4
  i32.sub
  local.tee $2
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $2
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $2
  local.get $1
  call $~lib/rt/common/OBJECT#set:rtId
  local.get $2
  local.get $0
  call $~lib/rt/common/OBJECT#set:rtSize
  local.get $3
  i32.const 16
  i32.add
 )
 (func $~lib/array/ensureCapacity (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $1
  local.get $0
  i32.load offset=8
  local.tee $3
  local.get $2
  i32.shr_u
  i32.gt_u
  if
   local.get $1
   i32.const 1073741820
   local.get $2
   i32.shr_u
   i32.gt_u
   if
    unreachable
   end
   local.get $0
   i32.load
   local.set $4
   i32.const 1073741820
   local.get $3
   i32.const 1
   i32.shl
   local.tee $5
   local.get $5
   i32.const 1073741820
   i32.ge_u
   select
   local.tee $5
   i32.const 8
   local.get $1
   local.get $1
   i32.const 8
   i32.le_u
   select
   local.get $2
   i32.shl
   local.tee $1
   local.get $1
   local.get $5
   i32.lt_u
   select
   local.tee $5
   i32.const 1073741804
   i32.gt_u
   if
    unreachable
   end
   local.get $4
   i32.const 16
   i32.sub
   local.tee $2
   i32.const 4
   i32.sub
   local.tee $6
   i32.load
   local.set $8
   global.get $~lib/rt/stub/offset
   local.get $2
   local.get $8
   i32.add
   i32.eq
   local.set $9
   local.get $5
   i32.const 16
   i32.add
   local.tee $1
   i32.const 19
   i32.add
   i32.const -16
   i32.and
   i32.const 4
   i32.sub
   local.set $7
   local.get $1
   local.get $8
   i32.gt_u
   if
    local.get $9
    if
     local.get $1
     i32.const 1073741820
     i32.gt_u
     if
      unreachable
     end
     local.get $2
     local.get $7
     i32.add
     call $~lib/rt/stub/maybeGrowMemory
     local.get $6
     local.get $7
     call $~lib/rt/common/BLOCK#set:mmInfo
    else
     local.get $7
     local.get $8
     i32.const 1
     i32.shl
     local.tee $1
     local.get $1
     local.get $7
     i32.lt_u
     select
     call $~lib/rt/stub/__alloc
     local.tee $1
     local.get $2
     local.get $8
     memory.copy
     local.get $1
     local.set $2
    end
   else
    local.get $9
    if
     local.get $2
     local.get $7
     i32.add
     global.set $~lib/rt/stub/offset
     local.get $6
     local.get $7
     call $~lib/rt/common/BLOCK#set:mmInfo
    end
   end
   local.get $2
   i32.const 4
   i32.sub
   local.get $5
   call $~lib/rt/common/OBJECT#set:rtSize
   local.get $2
   i32.const 16
   i32.add
   local.tee $1
   local.get $3
   i32.add
   i32.const 0
   local.get $5
   local.get $3
   i32.sub
   memory.fill
   local.get $1
   local.get $4
   i32.ne
   if
    local.get $0
    local.get $1
    i32.store
    local.get $0
    local.get $1
    i32.store offset=4
   end
   local.get $0
   local.get $5
   i32.store offset=8
  end
 )
 (func $~lib/util/number/itoa32 (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  local.get $0
  i32.eqz
  if
   i32.const 1056
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
  local.tee $1
  select
  local.tee $0
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
  local.tee $2
  i32.const 1
  i32.shl
  local.get $1
  i32.add
  i32.const 2
  call $~lib/rt/stub/__new
  local.tee $3
  local.get $1
  i32.add
  local.set $4
  loop $do-loop|0
   local.get $4
   local.get $2
   i32.const 1
   i32.sub
   local.tee $2
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
  local.get $1
  if
   local.get $3
   i32.const 45
   i32.store16
  end
  local.get $3
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
 (func $tests/assemblyscript/gc/churn (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  loop $for-loop|0
   local.get $0
   local.get $4
   i32.gt_s
   if
    i32.const 16
    i32.const 6
    call $~lib/rt/stub/__new
    local.tee $5
    i32.const 0
    call $~lib/rt/common/BLOCK#set:mmInfo
    local.get $5
    i32.const 0
    call $~lib/rt/common/OBJECT#set:gcInfo
    local.get $5
    i32.const 0
    call $~lib/rt/common/OBJECT#set:gcInfo2
    local.get $5
    i32.const 0
    call $~lib/rt/common/OBJECT#set:rtId
    i32.const 256
    i32.const 1
    call $~lib/rt/stub/__new
    local.tee $2
    i32.const 0
    i32.const 256
    memory.fill
    local.get $5
    local.get $2
    call $~lib/rt/common/BLOCK#set:mmInfo
    local.get $5
    local.get $2
    call $~lib/rt/common/OBJECT#set:gcInfo
    local.get $5
    i32.const 256
    call $~lib/rt/common/OBJECT#set:gcInfo2
    local.get $5
    i32.const 64
    call $~lib/rt/common/OBJECT#set:rtId
    i32.const 0
    local.set $2
    loop $for-loop|1
     local.get $2
     local.get $5
     i32.load offset=12
     i32.lt_s
     if
      local.get $2
      local.get $5
      i32.load offset=12
      i32.ge_u
      if
       local.get $2
       i32.const 0
       i32.lt_s
       if
        unreachable
       end
       local.get $5
       local.get $2
       i32.const 1
       i32.add
       local.tee $3
       i32.const 2
       call $~lib/array/ensureCapacity
       local.get $5
       local.get $3
       call $~lib/rt/common/OBJECT#set:rtId
      end
      local.get $5
      i32.load offset=4
      local.get $2
      i32.const 2
      i32.shl
      i32.add
      local.get $1
      local.get $4
      i32.const 131
      i32.mul
      i32.add
      local.get $2
      i32.const 17
      i32.mul
      i32.add
      i32.const 255
      i32.and
      i32.store
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|1
     end
    end
    i32.const 0
    local.set $3
    i32.const 0
    local.set $2
    loop $for-loop|2
     local.get $2
     local.get $5
     i32.load offset=12
     i32.lt_s
     if
      local.get $2
      local.get $5
      i32.load offset=12
      i32.ge_u
      if
       unreachable
      end
      local.get $3
      local.get $5
      i32.load offset=4
      local.get $2
      i32.const 2
      i32.shl
      i32.add
      i32.load
      i32.add
      local.set $3
      local.get $2
      i32.const 1
      i32.add
      local.set $2
      br $for-loop|2
     end
    end
    local.get $4
    call $~lib/util/number/itoa32
    i32.const 1184
    call $~lib/string/String.__concat
    local.get $3
    call $~lib/util/number/itoa32
    call $~lib/string/String.__concat
    local.set $2
    global.get $tests/assemblyscript/gc/stringUnits
    local.get $2
    call $~lib/string/String#get:length
    i32.add
    global.set $tests/assemblyscript/gc/stringUnits
    global.get $tests/assemblyscript/gc/checksums
    local.set $5
    local.get $2
    call $~lib/string/String#get:length
    local.get $3
    i32.xor
    local.set $3
    local.get $5
    local.get $5
    i32.load offset=12
    local.tee $6
    i32.const 1
    i32.add
    local.tee $2
    i32.const 0
    call $~lib/array/ensureCapacity
    local.get $6
    local.get $5
    i32.load offset=4
    i32.add
    local.get $3
    i32.store8
    local.get $5
    local.get $2
    call $~lib/rt/common/OBJECT#set:rtId
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $tests/assemblyscript/gc/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $1
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $0
   i32.load8_u
  else
   i32.const 0
  end
  local.set $4
  local.get $1
  i32.const 1
  i32.gt_s
  if (result i32)
   local.get $0
   i32.load8_u offset=1
   i32.const 2
   i32.shl
  else
   i32.const 0
  end
  local.set $6
  local.get $4
  local.get $1
  i32.const 2
  i32.gt_s
  if (result i32)
   local.get $0
   i32.load8_u offset=2
  else
   i32.const 0
  end
  local.tee $5
  call $tests/assemblyscript/gc/churn
  i32.const 0
  local.set $1
  loop $for-loop|0
   local.get $1
   local.get $6
   i32.lt_s
   if
    global.get $tests/assemblyscript/gc/head
    local.set $0
    i32.const 8
    i32.const 5
    call $~lib/rt/stub/__new
    local.tee $7
    local.get $1
    local.get $5
    i32.mul
    i32.const 3
    i32.add
    i32.const 65535
    i32.and
    call $~lib/rt/common/BLOCK#set:mmInfo
    local.get $7
    local.get $0
    i32.store offset=4
    local.get $7
    global.set $tests/assemblyscript/gc/head
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  local.get $4
  i32.const 1
  i32.shr_s
  local.get $5
  i32.const 1
  i32.add
  call $tests/assemblyscript/gc/churn
  global.get $tests/assemblyscript/gc/head
  local.set $0
  loop $while-continue|0
   local.get $0
   if
    local.get $2
    i64.const 1
    i64.add
    local.set $2
    local.get $3
    local.get $0
    i64.load32_s
    i64.add
    local.set $3
    local.get $0
    i32.load offset=4
    local.set $0
    br $while-continue|0
   end
  end
  global.get $tests/assemblyscript/gc/checksums
  i32.load offset=12
  i32.const 12
  i32.add
  local.set $1
  i32.const 12
  i32.const 7
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
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $1
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  local.get $2
  local.get $3
  i64.const 32
  i64.shl
  i64.or
  local.set $2
  local.get $1
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $4
  i32.const 0
  local.get $1
  memory.fill
  local.get $0
  local.get $4
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  local.get $4
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  local.get $1
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $0
  local.set $1
  i32.const 0
  local.set $0
  loop $for-loop|00
   local.get $0
   global.get $tests/assemblyscript/gc/checksums
   i32.load offset=12
   i32.lt_s
   if
    local.get $0
    global.get $tests/assemblyscript/gc/checksums
    local.tee $4
    i32.load offset=12
    i32.ge_u
    if
     unreachable
    end
    local.get $0
    local.get $4
    i32.load offset=4
    i32.add
    i32.load8_u
    local.set $4
    local.get $0
    local.get $1
    i32.load offset=8
    i32.ge_u
    if
     unreachable
    end
    local.get $0
    local.get $1
    i32.load offset=4
    i32.add
    local.get $4
    i32.store8
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|00
   end
  end
  local.get $1
  i32.load offset=4
  global.get $tests/assemblyscript/gc/checksums
  i32.load offset=12
  i32.add
  local.get $2
  i64.store32
  local.get $1
  i32.load offset=4
  global.get $tests/assemblyscript/gc/checksums
  i32.load offset=12
  i32.add
  local.get $2
  i64.const 32
  i64.shr_s
  i64.store32 offset=4
  local.get $1
  i32.load offset=4
  global.get $tests/assemblyscript/gc/checksums
  i32.load offset=12
  i32.add
  global.get $tests/assemblyscript/gc/stringUnits
  i32.store offset=8
  local.get $1
  i64.load32_u offset=4
  local.get $1
  i64.load32_s offset=8
  i64.const 32
  i64.shl
  i64.or
 )
 (func $~start
  (local $0 i32)
  (local $1 i32)
  i32.const 1228
  global.set $~lib/rt/stub/offset
  i32.const 16
  i32.const 4
  call $~lib/rt/stub/__new
  local.tee $0
  i32.const 0
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $0
  i32.const 0
  call $~lib/rt/common/OBJECT#set:rtId
  i32.const 8
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $1
  i64.const 0
  i64.store align=1
  local.get $0
  local.get $1
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  local.get $1
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  i32.const 8
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $0
  i32.const 0
  call $~lib/rt/common/OBJECT#set:rtId
  local.get $0
  global.set $tests/assemblyscript/gc/checksums
 )
)

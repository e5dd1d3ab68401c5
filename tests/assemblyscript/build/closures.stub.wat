(module
 (type $0 (func (param i32 i32 i32) (result i32)))
 (type $1 (func (param i32) (result i32)))
 (type $2 (func (param i32 i32)))
 (type $3 (func (param i32 i32) (result i32)))
 (type $4 (func (param i32 i32 i32 i32) (result i32)))
 (type $5 (func (param i32)))
 (type $6 (func (param i32 i32) (result i64)))
 (type $7 (func))
 (global $tests/assemblyscript/closures/scale (mut i32) (i32.const 3))
 (global $tests/assemblyscript/closures/current (mut i32) (i32.const 1056))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 1036) "\1c")
 (data $0.1 (i32.const 1048) "\04\00\00\00\08\00\00\00\01")
 (data $1 (i32.const 1068) "\1c")
 (data $1.1 (i32.const 1080) "\04\00\00\00\08\00\00\00\02")
 (data $2 (i32.const 1100) "\1c")
 (data $2.1 (i32.const 1112) "\04\00\00\00\08\00\00\00\03")
 (data $3 (i32.const 1132) "\1c")
 (data $3.1 (i32.const 1144) "\04\00\00\00\08\00\00\00\04")
 (data $4 (i32.const 1164) "\1c")
 (data $4.1 (i32.const 1176) "\06\00\00\00\08\00\00\00\05")
 (data $5 (i32.const 1196) "\1c")
 (data $5.1 (i32.const 1208) "\06\00\00\00\08\00\00\00\06")
 (data $6 (i32.const 1228) "\1c")
 (data $6.1 (i32.const 1240) "\07\00\00\00\08\00\00\00\07")
 (data $7 (i32.const 1260) "\1c")
 (data $7.1 (i32.const 1272) "\08\00\00\00\08\00\00\00\08")
 (data $8 (i32.const 1292) "\1c")
 (data $8.1 (i32.const 1304) "\07\00\00\00\08\00\00\00\t")
 (data $9 (i32.const 1324) "\1c")
 (data $9.1 (i32.const 1336) "\07\00\00\00\08\00\00\00\n")
 (data $10 (i32.const 1356) "\1c")
 (data $10.1 (i32.const 1368) "\07\00\00\00\08\00\00\00\0b")
 (table $0 12 12 funcref)
 (elem $0 (i32.const 1) $tests/assemblyscript/closures/negate $tests/assemblyscript/closures/square $tests/assemblyscript/closures/triple $tests/assemblyscript/closures/pick~anonymous|0 $tests/assemblyscript/closures/main~anonymous|0 $tests/assemblyscript/closures/main~anonymous|1 $tests/assemblyscript/closures/main~anonymous|2 $tests/assemblyscript/closures/main~anonymous|3 $tests/assemblyscript/closures/main~anonymous|4 $tests/assemblyscript/closures/main~anonymous|5 $tests/assemblyscript/closures/main~anonymous|6)
 (export "main" (func $tests/assemblyscript/closures/main))
 (export "memory" (memory $0))
 (start $~start)
 (func $tests/assemblyscript/closures/negate (param $0 i32) (result i32)
  i32.const 0
  local.get $0
  i32.sub
 )
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
 (func $~lib/array/ensureCapacity (param $0 i32) (param $1 i32)
  (local $2 i32)
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
  local.tee $5
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   local.get $1
   i32.const 268435455
   i32.gt_u
   if
    unreachable
   end
   local.get $0
   i32.load
   local.set $6
   i32.const 1073741820
   local.get $5
   i32.const 1
   i32.shl
   local.tee $2
   local.get $2
   i32.const 1073741820
   i32.ge_u
   select
   local.tee $2
   i32.const 8
   local.get $1
   local.get $1
   i32.const 8
   i32.le_u
   select
   i32.const 2
   i32.shl
   local.tee $1
   local.get $1
   local.get $2
   i32.lt_u
   select
   local.tee $3
   i32.const 1073741804
   i32.gt_u
   if
    unreachable
   end
   local.get $6
   i32.const 16
   i32.sub
   local.tee $1
   i32.const 4
   i32.sub
   local.tee $7
   i32.load
   local.set $4
   global.get $~lib/rt/stub/offset
   local.get $1
   local.get $4
   i32.add
   i32.eq
   local.set $9
   local.get $3
   i32.const 16
   i32.add
   local.tee $2
   i32.const 19
   i32.add
   i32.const -16
   i32.and
   i32.const 4
   i32.sub
   local.set $8
   local.get $2
   local.get $4
   i32.gt_u
   if
    local.get $9
    if
     local.get $2
     i32.const 1073741820
     i32.gt_u
     if
      unreachable
     end
     local.get $1
     local.get $8
     i32.add
     call $~lib/rt/stub/maybeGrowMemory
     local.get $7
     local.get $8
     call $~lib/rt/common/BLOCK#set:mmInfo
    else
     local.get $8
     local.get $4
     i32.const 1
     i32.shl
     local.tee $2
     local.get $2
     local.get $8
     i32.lt_u
     select
     call $~lib/rt/stub/__alloc
     local.tee $2
     local.get $1
     local.get $4
     memory.copy
     local.get $2
     local.set $1
    end
   else
    local.get $9
    if
     local.get $1
     local.get $8
     i32.add
     global.set $~lib/rt/stub/offset
     local.get $7
     local.get $8
     call $~lib/rt/common/BLOCK#set:mmInfo
    end
   end
   local.get $1
   i32.const 4
   i32.sub
   local.get $3
   call $~lib/rt/common/OBJECT#set:rtSize
   local.get $1
   i32.const 16
   i32.add
   local.tee $1
   local.get $5
   i32.add
   i32.const 0
   local.get $3
   local.get $5
   i32.sub
   memory.fill
   local.get $1
   local.get $6
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
   local.get $3
   i32.store offset=8
  end
 )
 (func $~lib/array/Array<i32>#push (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  local.get $0
  local.get $0
  i32.load offset=12
  local.tee $2
  i32.const 1
  i32.add
  local.tee $3
  call $~lib/array/ensureCapacity
  local.get $0
  i32.load offset=4
  local.get $2
  i32.const 2
  i32.shl
  i32.add
  local.get $1
  i32.store
  local.get $0
  local.get $3
  call $~lib/rt/common/OBJECT#set:rtId
 )
 (func $tests/assemblyscript/closures/square (param $0 i32) (result i32)
  local.get $0
  local.get $0
  i32.mul
 )
 (func $tests/assemblyscript/closures/triple (param $0 i32) (result i32)
  local.get $0
  global.get $tests/assemblyscript/closures/scale
  i32.mul
 )
 (func $tests/assemblyscript/closures/pick~anonymous|0 (param $0 i32) (result i32)
  local.get $0
  i32.const 85
  i32.xor
 )
 (func $tests/assemblyscript/closures/pick (param $0 i32) (result i32)
  block $case3|0
   block $case2|0
    block $case1|0
     block $case0|0
      local.get $0
      i32.const 3
      i32.and
      br_table $case0|0 $case1|0 $case2|0 $case3|0
     end
     i32.const 1088
     return
    end
    i32.const 1056
    return
   end
   i32.const 1120
   return
  end
  i32.const 1152
 )
 (func $tests/assemblyscript/closures/main~anonymous|0 (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  i32.const 1
  i32.shl
 )
 (func $~lib/rt/__newArray (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  local.get $0
  i32.const 2
  i32.shl
  local.tee $3
  i32.const 1
  call $~lib/rt/stub/__new
  local.set $2
  i32.const 16
  i32.const 5
  call $~lib/rt/stub/__new
  local.tee $1
  local.get $2
  i32.store
  local.get $1
  local.get $2
  i32.store offset=4
  local.get $1
  local.get $3
  i32.store offset=8
  local.get $1
  local.get $0
  i32.store offset=12
  local.get $1
 )
 (func $~lib/array/Array<i32>#map<i32> (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $0
  i32.load offset=12
  local.tee $3
  call $~lib/rt/__newArray
  local.tee $4
  i32.load offset=4
  local.set $5
  loop $for-loop|0
   local.get $2
   local.get $3
   local.get $0
   i32.load offset=12
   local.tee $6
   local.get $3
   local.get $6
   i32.lt_s
   select
   i32.lt_s
   if
    local.get $5
    local.get $2
    i32.const 2
    i32.shl
    local.tee $6
    i32.add
    local.get $6
    local.get $0
    i32.load offset=4
    i32.add
    i32.load
    local.get $2
    local.get $0
    local.get $1
    i32.load
    call_indirect (type $0)
    i32.store
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $4
 )
 (func $tests/assemblyscript/closures/main~anonymous|1 (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  global.get $tests/assemblyscript/closures/current
  i32.load
  call_indirect (type $1)
 )
 (func $tests/assemblyscript/closures/main~anonymous|2 (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  i32.const 1
  i32.and
  i32.eqz
 )
 (func $tests/assemblyscript/closures/main~anonymous|3 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (result i32)
  local.get $0
  i32.const 31
  i32.mul
  local.get $1
  i32.add
 )
 (func $tests/assemblyscript/closures/main~anonymous|4 (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  i32.const 200
  i32.gt_s
 )
 (func $tests/assemblyscript/closures/main~anonymous|5 (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  i32.const 128
  i32.lt_s
 )
 (func $tests/assemblyscript/closures/main~anonymous|6 (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  i32.const 100
  i32.gt_s
 )
 (func $tests/assemblyscript/closures/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $1
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $0
   i32.load8_u
  else
   i32.const 0
  end
  local.tee $2
  i32.const 2
  i32.add
  global.set $tests/assemblyscript/closures/scale
  i32.const 16
  i32.const 5
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
  i32.const 32
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $3
  i32.const 0
  i32.const 32
  memory.fill
  local.get $5
  local.get $3
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $5
  local.get $3
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $5
  i32.const 32
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $5
  i32.const 0
  call $~lib/rt/common/OBJECT#set:rtId
  i32.const 1
  local.set $3
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $5
    local.get $0
    local.get $3
    i32.add
    i32.load8_u
    call $~lib/array/Array<i32>#push
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $2
  call $tests/assemblyscript/closures/pick
  global.set $tests/assemblyscript/closures/current
  local.get $5
  i32.const 1184
  call $~lib/array/Array<i32>#map<i32>
  i32.const 1216
  call $~lib/array/Array<i32>#map<i32>
  local.set $6
  i32.const 0
  call $~lib/rt/__newArray
  local.set $4
  i32.const 0
  local.set $1
  local.get $5
  i32.load offset=12
  local.set $0
  loop $for-loop|00
   local.get $1
   local.get $0
   local.get $5
   i32.load offset=12
   local.tee $3
   local.get $0
   local.get $3
   i32.lt_s
   select
   i32.lt_s
   if
    local.get $5
    i32.load offset=4
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $3
    local.get $1
    local.get $5
    i32.const 1248
    i32.load
    call_indirect (type $0)
    if
     local.get $4
     local.get $3
     call $~lib/array/Array<i32>#push
    end
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|00
   end
  end
  i32.const 7
  local.set $3
  i32.const 0
  local.set $1
  local.get $6
  i32.load offset=12
  local.set $0
  loop $for-loop|01
   local.get $1
   local.get $0
   local.get $6
   i32.load offset=12
   local.tee $7
   local.get $0
   local.get $7
   i32.lt_s
   select
   i32.lt_s
   if
    local.get $3
    local.get $6
    i32.load offset=4
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $1
    local.get $6
    i32.const 1280
    i32.load
    call_indirect (type $4)
    local.set $3
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|01
   end
  end
  block $__inlined_func$~lib/array/Array<i32>#some$41 (result i32)
   i32.const 0
   local.set $1
   local.get $5
   i32.load offset=12
   local.set $0
   loop $for-loop|02
    local.get $1
    local.get $0
    local.get $5
    i32.load offset=12
    local.tee $7
    local.get $0
    local.get $7
    i32.lt_s
    select
    i32.lt_s
    if
     i32.const 1
     local.get $5
     i32.load offset=4
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.get $1
     local.get $5
     i32.const 1312
     i32.load
     call_indirect (type $0)
     br_if $__inlined_func$~lib/array/Array<i32>#some$41
     drop
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|02
    end
   end
   i32.const 0
  end
  local.set $7
  block $__inlined_func$~lib/array/Array<i32>#every$42 (result i32)
   i32.const 0
   local.set $1
   local.get $5
   i32.load offset=12
   local.set $0
   loop $for-loop|03
    local.get $1
    local.get $0
    local.get $5
    i32.load offset=12
    local.tee $8
    local.get $0
    local.get $8
    i32.lt_s
    select
    i32.lt_s
    if
     i32.const 0
     local.get $5
     i32.load offset=4
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.get $1
     local.get $5
     i32.const 1344
     i32.load
     call_indirect (type $0)
     i32.eqz
     br_if $__inlined_func$~lib/array/Array<i32>#every$42
     drop
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|03
    end
   end
   i32.const 1
  end
  local.set $8
  i32.const 0
  local.set $1
  local.get $5
  i32.load offset=12
  local.set $0
  block $__inlined_func$~lib/array/Array<i32>#findIndex$43
   loop $for-loop|04
    local.get $1
    local.get $0
    local.get $5
    i32.load offset=12
    local.tee $9
    local.get $0
    local.get $9
    i32.lt_s
    select
    i32.lt_s
    if
     local.get $5
     i32.load offset=4
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.get $1
     local.get $5
     i32.const 1376
     i32.load
     call_indirect (type $0)
     br_if $__inlined_func$~lib/array/Array<i32>#findIndex$43
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $for-loop|04
    end
   end
   i32.const -1
   local.set $1
  end
  local.get $2
  i32.const 1
  i32.add
  call $tests/assemblyscript/closures/pick
  local.set $0
  local.get $5
  i32.load offset=12
  i32.const 1
  i32.add
  local.get $0
  i32.load
  call_indirect (type $1)
  local.get $0
  i32.load
  call_indirect (type $1)
  local.set $5
  local.get $6
  i32.load offset=12
  i32.const 2
  i32.shl
  i32.const 20
  i32.add
  local.set $9
  i32.const 12
  i32.const 9
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
  local.get $9
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  local.get $1
  local.set $2
  local.get $9
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $1
  i32.const 0
  local.get $9
  memory.fill
  local.get $0
  local.get $1
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  local.get $1
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  local.get $9
  call $~lib/rt/common/OBJECT#set:gcInfo2
  i32.const 0
  local.set $1
  loop $for-loop|1
   local.get $1
   local.get $6
   i32.load offset=12
   i32.lt_s
   if
    local.get $1
    local.get $6
    i32.load offset=12
    i32.ge_u
    if
     unreachable
    end
    local.get $1
    i32.const 2
    i32.shl
    local.tee $9
    local.get $0
    i32.load offset=4
    i32.add
    local.get $6
    i32.load offset=4
    local.get $9
    i32.add
    i32.load
    i32.store
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
  local.get $0
  i32.load offset=4
  local.get $6
  i32.load offset=12
  i32.const 2
  i32.shl
  i32.add
  local.tee $1
  local.get $4
  i32.load offset=12
  i32.store
  local.get $1
  local.get $3
  i32.store offset=4
  local.get $1
  local.get $7
  i32.eqz
  i32.eqz
  i32.const 2
  i32.const 0
  local.get $8
  select
  i32.or
  i32.store offset=8
  local.get $1
  local.get $2
  i32.store offset=12
  local.get $1
  local.get $5
  i32.store offset=16
  local.get $0
  i64.load32_u offset=4
  local.get $0
  i64.load32_s offset=8
  i64.const 32
  i64.shl
  i64.or
 )
 (func $~start
  i32.const 1388
  global.set $~lib/rt/stub/offset
 )
)

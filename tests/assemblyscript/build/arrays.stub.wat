(module
 (type $0 (func (param i32 i32) (result i32)))
 (type $1 (func (param i32 i32)))
 (type $2 (func (param i32)))
 (type $3 (func (param i32) (result i32)))
 (type $4 (func (param i32 i32 i32 i32)))
 (type $5 (func (param i32 i32 i32) (result i32)))
 (type $6 (func (param i32 i32 i32 i32 i32)))
 (type $7 (func (param i32 i32 i32)))
 (type $8 (func (param i32 i32) (result i64)))
 (type $9 (func))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 1036) "\1c")
 (data $0.1 (i32.const 1048) "\06\00\00\00\08\00\00\00\01")
 (table $0 2 2 funcref)
 (elem $0 (i32.const 1) $tests/assemblyscript/arrays/main~anonymous|0)
 (export "main" (func $tests/assemblyscript/arrays/main))
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
 (func $~lib/array/Array<i32>#__get (param $0 i32) (param $1 i32) (result i32)
  local.get $1
  local.get $0
  i32.load offset=12
  i32.ge_u
  if
   unreachable
  end
  local.get $0
  i32.load offset=4
  local.get $1
  i32.const 2
  i32.shl
  i32.add
  i32.load
 )
 (func $~lib/staticarray/StaticArray<i32>#get:length (param $0 i32) (result i32)
  local.get $0
  i32.const 20
  i32.sub
  i32.load offset=16
  i32.const 2
  i32.shr_u
 )
 (func $~lib/staticarray/StaticArray<i32>#__get (param $0 i32) (param $1 i32) (result i32)
  local.get $0
  call $~lib/staticarray/StaticArray<i32>#get:length
  local.get $1
  i32.le_u
  if
   unreachable
  end
  local.get $0
  local.get $1
  i32.const 2
  i32.shl
  i32.add
  i32.load
 )
 (func $~lib/array/Array<i32>#indexOf (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  local.get $0
  i32.load offset=12
  local.tee $3
  i32.eqz
  local.get $3
  i32.const 0
  i32.le_s
  i32.or
  if
   i32.const -1
   return
  end
  local.get $0
  i32.load offset=4
  local.set $0
  loop $while-continue|0
   local.get $2
   local.get $3
   i32.lt_s
   if
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.get $1
    i32.eq
    if
     local.get $2
     return
    end
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $while-continue|0
   end
  end
  i32.const -1
 )
 (func $~lib/array/Array<i32>#slice (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $0
  i32.load offset=12
  local.tee $3
  i32.const 0
  local.get $3
  i32.const 0
  i32.le_s
  select
  local.set $2
  local.get $1
  i32.const 0
  i32.lt_s
  if (result i32)
   local.get $1
   local.get $3
   i32.add
   local.tee $1
   i32.const 0
   local.get $1
   i32.const 0
   i32.gt_s
   select
  else
   local.get $1
   local.get $3
   local.get $1
   local.get $3
   i32.lt_s
   select
  end
  local.get $2
  i32.sub
  local.tee $1
  i32.const 0
  local.get $1
  i32.const 0
  i32.gt_s
  select
  local.tee $4
  i32.const 2
  i32.shl
  local.tee $1
  i32.const 1
  call $~lib/rt/stub/__new
  local.set $5
  i32.const 16
  i32.const 4
  call $~lib/rt/stub/__new
  local.tee $3
  local.get $5
  i32.store
  local.get $3
  local.get $5
  i32.store offset=4
  local.get $3
  local.get $1
  i32.store offset=8
  local.get $3
  local.get $4
  i32.store offset=12
  local.get $3
  i32.load offset=4
  local.get $0
  i32.load offset=4
  local.get $2
  i32.const 2
  i32.shl
  i32.add
  local.get $1
  memory.copy
  local.get $3
 )
 (func $tests/assemblyscript/arrays/main~anonymous|0 (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  local.get $0
  i32.const 1
  i32.and
  local.tee $2
  local.get $1
  i32.const 1
  i32.and
  local.tee $3
  i32.sub
  local.get $1
  local.get $0
  i32.sub
  local.get $2
  local.get $3
  i32.ne
  select
 )
 (func $~lib/util/sort/insertionSort<i32> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $1
  local.get $3
  i32.add
  local.set $3
  loop $for-loop|0
   local.get $2
   local.get $3
   i32.ge_s
   if
    local.get $3
    i32.const 1
    i32.sub
    local.set $4
    local.get $0
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $5
    loop $while-continue|1
     local.get $1
     local.get $4
     i32.le_s
     if
      local.get $5
      local.get $0
      local.get $4
      i32.const 2
      i32.shl
      i32.add
      local.tee $6
      i32.load
      local.tee $7
      i32.const 1056
      i32.load
      call_indirect (type $0)
      i32.const 0
      i32.lt_s
      if
       local.get $6
       local.get $7
       i32.store offset=4
       local.get $4
       i32.const 1
       i32.sub
       local.set $4
       br $while-continue|1
      end
     end
    end
    local.get $0
    local.get $4
    i32.const 2
    i32.shl
    i32.add
    local.get $5
    i32.store offset=4
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
 )
 (func $~lib/util/sort/extendRunRight<i32> (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $1
  local.get $2
  i32.eq
  if
   local.get $1
   return
  end
  local.get $0
  local.get $1
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.get $0
  local.get $1
  i32.const 1
  i32.add
  local.tee $3
  i32.const 2
  i32.shl
  i32.add
  i32.load
  i32.const 1056
  i32.load
  call_indirect (type $0)
  i32.const 0
  i32.gt_s
  if
   loop $while-continue|0
    local.get $2
    local.get $3
    i32.gt_s
    if (result i32)
     local.get $0
     local.get $3
     i32.const 2
     i32.shl
     i32.add
     local.tee $4
     i32.load offset=4
     local.get $4
     i32.load
     i32.const 1056
     i32.load
     call_indirect (type $0)
     i32.const 31
     i32.shr_u
    else
     i32.const 0
    end
    if
     local.get $3
     i32.const 1
     i32.add
     local.set $3
     br $while-continue|0
    end
   end
   local.get $3
   local.set $2
   loop $while-continue|1
    local.get $1
    local.get $2
    i32.lt_s
    if
     local.get $0
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     local.tee $4
     i32.load
     local.set $5
     local.get $4
     local.get $0
     local.get $2
     i32.const 2
     i32.shl
     i32.add
     local.tee $4
     i32.load
     i32.store
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     local.get $4
     local.get $5
     i32.store
     local.get $2
     i32.const 1
     i32.sub
     local.set $2
     br $while-continue|1
    end
   end
  else
   loop $while-continue|2
    local.get $2
    local.get $3
    i32.gt_s
    if (result i32)
     local.get $0
     local.get $3
     i32.const 2
     i32.shl
     i32.add
     local.tee $1
     i32.load offset=4
     local.get $1
     i32.load
     i32.const 1056
     i32.load
     call_indirect (type $0)
     i32.const 0
     i32.ge_s
    else
     i32.const 0
    end
    if
     local.get $3
     i32.const 1
     i32.add
     local.set $3
     br $while-continue|2
    end
   end
  end
  local.get $3
 )
 (func $~lib/util/sort/mergeRuns<i32> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $2
  i32.const 1
  i32.sub
  local.tee $5
  local.get $3
  i32.add
  local.set $6
  local.get $5
  i32.const 1
  i32.add
  local.set $2
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.lt_s
   if
    local.get $2
    i32.const 1
    i32.sub
    local.tee $2
    i32.const 2
    i32.shl
    local.tee $7
    local.get $4
    i32.add
    local.get $0
    local.get $7
    i32.add
    i32.load
    i32.store
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $3
   local.get $5
   i32.gt_s
   if
    local.get $4
    local.get $6
    local.get $5
    i32.sub
    i32.const 2
    i32.shl
    i32.add
    local.get $0
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    i32.load offset=4
    i32.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|1
   end
  end
  loop $for-loop|2
   local.get $1
   local.get $3
   i32.le_s
   if
    local.get $4
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $6
    local.get $4
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $7
    i32.const 1056
    i32.load
    call_indirect (type $0)
    i32.const 0
    i32.lt_s
    if
     local.get $0
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     local.get $6
     i32.store
     local.get $5
     i32.const 1
     i32.sub
     local.set $5
    else
     local.get $0
     local.get $1
     i32.const 2
     i32.shl
     i32.add
     local.get $7
     i32.store
     local.get $2
     i32.const 1
     i32.add
     local.set $2
    end
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|2
   end
  end
 )
 (func $~lib/rt/stub/__free (param $0 i32)
  global.get $~lib/rt/stub/offset
  local.get $0
  local.get $0
  i32.const 4
  i32.sub
  local.tee $0
  i32.load
  i32.add
  i32.eq
  if
   local.get $0
   global.set $~lib/rt/stub/offset
  end
 )
 (func $~lib/util/sort/SORT<i32> (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i64)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  local.get $1
  i32.const 48
  i32.le_s
  if
   local.get $1
   i32.const 1
   i32.le_s
   if
    return
   end
   local.get $0
   i32.const 0
   local.get $1
   i32.const 1
   i32.sub
   i32.const 0
   call $~lib/util/sort/insertionSort<i32>
   return
  end
  i32.const 33
  local.get $1
  i32.clz
  i32.sub
  local.tee $5
  i32.const 2
  i32.shl
  local.tee $6
  i32.const 1
  i32.shl
  call $~lib/rt/stub/__alloc
  local.set $13
  loop $for-loop|0
   local.get $4
   local.get $5
   i32.lt_u
   if
    local.get $13
    local.get $4
    i32.const 2
    i32.shl
    i32.add
    i32.const -1
    i32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $1
  i32.const 2
  i32.shl
  call $~lib/rt/stub/__alloc
  local.set $12
  local.get $0
  i32.const 0
  local.get $1
  i32.const 1
  i32.sub
  local.tee $14
  call $~lib/util/sort/extendRunRight<i32>
  local.tee $4
  i32.const 1
  i32.add
  local.tee $1
  i32.const 32
  i32.lt_s
  if
   local.get $0
   i32.const 0
   i32.const 31
   local.get $14
   local.get $14
   i32.const 31
   i32.ge_s
   select
   local.tee $4
   local.get $1
   call $~lib/util/sort/insertionSort<i32>
  end
  local.get $6
  local.get $13
  i32.add
  local.set $11
  loop $while-continue|1
   local.get $4
   local.get $14
   i32.lt_s
   if
    local.get $0
    local.get $4
    i32.const 1
    i32.add
    local.tee $5
    local.get $14
    call $~lib/util/sort/extendRunRight<i32>
    local.tee $1
    local.get $5
    i32.sub
    i32.const 1
    i32.add
    local.tee $6
    i32.const 32
    i32.lt_s
    if
     local.get $0
     local.get $5
     local.get $14
     local.get $5
     i32.const 31
     i32.add
     local.tee $1
     local.get $1
     local.get $14
     i32.gt_s
     select
     local.tee $1
     local.get $6
     call $~lib/util/sort/insertionSort<i32>
    end
    local.get $2
    local.get $5
    i32.add
    i64.extend_i32_u
    i64.const 30
    i64.shl
    local.get $14
    i32.const 1
    i32.add
    i64.extend_i32_u
    local.tee $10
    i64.div_u
    local.get $1
    local.get $5
    i32.add
    i32.const 1
    i32.add
    i64.extend_i32_u
    i64.const 30
    i64.shl
    local.get $10
    i64.div_u
    i64.xor
    i32.wrap_i64
    i32.clz
    local.set $6
    loop $for-loop|2
     local.get $3
     local.get $6
     i32.gt_u
     if
      local.get $3
      i32.const 2
      i32.shl
      local.tee $9
      local.get $13
      i32.add
      local.tee $8
      i32.load
      local.tee $7
      i32.const -1
      i32.ne
      if
       local.get $0
       local.get $7
       local.get $9
       local.get $11
       i32.add
       i32.load
       i32.const 1
       i32.add
       local.get $4
       local.get $12
       call $~lib/util/sort/mergeRuns<i32>
       local.get $8
       i32.const -1
       i32.store
       local.get $7
       local.set $2
      end
      local.get $3
      i32.const 1
      i32.sub
      local.set $3
      br $for-loop|2
     end
    end
    local.get $6
    i32.const 2
    i32.shl
    local.tee $3
    local.get $13
    i32.add
    local.get $2
    i32.store
    local.get $3
    local.get $11
    i32.add
    local.get $4
    i32.store
    local.get $5
    local.set $2
    local.get $1
    local.set $4
    local.get $6
    local.set $3
    br $while-continue|1
   end
  end
  loop $for-loop|3
   local.get $3
   if
    local.get $3
    i32.const 2
    i32.shl
    local.tee $1
    local.get $13
    i32.add
    i32.load
    local.tee $2
    i32.const -1
    i32.ne
    if
     local.get $0
     local.get $2
     local.get $1
     local.get $11
     i32.add
     i32.load
     i32.const 1
     i32.add
     local.get $14
     local.get $12
     call $~lib/util/sort/mergeRuns<i32>
    end
    local.get $3
    i32.const 1
    i32.sub
    local.set $3
    br $for-loop|3
   end
  end
  local.get $12
  call $~lib/rt/stub/__free
  local.get $13
  call $~lib/rt/stub/__free
 )
 (func $~lib/typedarray/Uint8Array#__set (param $0 i32) (param $1 i32) (param $2 i32)
  local.get $1
  local.get $0
  i32.load offset=8
  i32.ge_u
  if
   unreachable
  end
  local.get $0
  i32.load offset=4
  local.get $1
  i32.add
  local.get $2
  i32.store8
 )
 (func $tests/assemblyscript/arrays/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  i32.const 16
  i32.const 4
  call $~lib/rt/stub/__new
  local.tee $4
  i32.const 0
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $4
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $4
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $4
  i32.const 0
  call $~lib/rt/common/OBJECT#set:rtId
  i32.const 32
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $3
  i32.const 0
  i32.const 32
  memory.fill
  local.get $4
  local.get $3
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $4
  local.get $3
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $4
  i32.const 32
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $4
  i32.const 0
  call $~lib/rt/common/OBJECT#set:rtId
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $4
    local.get $0
    local.get $2
    i32.add
    i32.load8_u
    call $~lib/array/Array<i32>#push
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $1
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $4
   i32.const 0
   call $~lib/array/Array<i32>#__get
   i32.const 255
   i32.eq
  else
   i32.const 0
  end
  if
   local.get $4
   local.get $1
   i32.const 5
   i32.add
   call $~lib/array/Array<i32>#__get
   local.set $0
   local.get $4
   i32.load offset=12
   i32.eqz
   if
    local.get $4
    i32.const 1
    call $~lib/array/ensureCapacity
    local.get $4
    i32.const 1
    call $~lib/rt/common/OBJECT#set:rtId
   end
   local.get $4
   i32.load offset=4
   local.get $0
   i32.store
  end
  local.get $1
  i32.const 1
  i32.add
  local.tee $0
  i32.const 268435455
  i32.gt_u
  if
   unreachable
  end
  local.get $0
  i32.const 2
  i32.shl
  local.tee $0
  i32.const 5
  call $~lib/rt/stub/__new
  local.tee $5
  i32.const 0
  local.get $0
  memory.fill
  i32.const 0
  local.set $0
  loop $for-loop|1
   local.get $0
   local.get $1
   i32.lt_s
   if
    local.get $5
    local.get $0
    call $~lib/staticarray/StaticArray<i32>#__get
    local.get $4
    local.get $0
    call $~lib/array/Array<i32>#__get
    i32.add
    local.set $2
    local.get $5
    call $~lib/staticarray/StaticArray<i32>#get:length
    local.get $0
    i32.const 1
    i32.add
    local.tee $3
    i32.le_u
    if
     unreachable
    end
    local.get $5
    local.get $3
    i32.const 2
    i32.shl
    i32.add
    local.get $2
    i32.store
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|1
   end
  end
  local.get $4
  i32.load offset=12
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $4
   i32.const 0
   call $~lib/array/Array<i32>#__get
   local.set $2
   i32.const 1
   local.set $0
   loop $for-loop|2
    local.get $0
    local.get $4
    i32.load offset=12
    i32.lt_s
    if
     local.get $4
     local.get $0
     call $~lib/array/Array<i32>#__get
     local.get $2
     i32.gt_s
     if
      local.get $4
      local.get $0
      call $~lib/array/Array<i32>#__get
      local.set $2
     end
     local.get $0
     i32.const 1
     i32.add
     local.set $0
     br $for-loop|2
    end
   end
   local.get $4
   local.get $2
   call $~lib/array/Array<i32>#indexOf
  else
   i32.const -1
  end
  local.set $3
  i32.const 0
  local.set $2
  local.get $4
  local.get $4
  i32.load offset=12
  i32.const 1
  i32.shr_s
  call $~lib/array/Array<i32>#slice
  local.tee $6
  i32.load offset=4
  local.set $7
  local.get $6
  i32.load offset=12
  local.tee $0
  i32.const 1
  i32.gt_u
  if
   local.get $0
   i32.const 1
   i32.shr_u
   local.set $8
   local.get $0
   i32.const 1
   i32.sub
   local.set $9
   loop $while-continue|0
    local.get $2
    local.get $8
    i32.lt_u
    if
     local.get $7
     local.get $2
     i32.const 2
     i32.shl
     i32.add
     local.tee $10
     i32.load
     local.set $0
     local.get $10
     local.get $7
     local.get $9
     local.get $2
     i32.sub
     i32.const 2
     i32.shl
     i32.add
     local.tee $10
     i32.load
     i32.store
     local.get $10
     local.get $0
     i32.store
     local.get $2
     i32.const 1
     i32.add
     local.set $2
     br $while-continue|0
    end
   end
  end
  local.get $4
  i32.const 2147483647
  call $~lib/array/Array<i32>#slice
  local.tee $4
  i32.load offset=4
  local.get $4
  i32.load offset=12
  call $~lib/util/sort/SORT<i32>
  i32.const 7
  i32.const 0
  local.get $4
  i32.const 7
  call $~lib/array/Array<i32>#indexOf
  i32.const 0
  i32.ge_s
  select
  local.set $0
  local.get $4
  local.get $4
  i32.load offset=12
  i32.const 1
  i32.add
  local.tee $2
  call $~lib/array/ensureCapacity
  local.get $4
  i32.load offset=4
  local.tee $7
  i32.const 4
  i32.add
  local.get $7
  local.get $2
  i32.const 1
  i32.sub
  i32.const 2
  i32.shl
  memory.copy
  local.get $7
  local.get $0
  i32.store
  local.get $4
  local.get $2
  call $~lib/rt/common/OBJECT#set:rtId
  local.get $4
  local.get $4
  i32.load offset=12
  call $~lib/array/Array<i32>#push
  local.get $4
  i32.load offset=12
  local.tee $0
  i32.const 0
  i32.le_s
  if
   unreachable
  end
  local.get $4
  i32.load offset=4
  local.get $0
  i32.const 1
  i32.sub
  local.tee $0
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $7
  local.get $4
  local.get $0
  call $~lib/rt/common/OBJECT#set:rtId
  local.get $4
  i32.load offset=12
  local.tee $0
  i32.const 0
  i32.le_s
  if
   unreachable
  end
  local.get $4
  i32.load offset=4
  local.tee $2
  i32.load
  local.set $8
  local.get $2
  local.get $2
  i32.const 4
  i32.add
  local.get $0
  i32.const 1
  i32.sub
  local.tee $0
  i32.const 2
  i32.shl
  local.tee $9
  memory.copy
  local.get $2
  local.get $9
  i32.add
  i32.const 0
  i32.store
  local.get $4
  local.get $0
  call $~lib/rt/common/OBJECT#set:rtId
  local.get $6
  i32.load offset=12
  local.get $4
  i32.load offset=12
  i32.const 16
  i32.add
  i32.add
  local.set $2
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
  local.get $2
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  local.get $2
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $9
  i32.const 0
  local.get $2
  memory.fill
  local.get $0
  local.get $9
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  local.get $9
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  local.get $2
  call $~lib/rt/common/OBJECT#set:gcInfo2
  i32.const 0
  local.set $2
  loop $for-loop|3
   local.get $2
   local.get $4
   i32.load offset=12
   i32.lt_s
   if
    local.get $0
    local.get $2
    local.get $4
    local.get $2
    call $~lib/array/Array<i32>#__get
    i32.const 255
    i32.and
    call $~lib/typedarray/Uint8Array#__set
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|3
   end
  end
  local.get $0
  i32.load offset=4
  local.get $4
  i32.load offset=12
  i32.add
  local.tee $2
  local.get $5
  local.get $1
  call $~lib/staticarray/StaticArray<i32>#__get
  i32.store
  local.get $2
  local.get $3
  i32.store offset=4
  local.get $2
  local.get $7
  i32.store offset=8
  local.get $2
  local.get $8
  i32.store offset=12
  i32.const 0
  local.set $1
  loop $for-loop|4
   local.get $1
   local.get $6
   i32.load offset=12
   i32.lt_s
   if
    local.get $0
    local.get $4
    i32.load offset=12
    i32.const 16
    i32.add
    local.get $1
    i32.add
    local.get $6
    local.get $1
    call $~lib/array/Array<i32>#__get
    i32.const 255
    i32.and
    call $~lib/typedarray/Uint8Array#__set
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|4
   end
  end
  local.get $0
  i64.load32_u offset=4
  local.get $0
  i64.load32_s offset=8
  i64.const 32
  i64.shl
  i64.or
 )
 (func $~start
  i32.const 1068
  global.set $~lib/rt/stub/offset
 )
)

(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32 i32) (result i32)))
 (type $2 (func (param i32)))
 (type $3 (func (param i32) (result i32)))
 (type $4 (func (param i32 i32) (result i64)))
 (type $5 (func))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (memory $0 0)
 (export "main" (func $tests/assemblyscript/bench_array/main))
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
  local.get $0
  i32.load offset=8
  local.tee $5
  local.get $1
  i32.lt_u
  if
   local.get $1
   i32.const 1073741820
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
 (func $tests/assemblyscript/lib/length_prefixed/pushLengthPrefixed (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $1
  i32.const 4
  i32.ge_s
  if (result i32)
   local.get $0
   i32.load
  else
   i32.const 0
  end
  local.tee $3
  local.get $1
  i32.const 4
  i32.sub
  i32.const 0
  local.get $1
  i32.const 4
  i32.gt_s
  select
  local.tee $1
  local.get $1
  local.get $3
  i32.gt_u
  select
  local.set $5
  i32.const 16
  i32.const 4
  call $~lib/rt/stub/__new
  local.tee $3
  i32.const 0
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $3
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $3
  i32.const 0
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $3
  i32.const 0
  call $~lib/rt/common/OBJECT#set:rtId
  i32.const 8
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $1
  i64.const 0
  i64.store align=1
  local.get $3
  local.get $1
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $3
  local.get $1
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $3
  i32.const 8
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $3
  i32.const 0
  call $~lib/rt/common/OBJECT#set:rtId
  loop $for-loop|0
   local.get $2
   local.get $5
   i32.lt_u
   if
    local.get $0
    i32.const 4
    i32.add
    local.get $2
    i32.add
    i32.load8_u
    local.set $6
    local.get $3
    local.get $3
    i32.load offset=12
    local.tee $4
    i32.const 1
    i32.add
    local.tee $1
    call $~lib/array/ensureCapacity
    local.get $4
    local.get $3
    i32.load offset=4
    i32.add
    local.get $6
    i32.store8
    local.get $3
    local.get $1
    call $~lib/rt/common/OBJECT#set:rtId
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $3
 )
 (func $~lib/array/Array<u8>#__get (param $0 i32) (param $1 i32) (result i32)
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
  i32.add
  i32.load8_u
 )
 (func $~lib/typedarray/Uint8Array#__get (param $0 i32) (param $1 i32) (result i32)
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
  i32.load8_u
 )
 (func $tests/assemblyscript/bench_array/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  i32.const 64
  call $~lib/rt/stub/__alloc
  local.tee $2
  local.get $0
  local.get $1
  call $tests/assemblyscript/lib/length_prefixed/pushLengthPrefixed
  local.tee $4
  i32.load offset=12
  i32.store
  i32.const 0
  local.set $0
  loop $for-loop|0
   local.get $0
   i32.const 8
   i32.lt_s
   if
    local.get $2
    i32.const 4
    i32.add
    local.get $0
    i32.add
    local.get $0
    local.get $4
    i32.load offset=12
    i32.lt_s
    if (result i32)
     local.get $4
     local.get $0
     call $~lib/array/Array<u8>#__get
    else
     i32.const 0
    end
    i32.store8
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  local.get $4
  i32.load offset=12
  local.set $1
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
  local.get $1
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $5
  i32.const 0
  local.get $1
  memory.fill
  local.get $0
  local.get $5
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  local.get $5
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  local.get $1
  call $~lib/rt/common/OBJECT#set:gcInfo2
  i32.const 0
  local.set $1
  loop $for-loop|1
   local.get $1
   local.get $4
   i32.load offset=12
   i32.lt_s
   if
    local.get $4
    local.get $1
    call $~lib/array/Array<u8>#__get
    local.set $5
    local.get $1
    local.get $0
    i32.load offset=8
    i32.ge_u
    if
     unreachable
    end
    local.get $1
    local.get $0
    i32.load offset=4
    i32.add
    local.get $5
    i32.store8
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
  i32.const 0
  local.set $1
  loop $for-loop|2
   local.get $1
   local.get $0
   i32.load offset=8
   i32.lt_s
   if
    local.get $0
    local.get $1
    call $~lib/typedarray/Uint8Array#__get
    local.get $3
    i32.add
    local.set $3
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|2
   end
  end
  local.get $2
  local.get $0
  i32.load offset=8
  i32.store offset=12
  local.get $2
  local.get $3
  i32.store offset=16
  i32.const 0
  local.set $1
  local.get $0
  i32.load offset=8
  i32.const 2
  i32.ge_s
  if (result i32)
   i32.const 1
   local.get $0
   i32.load offset=8
   local.tee $1
   local.get $1
   i32.const 1
   i32.gt_s
   select
   local.set $3
   i32.const 12
   i32.const 5
   call $~lib/rt/stub/__new
   local.tee $4
   local.get $0
   i32.load
   i32.store
   local.get $4
   local.get $0
   i32.load offset=4
   local.get $3
   i32.add
   i32.store offset=4
   local.get $4
   local.get $1
   local.get $3
   local.get $1
   local.get $3
   i32.gt_s
   select
   local.get $3
   i32.sub
   i32.store offset=8
   local.get $4
   i32.load offset=8
   local.set $1
   local.get $4
   i32.const 0
   call $~lib/typedarray/Uint8Array#__get
  else
   i32.const 0
  end
  local.set $0
  local.get $2
  local.get $1
  i32.store offset=20
  local.get $2
  local.get $0
  i32.store offset=24
  local.get $2
  i64.extend_i32_u
  i64.const 120259084288
  i64.or
 )
 (func $~start
  i32.const 1036
  global.set $~lib/rt/stub/offset
 )
)

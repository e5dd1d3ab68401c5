(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32 i32 i32) (result i32)))
 (type $2 (func (param i32)))
 (type $3 (func (param i32) (result i32)))
 (type $4 (func (param i32 i32) (result i32)))
 (type $5 (func (param i32 i32) (result i64)))
 (type $6 (func))
 (global $tests/assemblyscript/classes/Shape.made (mut i32) (i32.const 0))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 1036) "\1c")
 (data $0.1 (i32.const 1048) "\02\00\00\00\n\00\00\00s\00h\00a\00p\00e")
 (data $1 (i32.const 1068) "\1c")
 (data $1.1 (i32.const 1080) "\02\00\00\00\08\00\00\00r\00e\00c\00t")
 (data $2 (i32.const 1100) "\1c")
 (data $2.1 (i32.const 1112) "\02\00\00\00\0c\00\00\00s\00q\00u\00a\00r\00e")
 (data $3 (i32.const 1132) ",")
 (data $3.1 (i32.const 1144) "\02\00\00\00\10\00\00\00t\00r\00i\00a\00n\00g\00l\00e")
 (export "main" (func $tests/assemblyscript/classes/main))
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
 (func $tests/assemblyscript/classes/Shape#constructor (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  i32.eqz
  if
   i32.const 8
   i32.const 4
   call $~lib/rt/stub/__new
   local.set $0
  end
  local.get $0
  local.get $1
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  local.get $2
  call $~lib/rt/common/OBJECT#set:gcInfo
  global.get $tests/assemblyscript/classes/Shape.made
  i32.const 1
  i32.add
  global.set $tests/assemblyscript/classes/Shape.made
  local.get $0
 )
 (func $tests/assemblyscript/classes/Rect#constructor (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  if (result i32)
   local.get $0
  else
   i32.const 8
   i32.const 6
   call $~lib/rt/stub/__new
  end
  local.get $1
  local.get $2
  call $tests/assemblyscript/classes/Shape#constructor
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
 (func $tests/assemblyscript/classes/main (param $0 i32) (param $1 i32) (result i64)
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
  i32.const 5
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
   local.get $2
   i32.const 2
   i32.add
   local.get $1
   i32.lt_s
   if
    block $__inlined_func$tests/assemblyscript/classes/make$40 (result i32)
     local.get $0
     local.get $2
     i32.add
     local.tee $3
     i32.load8_u offset=1
     local.set $5
     local.get $3
     i32.load8_u offset=2
     local.set $9
     block $case2|0
      block $case1|0
       local.get $3
       i32.load8_u
       i32.const 3
       i32.rem_u
       local.tee $3
       if
        local.get $3
        i32.const 1
        i32.eq
        br_if $case1|0
        br $case2|0
       end
       i32.const 0
       local.get $5
       local.get $9
       call $tests/assemblyscript/classes/Rect#constructor
       br $__inlined_func$tests/assemblyscript/classes/make$40
      end
      i32.const 8
      i32.const 7
      call $~lib/rt/stub/__new
      local.get $5
      local.get $5
      call $tests/assemblyscript/classes/Rect#constructor
      br $__inlined_func$tests/assemblyscript/classes/make$40
     end
     i32.const 8
     i32.const 8
     call $~lib/rt/stub/__new
     local.get $5
     local.get $9
     call $tests/assemblyscript/classes/Shape#constructor
    end
    local.set $3
    local.get $4
    local.get $4
    i32.load offset=12
    local.tee $5
    i32.const 1
    i32.add
    local.tee $9
    call $~lib/array/ensureCapacity
    local.get $4
    i32.load offset=4
    local.get $5
    i32.const 2
    i32.shl
    i32.add
    local.get $3
    i32.store
    local.get $4
    local.get $9
    call $~lib/rt/common/OBJECT#set:rtId
    local.get $2
    i32.const 3
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  local.get $4
  i32.load offset=12
  i32.const 5
  i32.mul
  i32.const 16
  i32.add
  local.set $1
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
  local.get $1
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  local.get $1
  i32.const 1
  call $~lib/rt/stub/__new
  local.tee $2
  i32.const 0
  local.get $1
  memory.fill
  local.get $0
  local.get $2
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  local.get $2
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  local.get $1
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $0
  local.set $3
  i32.const 0
  local.set $1
  loop $for-loop|1
   local.get $1
   local.get $4
   i32.load offset=12
   i32.lt_s
   if
    local.get $1
    local.get $4
    i32.load offset=12
    i32.ge_u
    if
     unreachable
    end
    local.get $4
    i32.load offset=4
    local.get $1
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $9
    i32.eqz
    if
     unreachable
    end
    block $__inlined_func$tests/assemblyscript/classes/Shape#area@override$22
     block $default
      block $case1
       local.get $9
       i32.const 8
       i32.sub
       i32.load
       local.tee $0
       i32.const 6
       i32.eq
       local.get $0
       i32.const 7
       i32.eq
       i32.or
       i32.eqz
       if
        local.get $0
        i32.const 8
        i32.eq
        br_if $case1
        br $default
       end
       local.get $9
       i32.load
       local.get $9
       i32.load offset=4
       i32.mul
       local.set $5
       br $__inlined_func$tests/assemblyscript/classes/Shape#area@override$22
      end
      local.get $9
      i32.load
      local.get $9
      i32.load offset=4
      i32.mul
      i32.const 1
      i32.shr_s
      local.set $5
      br $__inlined_func$tests/assemblyscript/classes/Shape#area@override$22
     end
     unreachable
    end
    local.get $5
    local.get $7
    i32.add
    local.set $7
    block $__inlined_func$tests/assemblyscript/classes/Shape#perimeter@override$23 (result i32)
     local.get $9
     i32.const 8
     i32.sub
     i32.load
     i32.const 8
     i32.eq
     if
      local.get $9
      i32.load
      local.get $9
      i32.load
      i32.mul
      local.get $9
      i32.load offset=4
      local.get $9
      i32.load offset=4
      i32.mul
      i32.add
      local.set $10
      i32.const 0
      local.set $2
      loop $while-continue|0
       local.get $2
       i32.const 1
       i32.add
       local.tee $0
       local.get $0
       i32.mul
       local.get $10
       i32.le_s
       if
        local.get $0
        local.set $2
        br $while-continue|0
       end
      end
      local.get $9
      i32.load
      local.get $9
      i32.load offset=4
      i32.add
      local.get $2
      i32.add
      br $__inlined_func$tests/assemblyscript/classes/Shape#perimeter@override$23
     end
     local.get $9
     i32.load
     local.get $9
     i32.load offset=4
     i32.add
     i32.const 1
     i32.shl
    end
    local.get $8
    i32.add
    local.set $8
    local.get $6
    i32.const 1
    i32.add
    local.get $6
    local.get $9
    if (result i32)
     local.get $9
     i32.const 8
     i32.sub
     i32.load
     i32.const 7
     i32.eq
    else
     i32.const 0
    end
    select
    local.set $6
    local.get $1
    i32.const 5
    i32.mul
    local.tee $0
    local.get $3
    i32.load offset=4
    i32.add
    local.get $5
    i32.store
    local.get $0
    i32.const 4
    i32.add
    local.set $0
    block $__inlined_func$tests/assemblyscript/classes/Shape#name@override$26 (result i32)
     block $default1
      block $case2
       block $case12
        block $case03
         local.get $9
         i32.const 8
         i32.sub
         i32.load
         i32.const 6
         i32.sub
         br_table $case03 $case12 $case2 $default1
        end
        i32.const 1088
        br $__inlined_func$tests/assemblyscript/classes/Shape#name@override$26
       end
       i32.const 1120
       br $__inlined_func$tests/assemblyscript/classes/Shape#name@override$26
      end
      i32.const 1152
      br $__inlined_func$tests/assemblyscript/classes/Shape#name@override$26
     end
     i32.const 1056
    end
    local.tee $2
    i32.const 20
    i32.sub
    i32.load offset=16
    i32.const 1
    i32.shr_u
    if (result i32)
     local.get $2
     i32.load16_u
    else
     i32.const -1
    end
    i32.const 255
    i32.and
    local.set $2
    local.get $0
    local.get $3
    i32.load offset=8
    i32.ge_u
    if
     unreachable
    end
    local.get $0
    local.get $3
    i32.load offset=4
    i32.add
    local.get $2
    i32.store8
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|1
   end
  end
  local.get $3
  i32.load offset=4
  local.get $4
  i32.load offset=12
  i32.const 5
  i32.mul
  i32.add
  local.tee $0
  local.get $7
  i32.store
  local.get $0
  local.get $8
  i32.store offset=4
  local.get $0
  local.get $6
  i32.store offset=8
  local.get $0
  global.get $tests/assemblyscript/classes/Shape.made
  i32.store offset=12
  local.get $3
  i64.load32_u offset=4
  local.get $3
  i64.load32_s offset=8
  i64.const 32
  i64.shl
  i64.or
 )
 (func $~start
  i32.const 1180
  global.set $~lib/rt/stub/offset
 )
)

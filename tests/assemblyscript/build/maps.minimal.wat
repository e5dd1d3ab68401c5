(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32) (result i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func (param i32 i32 i32)))
 (type $4 (func (param i32 i32 i32) (result i32)))
 (type $5 (func))
 (type $6 (func (param i32 i32 i64)))
 (type $7 (func (param i32 i32) (result i64)))
 (global $~lib/rt/tlsf/ROOT (mut i32) (i32.const 0))
 (global $~lib/rt/tcms/fromSpace (mut i32) (i32.const 0))
 (global $~lib/rt/tcms/total (mut i32) (i32.const 0))
 (memory $0 1)
 (data $1 (i32.const 1052) "\1c")
 (data $1.1 (i32.const 1064) "\02")
 (export "main" (func $tests/assemblyscript/maps/main))
 (export "memory" (memory $0))
 (start $~start)
 (func $~lib/rt/tlsf/Root#set:flMap (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store
 )
 (func $~lib/rt/tlsf/Block#set:prev (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=4
 )
 (func $~lib/rt/tlsf/Block#set:next (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=8
 )
 (func $~lib/rt/tlsf/removeBlock (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $1
  i32.load
  i32.const -4
  i32.and
  local.tee $3
  i32.const 256
  i32.lt_u
  if (result i32)
   local.get $3
   i32.const 4
   i32.shr_u
  else
   i32.const 31
   i32.const 1073741820
   local.get $3
   local.get $3
   i32.const 1073741820
   i32.ge_u
   select
   local.tee $3
   i32.clz
   i32.sub
   local.tee $4
   i32.const 7
   i32.sub
   local.set $2
   local.get $3
   local.get $4
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 16
   i32.xor
  end
  local.set $4
  local.get $1
  i32.load offset=8
  local.set $5
  local.get $1
  i32.load offset=4
  local.tee $3
  if
   local.get $3
   local.get $5
   call $~lib/rt/tlsf/Block#set:next
  end
  local.get $5
  if
   local.get $5
   local.get $3
   call $~lib/rt/tlsf/Block#set:prev
  end
  local.get $1
  local.get $0
  local.get $2
  i32.const 4
  i32.shl
  local.get $4
  i32.add
  i32.const 2
  i32.shl
  i32.add
  local.tee $1
  i32.load offset=96
  i32.eq
  if
   local.get $1
   local.get $5
   i32.store offset=96
   local.get $5
   i32.eqz
   if
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    local.tee $1
    i32.load offset=4
    i32.const -2
    local.get $4
    i32.rotl
    i32.and
    local.set $3
    local.get $1
    local.get $3
    i32.store offset=4
    local.get $3
    i32.eqz
    if
     local.get $0
     local.get $0
     i32.load
     i32.const -2
     local.get $2
     i32.rotl
     i32.and
     call $~lib/rt/tlsf/Root#set:flMap
    end
   end
  end
 )
 (func $~lib/rt/tlsf/insertBlock (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $1
  i32.load
  local.set $3
  local.get $1
  i32.const 4
  i32.add
  local.get $1
  i32.load
  i32.const -4
  i32.and
  i32.add
  local.tee $4
  i32.load
  local.tee $2
  i32.const 1
  i32.and
  if
   local.get $0
   local.get $4
   call $~lib/rt/tlsf/removeBlock
   local.get $1
   local.get $3
   i32.const 4
   i32.add
   local.get $2
   i32.const -4
   i32.and
   i32.add
   local.tee $3
   call $~lib/rt/tlsf/Root#set:flMap
   local.get $1
   i32.const 4
   i32.add
   local.get $1
   i32.load
   i32.const -4
   i32.and
   i32.add
   local.tee $4
   i32.load
   local.set $2
  end
  local.get $3
  i32.const 2
  i32.and
  if
   local.get $1
   i32.const 4
   i32.sub
   i32.load
   local.tee $1
   i32.load
   local.set $6
   local.get $0
   local.get $1
   call $~lib/rt/tlsf/removeBlock
   local.get $1
   local.get $6
   i32.const 4
   i32.add
   local.get $3
   i32.const -4
   i32.and
   i32.add
   local.tee $3
   call $~lib/rt/tlsf/Root#set:flMap
  end
  local.get $4
  local.get $2
  i32.const 2
  i32.or
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $4
  i32.const 4
  i32.sub
  local.get $1
  i32.store
  local.get $0
  local.get $3
  i32.const -4
  i32.and
  local.tee $2
  i32.const 256
  i32.lt_u
  if (result i32)
   local.get $2
   i32.const 4
   i32.shr_u
  else
   i32.const 31
   i32.const 1073741820
   local.get $2
   local.get $2
   i32.const 1073741820
   i32.ge_u
   select
   local.tee $2
   i32.clz
   i32.sub
   local.tee $3
   i32.const 7
   i32.sub
   local.set $5
   local.get $2
   local.get $3
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 16
   i32.xor
  end
  local.tee $2
  local.get $5
  i32.const 4
  i32.shl
  i32.add
  i32.const 2
  i32.shl
  i32.add
  i32.load offset=96
  local.set $3
  local.get $1
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $1
  local.get $3
  call $~lib/rt/tlsf/Block#set:next
  local.get $3
  if
   local.get $3
   local.get $1
   call $~lib/rt/tlsf/Block#set:prev
  end
  local.get $0
  local.get $5
  i32.const 4
  i32.shl
  local.get $2
  i32.add
  i32.const 2
  i32.shl
  i32.add
  local.get $1
  i32.store offset=96
  local.get $0
  local.get $0
  i32.load
  i32.const 1
  local.get $5
  i32.shl
  i32.or
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $0
  local.get $5
  i32.const 2
  i32.shl
  i32.add
  local.tee $0
  local.get $0
  i32.load offset=4
  i32.const 1
  local.get $2
  i32.shl
  i32.or
  i32.store offset=4
 )
 (func $~lib/rt/tlsf/addMemory (param $0 i32) (param $1 i32) (param $2 i64)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $1
  i32.const 19
  i32.add
  i32.const -16
  i32.and
  i32.const 4
  i32.sub
  local.set $1
  local.get $0
  i32.load offset=1568
  local.tee $3
  if
   local.get $1
   i32.const 16
   i32.sub
   local.tee $5
   local.get $3
   i32.eq
   if
    local.get $3
    i32.load
    local.set $4
    local.get $5
    local.set $1
   end
  end
  local.get $2
  i32.wrap_i64
  i32.const -16
  i32.and
  local.get $1
  i32.sub
  local.tee $3
  i32.const 20
  i32.lt_u
  if
   return
  end
  local.get $1
  local.get $4
  i32.const 2
  i32.and
  local.get $3
  i32.const 8
  i32.sub
  local.tee $3
  i32.const 1
  i32.or
  i32.or
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $1
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $1
  i32.const 0
  call $~lib/rt/tlsf/Block#set:next
  local.get $1
  i32.const 4
  i32.add
  local.get $3
  i32.add
  local.tee $3
  i32.const 2
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $0
  local.get $3
  i32.store offset=1568
  local.get $0
  local.get $1
  call $~lib/rt/tlsf/insertBlock
 )
 (func $~lib/rt/tlsf/initialize
  (local $0 i32)
  (local $1 i32)
  memory.size
  local.tee $0
  i32.const 0
  i32.le_s
  if (result i32)
   i32.const 1
   local.get $0
   i32.sub
   memory.grow
   i32.const 0
   i32.lt_s
  else
   i32.const 0
  end
  if
   unreachable
  end
  i32.const 1088
  i32.const 0
  call $~lib/rt/tlsf/Root#set:flMap
  i32.const 2656
  i32.const 0
  i32.store
  loop $for-loop|0
   local.get $1
   i32.const 23
   i32.lt_u
   if
    local.get $1
    i32.const 2
    i32.shl
    i32.const 1088
    i32.add
    i32.const 0
    i32.store offset=4
    i32.const 0
    local.set $0
    loop $for-loop|1
     local.get $0
     i32.const 16
     i32.lt_u
     if
      local.get $1
      i32.const 4
      i32.shl
      local.get $0
      i32.add
      i32.const 2
      i32.shl
      i32.const 1088
      i32.add
      i32.const 0
      i32.store offset=96
      local.get $0
      i32.const 1
      i32.add
      local.set $0
      br $for-loop|1
     end
    end
    local.get $1
    i32.const 1
    i32.add
    local.set $1
    br $for-loop|0
   end
  end
  i32.const 1088
  i32.const 2660
  memory.size
  i64.extend_i32_s
  i64.const 16
  i64.shl
  call $~lib/rt/tlsf/addMemory
  i32.const 1088
  global.set $~lib/rt/tlsf/ROOT
 )
 (func $~lib/rt/tlsf/prepareSize (param $0 i32) (result i32)
  local.get $0
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  i32.const 12
  local.get $0
  i32.const 19
  i32.add
  i32.const -16
  i32.and
  i32.const 4
  i32.sub
  local.get $0
  i32.const 12
  i32.le_u
  select
 )
 (func $~lib/rt/tlsf/roundSize (param $0 i32) (result i32)
  local.get $0
  i32.const 1
  i32.const 27
  local.get $0
  i32.clz
  i32.sub
  i32.shl
  i32.add
  i32.const 1
  i32.sub
  local.get $0
  local.get $0
  i32.const 536870910
  i32.lt_u
  select
 )
 (func $~lib/rt/tlsf/searchBlock (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  local.get $1
  i32.const 256
  i32.lt_u
  if (result i32)
   local.get $1
   i32.const 4
   i32.shr_u
  else
   i32.const 31
   local.get $1
   call $~lib/rt/tlsf/roundSize
   local.tee $1
   i32.clz
   i32.sub
   local.tee $3
   i32.const 7
   i32.sub
   local.set $2
   local.get $1
   local.get $3
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 16
   i32.xor
  end
  local.set $1
  local.get $0
  local.get $2
  i32.const 2
  i32.shl
  i32.add
  i32.load offset=4
  i32.const -1
  local.get $1
  i32.shl
  i32.and
  local.tee $1
  if (result i32)
   local.get $0
   local.get $1
   i32.ctz
   local.get $2
   i32.const 4
   i32.shl
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=96
  else
   local.get $0
   i32.load
   i32.const -1
   local.get $2
   i32.const 1
   i32.add
   i32.shl
   i32.and
   local.tee $1
   if (result i32)
    local.get $0
    local.get $0
    local.get $1
    i32.ctz
    local.tee $0
    i32.const 2
    i32.shl
    i32.add
    i32.load offset=4
    i32.ctz
    local.get $0
    i32.const 4
    i32.shl
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load offset=96
   else
    i32.const 0
   end
  end
 )
 (func $~lib/rt/tlsf/prepareBlock (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  local.get $1
  i32.load
  local.tee $3
  i32.const -4
  i32.and
  local.get $2
  i32.sub
  local.tee $4
  i32.const 16
  i32.ge_u
  if
   local.get $1
   local.get $2
   local.get $3
   i32.const 2
   i32.and
   i32.or
   call $~lib/rt/tlsf/Root#set:flMap
   local.get $1
   i32.const 4
   i32.add
   local.get $2
   i32.add
   local.tee $1
   local.get $4
   i32.const 4
   i32.sub
   i32.const 1
   i32.or
   call $~lib/rt/tlsf/Root#set:flMap
   local.get $0
   local.get $1
   call $~lib/rt/tlsf/insertBlock
  else
   local.get $1
   local.get $3
   i32.const -2
   i32.and
   call $~lib/rt/tlsf/Root#set:flMap
   local.get $1
   i32.const 4
   i32.add
   local.get $1
   i32.load
   i32.const -4
   i32.and
   i32.add
   local.tee $0
   local.get $0
   i32.load
   i32.const -3
   i32.and
   call $~lib/rt/tlsf/Root#set:flMap
  end
 )
 (func $~lib/rt/tlsf/allocateBlock (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  local.get $0
  local.get $1
  call $~lib/rt/tlsf/prepareSize
  local.tee $1
  call $~lib/rt/tlsf/searchBlock
  local.tee $2
  i32.eqz
  if
   local.get $1
   i32.const 256
   i32.ge_u
   if (result i32)
    local.get $1
    call $~lib/rt/tlsf/roundSize
   else
    local.get $1
   end
   local.set $2
   memory.size
   local.tee $3
   local.get $2
   i32.const 4
   local.get $0
   i32.load offset=1568
   local.get $3
   i32.const 16
   i32.shl
   i32.const 4
   i32.sub
   i32.ne
   i32.shl
   i32.add
   i32.const 65535
   i32.add
   i32.const -65536
   i32.and
   i32.const 16
   i32.shr_u
   local.tee $2
   local.get $2
   local.get $3
   i32.lt_s
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
   local.get $0
   local.get $3
   i32.const 16
   i32.shl
   memory.size
   i64.extend_i32_s
   i64.const 16
   i64.shl
   call $~lib/rt/tlsf/addMemory
   local.get $0
   local.get $1
   call $~lib/rt/tlsf/searchBlock
   local.set $2
  end
  local.get $2
  i32.load
  drop
  local.get $0
  local.get $2
  call $~lib/rt/tlsf/removeBlock
  local.get $0
  local.get $2
  local.get $1
  call $~lib/rt/tlsf/prepareBlock
  local.get $2
 )
 (func $~lib/rt/tcms/Object#set:rtId (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=12
 )
 (func $~lib/rt/tcms/Object#set:rtSize (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=16
 )
 (func $~lib/rt/tcms/Object#set:next (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  local.get $0
  i32.load offset=4
  i32.const 3
  i32.and
  i32.or
  call $~lib/rt/tlsf/Block#set:prev
 )
 (func $~lib/rt/tcms/Object#get:size (param $0 i32) (result i32)
  local.get $0
  i32.load
  i32.const -4
  i32.and
  i32.const 4
  i32.add
 )
 (func $~lib/rt/tcms/__new (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  local.get $0
  i32.const 1073741804
  i32.gt_u
  if
   unreachable
  end
  global.get $~lib/rt/tlsf/ROOT
  i32.eqz
  if
   call $~lib/rt/tlsf/initialize
  end
  global.get $~lib/rt/tlsf/ROOT
  local.get $0
  i32.const 16
  i32.add
  call $~lib/rt/tlsf/allocateBlock
  local.tee $2
  local.get $1
  call $~lib/rt/tcms/Object#set:rtId
  local.get $2
  local.get $0
  call $~lib/rt/tcms/Object#set:rtSize
  global.get $~lib/rt/tcms/fromSpace
  local.tee $0
  i32.load offset=8
  local.set $1
  local.get $2
  local.get $0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $2
  local.get $1
  call $~lib/rt/tlsf/Block#set:next
  local.get $1
  local.get $2
  call $~lib/rt/tcms/Object#set:next
  local.get $0
  local.get $2
  call $~lib/rt/tlsf/Block#set:next
  global.get $~lib/rt/tcms/total
  local.get $2
  call $~lib/rt/tcms/Object#get:size
  i32.add
  global.set $~lib/rt/tcms/total
  local.get $2
  i32.const 20
  i32.add
 )
 (func $~lib/arraybuffer/ArrayBuffer#constructor (param $0 i32) (result i32)
  (local $1 i32)
  local.get $0
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  local.get $0
  i32.const 1
  call $~lib/rt/tcms/__new
  local.tee $1
  i32.const 0
  local.get $0
  memory.fill
  local.get $1
 )
 (func $"~lib/map/Map<i32,i32>#set:entriesCount" (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  i32.store offset=20
 )
 (func $~lib/util/hash/HASH<i32> (param $0 i32) (result i32)
  local.get $0
  i32.const -1028477379
  i32.mul
  i32.const 374761397
  i32.add
  i32.const 17
  i32.rotl
  i32.const 668265263
  i32.mul
  local.tee $0
  local.get $0
  i32.const 15
  i32.shr_u
  i32.xor
  i32.const -2048144777
  i32.mul
  local.tee $0
  local.get $0
  i32.const 13
  i32.shr_u
  i32.xor
  i32.const -1028477379
  i32.mul
  local.tee $0
  local.get $0
  i32.const 16
  i32.shr_u
  i32.xor
 )
 (func $~lib/set/Set<i32>#find (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  i32.load
  local.get $2
  local.get $0
  i32.load offset=4
  i32.and
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $0
  loop $while-continue|0
   local.get $0
   if
    local.get $0
    i32.load offset=4
    local.tee $2
    i32.const 1
    i32.and
    if (result i32)
     i32.const 0
    else
     local.get $0
     i32.load
     local.get $1
     i32.eq
    end
    if
     local.get $0
     return
    end
    local.get $2
    i32.const -2
    i32.and
    local.set $0
    br $while-continue|0
   end
  end
  i32.const 0
 )
 (func $~lib/set/Set<i32>#rehash (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  local.get $1
  i32.const 1
  i32.add
  local.tee $2
  i32.const 2
  i32.shl
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $6
  local.get $2
  i32.const 3
  i32.shl
  i32.const 3
  i32.div_s
  local.tee $5
  i32.const 3
  i32.shl
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $3
  local.get $0
  i32.load offset=8
  local.tee $7
  local.get $0
  i32.load offset=16
  i32.const 3
  i32.shl
  i32.add
  local.set $4
  local.get $3
  local.set $2
  loop $while-continue|0
   local.get $4
   local.get $7
   i32.ne
   if
    local.get $7
    i32.load offset=4
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $2
     local.get $7
     i32.load
     local.tee $8
     call $~lib/rt/tlsf/Root#set:flMap
     local.get $2
     local.get $6
     local.get $8
     call $~lib/util/hash/HASH<i32>
     local.get $1
     i32.and
     i32.const 2
     i32.shl
     i32.add
     local.tee $8
     i32.load
     call $~lib/rt/tlsf/Block#set:prev
     local.get $8
     local.get $2
     i32.store
     local.get $2
     i32.const 8
     i32.add
     local.set $2
    end
    local.get $7
    i32.const 8
    i32.add
    local.set $7
    br $while-continue|0
   end
  end
  local.get $0
  local.get $6
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $0
  local.get $1
  call $~lib/rt/tlsf/Block#set:prev
  local.get $0
  local.get $3
  call $~lib/rt/tlsf/Block#set:next
  local.get $0
  local.get $5
  call $~lib/rt/tcms/Object#set:rtId
  local.get $0
  local.get $0
  i32.load offset=20
  call $~lib/rt/tcms/Object#set:rtSize
 )
 (func $~lib/rt/tlsf/checkUsedBlock (param $0 i32) (result i32)
  (local $1 i32)
  local.get $0
  i32.const 4
  i32.sub
  local.set $1
  local.get $0
  i32.const 15
  i32.and
  i32.const 1
  local.get $0
  select
  if (result i32)
   i32.const 1
  else
   local.get $1
   i32.load
   i32.const 1
   i32.and
  end
  drop
  local.get $1
 )
 (func $~lib/rt/tlsf/moveBlock (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  local.get $2
  call $~lib/rt/tlsf/allocateBlock
  local.tee $2
  i32.const 4
  i32.add
  local.get $1
  i32.const 4
  i32.add
  local.get $1
  i32.load
  i32.const -4
  i32.and
  memory.copy
  local.get $1
  i32.const 1084
  i32.ge_u
  if
   local.get $1
   local.get $1
   i32.load
   i32.const 1
   i32.or
   call $~lib/rt/tlsf/Root#set:flMap
   local.get $0
   local.get $1
   call $~lib/rt/tlsf/insertBlock
  end
  local.get $2
 )
 (func $~lib/rt/tcms/__renew (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  local.get $0
  i32.const 20
  i32.sub
  local.set $2
  local.get $0
  i32.const 1084
  i32.lt_u
  if
   local.get $1
   local.get $2
   i32.load offset=12
   call $~lib/rt/tcms/__new
   local.tee $3
   local.get $0
   local.get $1
   local.get $2
   i32.load offset=16
   local.tee $0
   local.get $0
   local.get $1
   i32.gt_u
   select
   memory.copy
   local.get $3
   return
  end
  local.get $1
  i32.const 1073741804
  i32.gt_u
  if
   unreachable
  end
  global.get $~lib/rt/tcms/total
  local.get $2
  call $~lib/rt/tcms/Object#get:size
  i32.sub
  global.set $~lib/rt/tcms/total
  global.get $~lib/rt/tlsf/ROOT
  i32.eqz
  if
   call $~lib/rt/tlsf/initialize
  end
  local.get $1
  i32.const 16
  i32.add
  local.set $3
  local.get $0
  i32.const 16
  i32.sub
  local.tee $0
  i32.const 1084
  i32.lt_u
  if
   global.get $~lib/rt/tlsf/ROOT
   local.get $0
   call $~lib/rt/tlsf/checkUsedBlock
   local.get $3
   call $~lib/rt/tlsf/moveBlock
   local.set $0
  else
   block $__inlined_func$~lib/rt/tlsf/reallocateBlock
    global.get $~lib/rt/tlsf/ROOT
    local.set $4
    local.get $0
    call $~lib/rt/tlsf/checkUsedBlock
    local.set $0
    block $folding-inner0
     local.get $3
     call $~lib/rt/tlsf/prepareSize
     local.tee $6
     local.get $0
     i32.load
     local.tee $7
     i32.const -4
     i32.and
     local.tee $5
     i32.le_u
     br_if $folding-inner0
     local.get $0
     i32.const 4
     i32.add
     local.get $0
     i32.load
     i32.const -4
     i32.and
     i32.add
     local.tee $2
     i32.load
     local.tee $8
     i32.const 1
     i32.and
     if
      local.get $5
      i32.const 4
      i32.add
      local.get $8
      i32.const -4
      i32.and
      i32.add
      local.tee $5
      local.get $6
      i32.ge_u
      if
       local.get $4
       local.get $2
       call $~lib/rt/tlsf/removeBlock
       local.get $0
       local.get $7
       i32.const 3
       i32.and
       local.get $5
       i32.or
       call $~lib/rt/tlsf/Root#set:flMap
       br $folding-inner0
      end
     end
     local.get $4
     local.get $0
     local.get $3
     call $~lib/rt/tlsf/moveBlock
     local.set $0
     br $__inlined_func$~lib/rt/tlsf/reallocateBlock
    end
    local.get $4
    local.get $0
    local.get $6
    call $~lib/rt/tlsf/prepareBlock
   end
  end
  local.get $0
  i32.const 20
  i32.add
  local.tee $0
  i32.const 20
  i32.sub
  local.tee $2
  local.get $1
  call $~lib/rt/tcms/Object#set:rtSize
  local.get $2
  i32.load offset=4
  i32.const -4
  i32.and
  local.get $2
  call $~lib/rt/tlsf/Block#set:next
  local.get $2
  i32.load offset=8
  local.get $2
  call $~lib/rt/tcms/Object#set:next
  global.get $~lib/rt/tcms/total
  local.get $2
  call $~lib/rt/tcms/Object#get:size
  i32.add
  global.set $~lib/rt/tcms/total
  local.get $0
 )
 (func $~lib/array/ensureCapacity (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  local.get $1
  local.get $0
  i32.load offset=8
  local.tee $3
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
   i32.const 8
   local.get $1
   local.get $1
   i32.const 8
   i32.le_u
   select
   i32.const 2
   i32.shl
   local.set $1
   local.get $2
   if
    i32.const 1073741820
    local.get $3
    i32.const 1
    i32.shl
    local.tee $2
    local.get $2
    i32.const 1073741820
    i32.ge_u
    select
    local.tee $2
    local.get $1
    local.get $1
    local.get $2
    i32.lt_u
    select
    local.set $1
   end
   local.get $0
   i32.load
   local.tee $4
   local.get $1
   call $~lib/rt/tcms/__renew
   local.tee $2
   local.get $3
   i32.add
   i32.const 0
   local.get $1
   local.get $3
   i32.sub
   memory.fill
   local.get $2
   local.get $4
   i32.ne
   if
    local.get $0
    local.get $2
    i32.store
    local.get $0
    local.get $2
    i32.store offset=4
   end
   local.get $0
   local.get $1
   i32.store offset=8
  end
 )
 (func $"~lib/map/Map<i32,i32>#find" (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  local.get $0
  i32.load
  local.get $2
  local.get $0
  i32.load offset=4
  i32.and
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $0
  loop $while-continue|0
   local.get $0
   if
    local.get $0
    i32.load offset=8
    local.tee $2
    i32.const 1
    i32.and
    if (result i32)
     i32.const 0
    else
     local.get $0
     i32.load
     local.get $1
     i32.eq
    end
    if
     local.get $0
     return
    end
    local.get $2
    i32.const -2
    i32.and
    local.set $0
    br $while-continue|0
   end
  end
  i32.const 0
 )
 (func $"~lib/map/Map<i32,i32>#get" (param $0 i32) (param $1 i32) (result i32)
  local.get $0
  local.get $1
  local.get $1
  call $~lib/util/hash/HASH<i32>
  call $"~lib/map/Map<i32,i32>#find"
  local.tee $0
  i32.eqz
  if
   unreachable
  end
  local.get $0
  i32.load offset=4
 )
 (func $"~lib/map/Map<i32,i32>#rehash" (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  local.get $1
  i32.const 1
  i32.add
  local.tee $2
  i32.const 2
  i32.shl
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $6
  local.get $2
  i32.const 3
  i32.shl
  i32.const 3
  i32.div_s
  local.tee $5
  i32.const 12
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $3
  local.get $0
  i32.load offset=8
  local.tee $7
  local.get $0
  i32.load offset=16
  i32.const 12
  i32.mul
  i32.add
  local.set $4
  local.get $3
  local.set $2
  loop $while-continue|0
   local.get $4
   local.get $7
   i32.ne
   if
    local.get $7
    i32.load offset=8
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $2
     local.get $7
     i32.load
     local.tee $8
     call $~lib/rt/tlsf/Root#set:flMap
     local.get $2
     local.get $7
     i32.load offset=4
     call $~lib/rt/tlsf/Block#set:prev
     local.get $2
     local.get $6
     local.get $8
     call $~lib/util/hash/HASH<i32>
     local.get $1
     i32.and
     i32.const 2
     i32.shl
     i32.add
     local.tee $8
     i32.load
     call $~lib/rt/tlsf/Block#set:next
     local.get $8
     local.get $2
     i32.store
     local.get $2
     i32.const 12
     i32.add
     local.set $2
    end
    local.get $7
    i32.const 12
    i32.add
    local.set $7
    br $while-continue|0
   end
  end
  local.get $0
  local.get $6
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $0
  local.get $1
  call $~lib/rt/tlsf/Block#set:prev
  local.get $0
  local.get $3
  call $~lib/rt/tlsf/Block#set:next
  local.get $0
  local.get $5
  call $~lib/rt/tcms/Object#set:rtId
  local.get $0
  local.get $0
  i32.load offset=20
  call $~lib/rt/tcms/Object#set:rtSize
 )
 (func $"~lib/map/Map<i32,i32>#set" (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $0
  local.get $1
  local.get $1
  call $~lib/util/hash/HASH<i32>
  local.tee $3
  call $"~lib/map/Map<i32,i32>#find"
  local.tee $4
  if
   local.get $4
   local.get $2
   call $~lib/rt/tlsf/Block#set:prev
  else
   local.get $0
   i32.load offset=16
   local.get $0
   i32.load offset=12
   i32.eq
   if
    local.get $0
    local.get $0
    i32.load offset=20
    local.get $0
    i32.load offset=12
    i32.const 3
    i32.mul
    i32.const 4
    i32.div_s
    i32.lt_s
    if (result i32)
     local.get $0
     i32.load offset=4
    else
     local.get $0
     i32.load offset=4
     i32.const 1
     i32.shl
     i32.const 1
     i32.or
    end
    call $"~lib/map/Map<i32,i32>#rehash"
   end
   local.get $0
   i32.load offset=8
   local.set $5
   local.get $0
   local.get $0
   i32.load offset=16
   local.tee $4
   i32.const 1
   i32.add
   call $~lib/rt/tcms/Object#set:rtSize
   local.get $5
   local.get $4
   i32.const 12
   i32.mul
   i32.add
   local.tee $4
   local.get $1
   call $~lib/rt/tlsf/Root#set:flMap
   local.get $4
   local.get $2
   call $~lib/rt/tlsf/Block#set:prev
   local.get $0
   local.get $0
   i32.load offset=20
   i32.const 1
   i32.add
   call $"~lib/map/Map<i32,i32>#set:entriesCount"
   local.get $4
   local.get $0
   i32.load
   local.get $3
   local.get $0
   i32.load offset=4
   i32.and
   i32.const 2
   i32.shl
   i32.add
   local.tee $0
   i32.load
   call $~lib/rt/tlsf/Block#set:next
   local.get $0
   local.get $4
   i32.store
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
 (func $~lib/util/hash/HASH<~lib/string/String> (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $0
  if (result i32)
   local.get $0
   local.tee $1
   call $~lib/string/String#get:length
   i32.const 1
   i32.shl
   local.tee $3
   i32.const 16
   i32.ge_u
   if (result i32)
    i32.const 606290984
    local.set $2
    i32.const -2048144777
    local.set $4
    i32.const 1640531535
    local.set $5
    local.get $1
    local.get $3
    i32.add
    i32.const 16
    i32.sub
    local.set $7
    loop $while-continue|0
     local.get $1
     local.get $7
     i32.le_u
     if
      local.get $2
      local.get $1
      i32.load
      i32.const -2048144777
      i32.mul
      i32.add
      i32.const 13
      i32.rotl
      i32.const -1640531535
      i32.mul
      local.set $2
      local.get $4
      local.get $1
      i32.load offset=4
      i32.const -2048144777
      i32.mul
      i32.add
      i32.const 13
      i32.rotl
      i32.const -1640531535
      i32.mul
      local.set $4
      local.get $6
      local.get $1
      i32.load offset=8
      i32.const -2048144777
      i32.mul
      i32.add
      i32.const 13
      i32.rotl
      i32.const -1640531535
      i32.mul
      local.set $6
      local.get $5
      local.get $1
      i32.load offset=12
      i32.const -2048144777
      i32.mul
      i32.add
      i32.const 13
      i32.rotl
      i32.const -1640531535
      i32.mul
      local.set $5
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      br $while-continue|0
     end
    end
    local.get $3
    local.get $2
    i32.const 1
    i32.rotl
    local.get $4
    i32.const 7
    i32.rotl
    i32.add
    local.get $6
    i32.const 12
    i32.rotl
    i32.add
    local.get $5
    i32.const 18
    i32.rotl
    i32.add
    i32.add
   else
    local.get $3
    i32.const 374761393
    i32.add
   end
   local.set $2
   local.get $0
   local.get $3
   i32.add
   i32.const 4
   i32.sub
   local.set $4
   loop $while-continue|1
    local.get $1
    local.get $4
    i32.le_u
    if
     local.get $2
     local.get $1
     i32.load
     i32.const -1028477379
     i32.mul
     i32.add
     i32.const 17
     i32.rotl
     i32.const 668265263
     i32.mul
     local.set $2
     local.get $1
     i32.const 4
     i32.add
     local.set $1
     br $while-continue|1
    end
   end
   local.get $0
   local.get $3
   i32.add
   local.set $0
   loop $while-continue|2
    local.get $0
    local.get $1
    i32.gt_u
    if
     local.get $2
     local.get $1
     i32.load8_u
     i32.const 374761393
     i32.mul
     i32.add
     i32.const 11
     i32.rotl
     i32.const -1640531535
     i32.mul
     local.set $2
     local.get $1
     i32.const 1
     i32.add
     local.set $1
     br $while-continue|2
    end
   end
   local.get $2
   local.get $2
   i32.const 15
   i32.shr_u
   i32.xor
   i32.const -2048144777
   i32.mul
   local.tee $0
   local.get $0
   i32.const 13
   i32.shr_u
   i32.xor
   i32.const -1028477379
   i32.mul
   local.tee $0
   local.get $0
   i32.const 16
   i32.shr_u
   i32.xor
  else
   i32.const 0
  end
 )
 (func $"~lib/map/Map<~lib/string/String,i32>#find" (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  local.get $0
  i32.load
  local.get $2
  local.get $0
  i32.load offset=4
  i32.and
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $4
  loop $while-continue|0
   local.get $4
   if
    local.get $4
    i32.load offset=8
    local.tee $6
    i32.const 1
    i32.and
    if (result i32)
     i32.const 0
    else
     block $__inlined_func$~lib/string/String.__eq$1 (result i32)
      i32.const 1
      local.get $4
      i32.load
      local.tee $5
      local.get $1
      i32.eq
      br_if $__inlined_func$~lib/string/String.__eq$1
      drop
      i32.const 0
      local.get $1
      i32.eqz
      local.get $5
      i32.eqz
      i32.or
      br_if $__inlined_func$~lib/string/String.__eq$1
      drop
      local.get $5
      call $~lib/string/String#get:length
      local.set $0
      i32.const 0
      local.get $1
      call $~lib/string/String#get:length
      local.get $0
      i32.ne
      br_if $__inlined_func$~lib/string/String.__eq$1
      drop
      local.get $1
      local.set $3
      block $__inlined_func$~lib/util/string/compareImpl$93
       loop $while-continue|00
        local.get $0
        local.tee $2
        i32.const 1
        i32.sub
        local.set $0
        local.get $2
        if
         local.get $5
         i32.load16_u
         local.tee $7
         local.get $3
         i32.load16_u
         local.tee $8
         i32.sub
         local.set $2
         local.get $7
         local.get $8
         i32.ne
         br_if $__inlined_func$~lib/util/string/compareImpl$93
         local.get $5
         i32.const 2
         i32.add
         local.set $5
         local.get $3
         i32.const 2
         i32.add
         local.set $3
         br $while-continue|00
        end
       end
       i32.const 0
       local.set $2
      end
      local.get $2
      i32.eqz
     end
    end
    if
     local.get $4
     return
    end
    local.get $6
    i32.const -2
    i32.and
    local.set $4
    br $while-continue|0
   end
  end
  i32.const 0
 )
 (func $"~lib/map/Map<~lib/string/String,i32>#get" (param $0 i32) (param $1 i32) (result i32)
  local.get $0
  local.get $1
  local.get $1
  call $~lib/util/hash/HASH<~lib/string/String>
  call $"~lib/map/Map<~lib/string/String,i32>#find"
  local.tee $0
  i32.eqz
  if
   unreachable
  end
  local.get $0
  i32.load offset=4
 )
 (func $"~lib/map/Map<~lib/string/String,i32>#rehash" (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  local.get $1
  i32.const 1
  i32.add
  local.tee $2
  i32.const 2
  i32.shl
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $6
  local.get $2
  i32.const 3
  i32.shl
  i32.const 3
  i32.div_s
  local.tee $5
  i32.const 12
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $3
  local.get $0
  i32.load offset=8
  local.tee $7
  local.get $0
  i32.load offset=16
  i32.const 12
  i32.mul
  i32.add
  local.set $4
  local.get $3
  local.set $2
  loop $while-continue|0
   local.get $4
   local.get $7
   i32.ne
   if
    local.get $7
    i32.load offset=8
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $2
     local.get $7
     i32.load
     local.tee $8
     call $~lib/rt/tlsf/Root#set:flMap
     local.get $2
     local.get $7
     i32.load offset=4
     call $~lib/rt/tlsf/Block#set:prev
     local.get $2
     local.get $6
     local.get $8
     call $~lib/util/hash/HASH<~lib/string/String>
     local.get $1
     i32.and
     i32.const 2
     i32.shl
     i32.add
     local.tee $8
     i32.load
     call $~lib/rt/tlsf/Block#set:next
     local.get $8
     local.get $2
     i32.store
     local.get $2
     i32.const 12
     i32.add
     local.set $2
    end
    local.get $7
    i32.const 12
    i32.add
    local.set $7
    br $while-continue|0
   end
  end
  local.get $0
  local.get $6
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $0
  local.get $1
  call $~lib/rt/tlsf/Block#set:prev
  local.get $0
  local.get $3
  call $~lib/rt/tlsf/Block#set:next
  local.get $0
  local.get $5
  call $~lib/rt/tcms/Object#set:rtId
  local.get $0
  local.get $0
  i32.load offset=20
  call $~lib/rt/tcms/Object#set:rtSize
 )
 (func $"~lib/map/Map<~lib/string/String,i32>#set" (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $0
  local.get $1
  local.get $1
  call $~lib/util/hash/HASH<~lib/string/String>
  local.tee $3
  call $"~lib/map/Map<~lib/string/String,i32>#find"
  local.tee $4
  if
   local.get $4
   local.get $2
   call $~lib/rt/tlsf/Block#set:prev
  else
   local.get $0
   i32.load offset=16
   local.get $0
   i32.load offset=12
   i32.eq
   if
    local.get $0
    local.get $0
    i32.load offset=20
    local.get $0
    i32.load offset=12
    i32.const 3
    i32.mul
    i32.const 4
    i32.div_s
    i32.lt_s
    if (result i32)
     local.get $0
     i32.load offset=4
    else
     local.get $0
     i32.load offset=4
     i32.const 1
     i32.shl
     i32.const 1
     i32.or
    end
    call $"~lib/map/Map<~lib/string/String,i32>#rehash"
   end
   local.get $0
   i32.load offset=8
   local.set $5
   local.get $0
   local.get $0
   i32.load offset=16
   local.tee $4
   i32.const 1
   i32.add
   call $~lib/rt/tcms/Object#set:rtSize
   local.get $5
   local.get $4
   i32.const 12
   i32.mul
   i32.add
   local.tee $4
   local.get $1
   call $~lib/rt/tlsf/Root#set:flMap
   local.get $4
   local.get $2
   call $~lib/rt/tlsf/Block#set:prev
   local.get $0
   local.get $0
   i32.load offset=20
   i32.const 1
   i32.add
   call $"~lib/map/Map<i32,i32>#set:entriesCount"
   local.get $4
   local.get $0
   i32.load
   local.get $3
   local.get $0
   i32.load offset=4
   i32.and
   i32.const 2
   i32.shl
   i32.add
   local.tee $0
   i32.load
   call $~lib/rt/tlsf/Block#set:next
   local.get $0
   local.get $4
   i32.store
  end
 )
 (func $"~lib/map/Map<~lib/string/String,i32>#keys" (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $0
  i32.load offset=8
  local.set $5
  local.get $0
  i32.load offset=16
  local.set $3
  i32.const 16
  i32.const 8
  call $~lib/rt/tcms/__new
  local.tee $2
  i32.const 0
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $2
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $2
  i32.const 0
  call $~lib/rt/tlsf/Block#set:next
  local.get $2
  i32.const 0
  call $~lib/rt/tcms/Object#set:rtId
  local.get $3
  i32.const 268435455
  i32.gt_u
  if
   unreachable
  end
  i32.const 8
  local.get $3
  local.get $3
  i32.const 8
  i32.le_u
  select
  i32.const 2
  i32.shl
  local.tee $0
  i32.const 1
  call $~lib/rt/tcms/__new
  local.tee $6
  i32.const 0
  local.get $0
  memory.fill
  local.get $2
  local.get $6
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $2
  local.get $6
  call $~lib/rt/tlsf/Block#set:prev
  local.get $2
  local.get $0
  call $~lib/rt/tlsf/Block#set:next
  local.get $2
  local.get $3
  call $~lib/rt/tcms/Object#set:rtId
  loop $for-loop|0
   local.get $3
   local.get $4
   i32.gt_s
   if
    local.get $5
    local.get $4
    i32.const 12
    i32.mul
    i32.add
    local.tee $0
    i32.load offset=8
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $0
     i32.load
     local.set $7
     local.get $1
     local.tee $0
     i32.const 1
     i32.add
     local.set $1
     local.get $0
     local.get $2
     i32.load offset=12
     i32.ge_u
     if
      local.get $0
      i32.const 0
      i32.lt_s
      if
       unreachable
      end
      local.get $2
      local.get $0
      i32.const 1
      i32.add
      local.tee $6
      i32.const 1
      call $~lib/array/ensureCapacity
      local.get $2
      local.get $6
      call $~lib/rt/tcms/Object#set:rtId
     end
     local.get $2
     i32.load offset=4
     local.get $0
     i32.const 2
     i32.shl
     i32.add
     local.get $7
     i32.store
    end
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $2
  local.get $1
  i32.const 0
  call $~lib/array/ensureCapacity
  local.get $2
  local.get $1
  call $~lib/rt/tcms/Object#set:rtId
  local.get $2
 )
 (func $~lib/array/Array<~lib/string/String>#__get (param $0 i32) (param $1 i32) (result i32)
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
  local.tee $0
  i32.eqz
  if
   unreachable
  end
  local.get $0
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
 (func $tests/assemblyscript/maps/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  i32.const 24
  i32.const 4
  call $~lib/rt/tcms/__new
  local.tee $5
  i32.const 16
  call $~lib/arraybuffer/ArrayBuffer#constructor
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $5
  i32.const 3
  call $~lib/rt/tlsf/Block#set:prev
  local.get $5
  i32.const 48
  call $~lib/arraybuffer/ArrayBuffer#constructor
  call $~lib/rt/tlsf/Block#set:next
  local.get $5
  i32.const 4
  call $~lib/rt/tcms/Object#set:rtId
  local.get $5
  i32.const 0
  call $~lib/rt/tcms/Object#set:rtSize
  local.get $5
  i32.const 0
  call $"~lib/map/Map<i32,i32>#set:entriesCount"
  i32.const 24
  i32.const 5
  call $~lib/rt/tcms/__new
  local.tee $8
  i32.const 16
  call $~lib/arraybuffer/ArrayBuffer#constructor
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $8
  i32.const 3
  call $~lib/rt/tlsf/Block#set:prev
  local.get $8
  i32.const 32
  call $~lib/arraybuffer/ArrayBuffer#constructor
  call $~lib/rt/tlsf/Block#set:next
  local.get $8
  i32.const 4
  call $~lib/rt/tcms/Object#set:rtId
  local.get $8
  i32.const 0
  call $~lib/rt/tcms/Object#set:rtSize
  local.get $8
  i32.const 0
  call $"~lib/map/Map<i32,i32>#set:entriesCount"
  i32.const 16
  i32.const 6
  call $~lib/rt/tcms/__new
  local.tee $7
  i32.const 0
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $7
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $7
  i32.const 0
  call $~lib/rt/tlsf/Block#set:next
  local.get $7
  i32.const 0
  call $~lib/rt/tcms/Object#set:rtId
  i32.const 32
  i32.const 1
  call $~lib/rt/tcms/__new
  local.tee $4
  i32.const 0
  i32.const 32
  memory.fill
  local.get $7
  local.get $4
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $7
  local.get $4
  call $~lib/rt/tlsf/Block#set:prev
  local.get $7
  i32.const 32
  call $~lib/rt/tlsf/Block#set:next
  local.get $7
  i32.const 0
  call $~lib/rt/tcms/Object#set:rtId
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $8
    local.get $0
    local.get $2
    i32.add
    i32.load8_u
    local.tee $4
    local.get $4
    call $~lib/util/hash/HASH<i32>
    call $~lib/set/Set<i32>#find
    i32.eqz
    if
     local.get $8
     local.get $4
     local.get $4
     call $~lib/util/hash/HASH<i32>
     local.tee $9
     call $~lib/set/Set<i32>#find
     i32.eqz
     if
      local.get $8
      i32.load offset=16
      local.get $8
      i32.load offset=12
      i32.eq
      if
       local.get $8
       local.get $8
       i32.load offset=20
       local.get $8
       i32.load offset=12
       i32.const 3
       i32.mul
       i32.const 4
       i32.div_s
       i32.lt_s
       if (result i32)
        local.get $8
        i32.load offset=4
       else
        local.get $8
        i32.load offset=4
        i32.const 1
        i32.shl
        i32.const 1
        i32.or
       end
       call $~lib/set/Set<i32>#rehash
      end
      local.get $8
      i32.load offset=8
      local.set $10
      local.get $8
      local.get $8
      i32.load offset=16
      local.tee $11
      i32.const 1
      i32.add
      call $~lib/rt/tcms/Object#set:rtSize
      local.get $10
      local.get $11
      i32.const 3
      i32.shl
      i32.add
      local.tee $10
      local.get $4
      call $~lib/rt/tlsf/Root#set:flMap
      local.get $8
      local.get $8
      i32.load offset=20
      i32.const 1
      i32.add
      call $"~lib/map/Map<i32,i32>#set:entriesCount"
      local.get $10
      local.get $8
      i32.load
      local.get $9
      local.get $8
      i32.load offset=4
      i32.and
      i32.const 2
      i32.shl
      i32.add
      local.tee $9
      i32.load
      call $~lib/rt/tlsf/Block#set:prev
      local.get $9
      local.get $10
      i32.store
     end
     local.get $7
     local.get $7
     i32.load offset=12
     local.tee $9
     i32.const 1
     i32.add
     local.tee $10
     i32.const 1
     call $~lib/array/ensureCapacity
     local.get $7
     i32.load offset=4
     local.get $9
     i32.const 2
     i32.shl
     i32.add
     local.get $4
     i32.store
     local.get $7
     local.get $10
     call $~lib/rt/tcms/Object#set:rtId
    end
    local.get $5
    local.get $4
    local.get $5
    local.get $4
    local.get $4
    call $~lib/util/hash/HASH<i32>
    call $"~lib/map/Map<i32,i32>#find"
    if (result i32)
     local.get $5
     local.get $4
     call $"~lib/map/Map<i32,i32>#get"
     i32.const 1
     i32.add
    else
     i32.const 1
    end
    call $"~lib/map/Map<i32,i32>#set"
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $3
   i32.const 256
   i32.lt_s
   if
    local.get $8
    local.get $3
    local.get $3
    call $~lib/util/hash/HASH<i32>
    call $~lib/set/Set<i32>#find
    local.tee $2
    if
     local.get $2
     local.get $2
     i32.load offset=4
     i32.const 1
     i32.or
     call $~lib/rt/tlsf/Block#set:prev
     local.get $8
     local.get $8
     i32.load offset=20
     i32.const 1
     i32.sub
     call $"~lib/map/Map<i32,i32>#set:entriesCount"
     local.get $8
     i32.load offset=4
     i32.const 1
     i32.shr_u
     local.tee $2
     i32.const 1
     i32.add
     i32.const 4
     local.get $8
     i32.load offset=20
     local.tee $4
     local.get $4
     i32.const 4
     i32.lt_u
     select
     i32.ge_u
     if (result i32)
      local.get $8
      i32.load offset=20
      local.get $8
      i32.load offset=12
      i32.const 3
      i32.mul
      i32.const 4
      i32.div_s
      i32.lt_s
     else
      i32.const 0
     end
     if
      local.get $8
      local.get $2
      call $~lib/set/Set<i32>#rehash
     end
    end
    local.get $3
    i32.const 3
    i32.add
    local.set $3
    br $for-loop|1
   end
  end
  i32.const 24
  i32.const 7
  call $~lib/rt/tcms/__new
  local.tee $9
  i32.const 16
  call $~lib/arraybuffer/ArrayBuffer#constructor
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $9
  i32.const 3
  call $~lib/rt/tlsf/Block#set:prev
  local.get $9
  i32.const 48
  call $~lib/arraybuffer/ArrayBuffer#constructor
  call $~lib/rt/tlsf/Block#set:next
  local.get $9
  i32.const 4
  call $~lib/rt/tcms/Object#set:rtId
  local.get $9
  i32.const 0
  call $~lib/rt/tcms/Object#set:rtSize
  local.get $9
  i32.const 0
  call $"~lib/map/Map<i32,i32>#set:entriesCount"
  i32.const 1072
  local.set $3
  loop $for-loop|2
   local.get $1
   local.get $6
   i32.ge_s
   if
    local.get $1
    local.get $6
    i32.gt_s
    if (result i32)
     local.get $0
     local.get $6
     i32.add
     i32.load8_u
    else
     i32.const 0
    end
    local.tee $2
    i32.const 32
    i32.gt_s
    if (result i32)
     i32.const 2
     i32.const 2
     call $~lib/rt/tcms/__new
     local.tee $10
     local.get $2
     i32.store16
     i32.const 1072
     local.set $2
     local.get $3
     call $~lib/string/String#get:length
     i32.const 1
     i32.shl
     local.tee $11
     local.get $10
     call $~lib/string/String#get:length
     i32.const 1
     i32.shl
     local.tee $12
     i32.add
     local.tee $4
     if
      local.get $4
      i32.const 2
      call $~lib/rt/tcms/__new
      local.tee $2
      local.get $3
      local.get $11
      memory.copy
      local.get $2
      local.get $11
      i32.add
      local.get $10
      local.get $12
      memory.copy
     end
     local.get $2
    else
     local.get $3
     call $~lib/string/String#get:length
     i32.const 0
     i32.gt_s
     if (result i32)
      local.get $9
      local.get $3
      local.get $9
      local.get $3
      local.get $3
      call $~lib/util/hash/HASH<~lib/string/String>
      call $"~lib/map/Map<~lib/string/String,i32>#find"
      if (result i32)
       local.get $9
       local.get $3
       call $"~lib/map/Map<~lib/string/String,i32>#get"
       i32.const 1
       i32.add
      else
       i32.const 1
      end
      call $"~lib/map/Map<~lib/string/String,i32>#set"
      i32.const 1072
     else
      local.get $3
     end
    end
    local.set $3
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|2
   end
  end
  i32.const 0
  local.set $1
  i32.const 0
  local.set $2
  local.get $9
  call $"~lib/map/Map<~lib/string/String,i32>#keys"
  local.set $4
  i32.const 0
  local.set $3
  loop $for-loop|3
   local.get $3
   local.get $4
   i32.load offset=12
   i32.lt_s
   if
    local.get $9
    local.get $4
    local.get $3
    call $~lib/array/Array<~lib/string/String>#__get
    call $"~lib/map/Map<~lib/string/String,i32>#get"
    local.tee $0
    local.get $1
    i32.gt_s
    if
     local.get $0
     local.set $1
     local.get $4
     local.get $3
     call $~lib/array/Array<~lib/string/String>#__get
     local.tee $0
     call $~lib/string/String#get:length
     if (result i32)
      local.get $0
      i32.load16_u
     else
      i32.const -1
     end
     local.set $2
    end
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|3
   end
  end
  local.get $7
  i32.load offset=12
  i32.const 3
  i32.mul
  i32.const 8
  i32.add
  local.set $3
  i32.const 12
  i32.const 9
  call $~lib/rt/tcms/__new
  local.tee $0
  i32.eqz
  if
   i32.const 12
   i32.const 3
   call $~lib/rt/tcms/__new
   local.set $0
  end
  local.get $0
  i32.const 0
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $0
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $0
  i32.const 0
  call $~lib/rt/tlsf/Block#set:next
  local.get $3
  i32.const 1073741820
  i32.gt_u
  if
   unreachable
  end
  local.get $3
  i32.const 1
  call $~lib/rt/tcms/__new
  local.tee $4
  i32.const 0
  local.get $3
  memory.fill
  local.get $0
  local.get $4
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $0
  local.get $4
  call $~lib/rt/tlsf/Block#set:prev
  local.get $0
  local.get $3
  call $~lib/rt/tlsf/Block#set:next
  i32.const 0
  local.set $3
  loop $for-loop|4
   local.get $3
   local.get $7
   i32.load offset=12
   i32.lt_s
   if
    local.get $7
    local.get $3
    call $~lib/array/Array<i32>#__get
    i32.const 255
    i32.and
    local.set $4
    local.get $3
    i32.const 3
    i32.mul
    local.tee $6
    local.get $0
    i32.load offset=8
    i32.ge_u
    if
     unreachable
    end
    local.get $6
    local.get $0
    i32.load offset=4
    i32.add
    local.get $4
    i32.store8
    local.get $0
    i32.load offset=4
    local.get $3
    i32.const 3
    i32.mul
    i32.add
    local.get $5
    local.get $7
    local.get $3
    call $~lib/array/Array<i32>#__get
    call $"~lib/map/Map<i32,i32>#get"
    i32.store16 offset=1
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|4
   end
  end
  local.get $0
  i32.load offset=4
  local.get $7
  i32.load offset=12
  i32.const 3
  i32.mul
  i32.add
  local.tee $3
  local.get $8
  i32.load offset=20
  i32.store16
  local.get $3
  local.get $9
  i32.load offset=20
  i32.store16 offset=2
  local.get $3
  local.get $1
  i32.store16 offset=4
  local.get $3
  local.get $2
  i32.store16 offset=6
  local.get $0
  i64.load32_u offset=4
  local.get $0
  i64.load32_s offset=8
  i64.const 32
  i64.shl
  i64.or
 )
 (func $~start
  i32.const 1024
  i32.const 1024
  call $~lib/rt/tlsf/Block#set:prev
  i32.const 1024
  i32.const 1024
  call $~lib/rt/tlsf/Block#set:next
  i32.const 1024
  global.set $~lib/rt/tcms/fromSpace
 )
)

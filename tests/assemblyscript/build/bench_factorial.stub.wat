(module
 (type $0 (func (param i32 i32) (result i64)))
 (type $1 (func))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (memory $0 0)
 (export "main" (func $tests/assemblyscript/bench_factorial/main))
 (export "memory" (memory $0))
 (start $~start)
 (func $tests/assemblyscript/bench_factorial/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  local.get $1
  i32.const 4
  i32.ge_s
  if (result i32)
   local.get $0
   i32.load
  else
   i32.const 0
  end
  local.set $2
  i32.const 1
  local.set $1
  i32.const 2
  local.set $0
  loop $for-loop|0
   local.get $0
   local.get $2
   i32.le_s
   if
    local.get $0
    local.get $1
    i32.mul
    local.set $1
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|0
   end
  end
  global.get $~lib/rt/stub/offset
  local.set $3
  global.get $~lib/rt/stub/offset
  i32.const 4
  i32.add
  local.tee $0
  i32.const 12
  i32.add
  local.tee $4
  memory.size
  local.tee $2
  i32.const 16
  i32.shl
  i32.const 15
  i32.add
  i32.const -16
  i32.and
  local.tee $5
  i32.gt_u
  if
   local.get $2
   local.get $4
   local.get $5
   i32.sub
   i32.const 65535
   i32.add
   i32.const -65536
   i32.and
   i32.const 16
   i32.shr_u
   local.tee $5
   local.get $2
   local.get $5
   i32.gt_s
   select
   memory.grow
   i32.const 0
   i32.lt_s
   if
    local.get $5
    memory.grow
    i32.const 0
    i32.lt_s
    if
     unreachable
    end
   end
  end
  local.get $4
  global.set $~lib/rt/stub/offset
  local.get $3
  i32.const 12
  i32.store
  local.get $0
  local.get $1
  i32.store
  local.get $0
  i64.extend_i32_u
  i64.const 17179869184
  i64.or
 )
 (func $~start
  i32.const 1036
  global.set $~lib/rt/stub/offset
 )
)

(module
 (type $0 (func (param i32) (result i32)))
 (type $1 (func (param i32 i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func (param i32 i32 i32)))
 (type $4 (func (param i32)))
 (type $5 (func (param i32 i32 i32 i32) (result i32)))
 (type $6 (func (param i32 i32 i32) (result i32)))
 (type $7 (func (result i32)))
 (type $8 (func (param i64) (result i32)))
 (type $9 (func (param i32 i32 i32 i32)))
 (type $10 (func (param i32 i32) (result i64)))
 (type $11 (func))
 (global $~lib/rt/stub/offset (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 1036) "\1c")
 (data $0.1 (i32.const 1048) "\02")
 (data $1 (i32.const 1068) "\1c")
 (data $1.1 (i32.const 1080) "\02\00\00\00\02\00\00\00 ")
 (data $2 (i32.const 1100) ",")
 (data $2.1 (i32.const 1112) "\02\00\00\00\0e\00\00\00h\00\e9\00l\00l\00o\00 \00\13\'")
 (data $3 (i32.const 1148) "\1c")
 (data $3.1 (i32.const 1160) "\02\00\00\00\04\00\00\00=\d8\00\de")
 (data $4 (i32.const 1180) "L\03")
 (data $4.1 (i32.const 1192) "\06\00\00\000\03\00\00\df\00S\00S\00\00\00I\01\bc\02N\00\00\00\f0\01J\00\0c\03\00\00\90\03\99\03\08\03\01\03\b0\03\a5\03\08\03\01\03\87\055\05R\05\00\00\96\1eH\001\03\00\00\97\1eT\00\08\03\00\00\98\1eW\00\n\03\00\00\99\1eY\00\n\03\00\00\9a\1eA\00\be\02\00\00P\1f\a5\03\13\03\00\00R\1f\a5\03\13\03\00\03T\1f\a5\03\13\03\01\03V\1f\a5\03\13\03B\03\80\1f\08\1f\99\03\00\00\81\1f\t\1f\99\03\00\00\82\1f\n\1f\99\03\00\00\83\1f\0b\1f\99\03\00\00\84\1f\0c\1f\99\03\00\00\85\1f\r\1f\99\03\00\00\86\1f\0e\1f\99\03\00\00\87\1f\0f\1f\99\03\00\00\88\1f\08\1f\99\03\00\00\89\1f\t\1f\99\03\00\00\8a\1f\n\1f\99\03\00\00\8b\1f\0b\1f\99\03\00\00\8c\1f\0c\1f\99\03\00\00\8d\1f\r\1f\99\03\00\00\8e\1f\0e\1f\99\03\00\00\8f\1f\0f\1f\99\03\00\00\90\1f(\1f\99\03\00\00\91\1f)\1f\99\03\00\00\92\1f*\1f\99\03\00\00\93\1f+\1f\99\03\00\00\94\1f,\1f\99\03\00\00\95\1f-\1f\99\03\00\00\96\1f.\1f\99\03\00\00\97\1f/\1f\99\03\00\00\98\1f(\1f\99\03\00\00\99\1f)\1f\99\03\00\00\9a\1f*\1f\99\03\00\00\9b\1f+\1f\99\03\00\00\9c\1f,\1f\99\03\00\00\9d\1f-\1f\99\03\00\00\9e\1f.\1f\99\03\00\00\9f\1f/\1f\99\03\00\00\a0\1fh\1f\99\03\00\00\a1\1fi\1f\99\03\00\00\a2\1fj\1f\99\03\00\00\a3\1fk\1f\99\03\00\00\a4\1fl\1f\99\03\00\00\a5\1fm\1f\99\03\00\00\a6\1fn\1f\99\03\00\00\a7\1fo\1f\99\03\00\00\a8\1fh\1f\99\03\00\00\a9\1fi\1f\99\03\00\00\aa\1fj\1f\99\03\00\00\ab\1fk\1f\99\03\00\00\ac\1fl\1f\99\03\00\00\ad\1fm\1f\99\03\00\00\ae\1fn\1f\99\03\00\00\af\1fo\1f\99\03\00\00\b2\1f\ba\1f\99\03\00\00\b3\1f\91\03\99\03\00\00\b4\1f\86\03\99\03\00\00\b6\1f\91\03B\03\00\00\b7\1f\91\03B\03\99\03\bc\1f\91\03\99\03\00\00\c2\1f\ca\1f\99\03\00\00\c3\1f\97\03\99\03\00\00\c4\1f\89\03\99\03\00\00\c6\1f\97\03B\03\00\00\c7\1f\97\03B\03\99\03\cc\1f\97\03\99\03\00\00\d2\1f\99\03\08\03\00\03\d3\1f\99\03\08\03\01\03\d6\1f\99\03B\03\00\00\d7\1f\99\03\08\03B\03\e2\1f\a5\03\08\03\00\03\e3\1f\a5\03\08\03\01\03\e4\1f\a1\03\13\03\00\00\e6\1f\a5\03B\03\00\00\e7\1f\a5\03\08\03B\03\f2\1f\fa\1f\99\03\00\00\f3\1f\a9\03\99\03\00\00\f4\1f\8f\03\99\03\00\00\f6\1f\a9\03B\03\00\00\f7\1f\a9\03B\03\99\03\fc\1f\a9\03\99\03\00\00\00\fbF\00F\00\00\00\01\fbF\00I\00\00\00\02\fbF\00L\00\00\00\03\fbF\00F\00I\00\04\fbF\00F\00L\00\05\fbS\00T\00\00\00\06\fbS\00T\00\00\00\13\fbD\05F\05\00\00\14\fbD\055\05\00\00\15\fbD\05;\05\00\00\16\fbN\05F\05\00\00\17\fbD\05=\05")
 (data $5 (i32.const 2028) "\07\08\t\n\0b\0c\06\06\06\06\06\06\06\06\06\06\r\06\06\0e\06\06\06\06\06\06\06\06\0f\10\11\12\06\13\06\06\06\06\06\06\06\06\06\06\14\15\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\16\17\06\06\06\18\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\19\06\06\06\06\1a\06\06\06\06\06\06\06\1b\06\06\06\06\06\06\06\06\06\06\06\1c\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\1d\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\1e\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06\06")
 (data $5.1 (i32.const 2651) "$++++++++\01\00TVVVVVVVV")
 (data $5.2 (i32.const 2690) "\18\00\00\00+++++++\07++[VVVVVVVJVV\051P1P1P1P1P1P1P1P$Py1P1P18P1P1P1P1P1P1P1PN1\02N\r\rN\03N\00$n\00N1&nQN$PN9\14\81\1b\1d\1dS1P1P\r1P1P1P\1bS$P1\02\\{\\{\\{\\{\\{\14y\\{\\{\\-+I\03H\03x\\{\14\00\96\n\01+(\06\06\00*\06**+\07\bb\b5+\1e\00+\07+++\01++++++++++++++++++++++++++++++++\01+++++++++++++++++++++++*+++++++++++++\cdF\cd+\00%+\07\01\06\01UVVVVVUVV\02$\81\81\81\81\81\15\81\81\81\00\00+\00\b2\d1\b2\d1\b2\d1\b2\d1\00\00\cd\cc\01\00\d7\d7\d7\d7\d7\83\81\81\81\81\81\81\81\81\81\81\ac\ac\ac\ac\ac\ac\ac\ac\ac\ac\1c\00\00\00\00\001P1P1P1P1P1\02\00\001P1P1P1P1P1P1P1P1PN1P1PN1P1P1P1P1P1P1P1\02\87\a6\87\a6\87\a6\87\a6\87\a6\87\a6\87\a6\87\a6*++++++++++++\00\00\00TVVVVVVVVVVVV")
 (data $5.3 (i32.const 3199) "TVVVVVVVVVVVV\0c\00\0c*+++++++++++++\07*\01")
 (data $5.4 (i32.const 3285) "*++++++++++++++++++++++++++VVl\81\15\00++++++++++++++++++++++++++++++++++++++++++\07l\03A++VVVVVVVVVVVVVV,V+++++++++++++++++++++\01")
 (data $5.5 (i32.const 3444) "\0cl\00\00\00\00\00\06")
 (data $5.6 (i32.const 3490) "\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%Vz\9e&\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06%\06\01++OVV,+\7fVV9++UVV++OVV,+\7fVV\817u[{\\++OVV\02\ac\04\00\009++UVV++OVV,++VV2\13\81W\00o\81~\c9\d7~-\81\81\0e~9\7foW\00\81\81~\15\00~\03++++++++++++\07+$+\97+++++++++*+++++VVVVV\80\81\81\81\819\bb*++++++++++++++++++++++++++++++++++++++++\01\81\81\81\81\81\81\81\81\81\81\81\81\81\81\81\c9\ac\ac\ac\ac\ac\ac\ac\ac\ac\ac\ac\ac\ac\ac\ac\d0\r\00N1\02\b4\c1\c1\d7\d7$P1P1P1P1P1P1P1P1P1P1P1P1P1P1P1P1P\d7\d7S\c1G\d4\d7\d7\d7\05++++++++++++\07\01\00\01")
 (data $5.7 (i32.const 3941) "N1P1P1P1P1P1P1P\r\00\00\00\00\00$P1P1P1P1P")
 (data $5.8 (i32.const 4006) "+++++++++++y\\{\\{O{\\{\\{\\{\\{\\{\\{\\{\\{\\{\\-++y\14\\{\\-y*\\\'\\{\\{\\{\a4\00\n\b4\\{\\{O\03x8+++++++++++++O-++\01")
 (data $5.9 (i32.const 4119) "H")
 (data $5.10 (i32.const 4129) "*++++++++++++++++++++++++++")
 (data $5.11 (i32.const 4189) "++++++++\07\00HVVVVVVVV\02")
 (data $5.12 (i32.const 4264) "+++++++++++++UVVVVVVVVVVVV\0e")
 (data $5.13 (i32.const 4322) "$+++++++++++\07\00VVVVVVVVVVVV")
 (data $5.14 (i32.const 4392) "$++++++++++++++++\07\00\00\00\00VVVVVVVVVVVVVVVVV")
 (data $5.15 (i32.const 4489) "*++++++++++VVVVVVVVVV\0e")
 (data $5.16 (i32.const 4543) "*++++++++++VVVVVVVVVV\0e")
 (data $5.17 (i32.const 4608) "+++++++++++UVVVVVVVVVV\0e")
 (data $6 (i32.const 4697) "\08\00\00V\01\00\009")
 (data $7 (i32.const 4712) "\01 \00\00\00\e0\ff\ff\00\bf\1d\00\00\e7\02\00\00y\00\00\02$\00\00\01\01\00\00\00\ff\ff\ff\00\00\00\00\01\02\00\00\00\fe\ff\ff\019\ff\ff\00\18\ff\ff\01\87\ff\ff\00\d4\fe\ff\00\c3\00\00\01\d2\00\00\01\ce\00\00\01\cd\00\00\01O\00\00\01\ca\00\00\01\cb\00\00\01\cf\00\00\00a\00\00\01\d3\00\00\01\d1\00\00\00\a3\00\00\01\d5\00\00\00\82\00\00\01\d6\00\00\01\da\00\00\01\d9\00\00\01\db\00\00\008\00\00\03\00\00\00\00\b1\ff\ff\01\9f\ff\ff\01\c8\ff\ff\02($\00\00\00\00\00\01\01\00\00\00\ff\ff\ff\003\ff\ff\00&\ff\ff\01~\ff\ff\01+*\00\01]\ff\ff\01(*\00\00?*\00\01=\ff\ff\01E\00\00\01G\00\00\00\1f*\00\00\1c*\00\00\1e*\00\00.\ff\ff\002\ff\ff\006\ff\ff\005\ff\ff\00O\a5\00\00K\a5\00\001\ff\ff\00(\a5\00\00D\a5\00\00/\ff\ff\00-\ff\ff\00\f7)\00\00A\a5\00\00\fd)\00\00+\ff\ff\00*\ff\ff\00\e7)\00\00C\a5\00\00*\a5\00\00\bb\ff\ff\00\'\ff\ff\00\b9\ff\ff\00%\ff\ff\00\15\a5\00\00\12\a5\00\02$L\00\00\00\00\00\01 \00\00\00\e0\ff\ff\01\01\00\00\00\ff\ff\ff\00T\00\00\01t\00\00\01&\00\00\01%\00\00\01@\00\00\01?\00\00\00\da\ff\ff\00\db\ff\ff\00\e1\ff\ff\00\c0\ff\ff\00\c1\ff\ff\01\08\00\00\00\c2\ff\ff\00\c7\ff\ff\00\d1\ff\ff\00\ca\ff\ff\00\f8\ff\ff\00\aa\ff\ff\00\b0\ff\ff\00\07\00\00\00\8c\ff\ff\01\c4\ff\ff\00\a0\ff\ff\01\f9\ff\ff\02\1ap\00\01\01\00\00\00\ff\ff\ff\01 \00\00\00\e0\ff\ff\01P\00\00\01\0f\00\00\00\f1\ff\ff\00\00\00\00\010\00\00\00\d0\ff\ff\01\01\00\00\00\ff\ff\ff\00\00\00\00\00\c0\0b\00\01`\1c\00\00\00\00\00\01\d0\97\00\01\08\00\00\00\f8\ff\ff\02\05\8a\00\00\00\00\00\01@\f4\ff\00\9e\e7\ff\00\c2\89\00\00\db\e7\ff\00\92\e7\ff\00\93\e7\ff\00\9c\e7\ff\00\9d\e7\ff\00\a4\e7\ff\00\00\00\00\008\8a\00\00\04\8a\00\00\e6\0e\00\01\01\00\00\00\ff\ff\ff\00\00\00\00\00\c5\ff\ff\01A\e2\ff\02\1d\8f\00\00\08\00\00\01\f8\ff\ff\00\00\00\00\00V\00\00\01\aa\ff\ff\00J\00\00\00d\00\00\00\80\00\00\00p\00\00\00~\00\00\00\t\00\00\01\b6\ff\ff\01\f7\ff\ff\00\db\e3\ff\01\9c\ff\ff\01\90\ff\ff\01\80\ff\ff\01\82\ff\ff\02\05\ac\00\00\00\00\00\01\10\00\00\00\f0\ff\ff\01\1c\00\00\01\01\00\00\01\a3\e2\ff\01A\df\ff\01\ba\df\ff\00\e4\ff\ff\02\0b\b1\00\01\01\00\00\00\ff\ff\ff\010\00\00\00\d0\ff\ff\00\00\00\00\01\t\d6\ff\01\1a\f1\ff\01\19\d6\ff\00\d5\d5\ff\00\d8\d5\ff\01\e4\d5\ff\01\03\d6\ff\01\e1\d5\ff\01\e2\d5\ff\01\c1\d5\ff\00\00\00\00\00\a0\e3\ff\00\00\00\00\01\01\00\00\00\ff\ff\ff\02\0c\bc\00\00\00\00\00\01\01\00\00\00\ff\ff\ff\01\bcZ\ff\01\a0\03\00\01\fcu\ff\01\d8Z\ff\000\00\00\01\b1Z\ff\01\b5Z\ff\01\bfZ\ff\01\eeZ\ff\01\d6Z\ff\01\ebZ\ff\01\d0\ff\ff\01\bdZ\ff\01\c8u\ff\00\00\00\00\000h\ff\00`\fc\ff\00\00\00\00\01 \00\00\00\e0\ff\ff\00\00\00\00\01(\00\00\00\d8\ff\ff\00\00\00\00\01@\00\00\00\c0\ff\ff\00\00\00\00\01 \00\00\00\e0\ff\ff\00\00\00\00\01 \00\00\00\e0\ff\ff\00\00\00\00\01\"\00\00\00\de\ff\ff")
 (data $8 (i32.const 5669) "\06\'Qow")
 (data $8.1 (i32.const 5684) "|\00\00\7f\00\00\00\00\00\00\00\00\83\8e\92\97\00\aa")
 (data $8.2 (i32.const 5712) "\b4\c4")
 (data $8.3 (i32.const 5834) "\c6\c9\00\00\00\db")
 (data $8.4 (i32.const 5923) "\de\00\00\00\00\e1\00\00\00\00\00\00\00\e4")
 (data $8.5 (i32.const 5948) "\e7")
 (data $8.6 (i32.const 6034) "\ea")
 (data $8.7 (i32.const 6157) "\ed")
 (data $9 (i32.const 6180) "0\0c1\rx\0e\7f\0f\80\10\81\11\86\12\89\13\8a\13\8e\14\8f\15\90\16\93\13\94\17\95\18\96\19\97\1a\9a\1b\9c\19\9d\1c\9e\1d\9f\1e\a6\1f\a9\1f\ae\1f\b1 \b2 \b7!\bf\"\c5#\c8#\cb#\dd$\f2#\f6%\f7& -:.=/>0?1@1C2D3E4P5Q6R7S8T9Y:[;\\<a=c>e?f@hAiBj@kClDoBqErFuG}H\82I\87J\89K\8aL\8bL\8cM\92N\9dO\9ePEW{\1d|\1d}\1d\7fX\86Y\88Z\89Z\8aZ\8c[\8e\\\8f\\\ac]\ad^\ae^\af^\c2_\cc`\cda\cea\cfb\d0c\d1d\d5e\d6f\d7g\f0h\f1i\f2j\f3k\f4l\f5m\f9n\fd-\fe-\ff-PiQiRiSiTiUiViWiXiYiZi[i\\i]i^i_i\82\00\83\00\84\00\85\00\86\00\87\00\88\00\89\00\c0u\cfv\80\89\81\8a\82\8b\85\8c\86\8dp\9dq\9dv\9ew\9ex\9fy\9fz\a0{\a0|\a1}\a1\b3\a2\ba\a3\bb\a3\bc\a4\be\a5\c3\a2\cc\a4\da\a6\db\a6\e5j\ea\a7\eb\a7\ecn\f3\a2\f8\a8\f9\a8\fa\a9\fb\a9\fc\a4&\b0*\b1+\b2N\b3\84\08b\bac\bbd\bce\bdf\bem\bfn\c0o\c1p\c2~\c3\7f\c3}\cf\8d\d0\94\d1\ab\d2\ac\d3\ad\d4\b0\d5\b1\d6\b2\d7\c4\d8\c5\d9\c6\da")
 (data $10 (i32.const 6588) "\1c")
 (data $10.1 (i32.const 6600) "\02\00\00\00\04\00\00\00 \00[")
 (data $11 (i32.const 6620) "\1c")
 (data $11.1 (i32.const 6632) "\02\00\00\00\02\00\00\00|")
 (data $12 (i32.const 6652) "\1c")
 (data $12.1 (i32.const 6664) "\02\00\00\00\04\00\00\00]\00 ")
 (data $13 (i32.const 6684) "\1c")
 (data $13.1 (i32.const 6696) "\02\00\00\00\06\00\00\00 \00n\00=")
 (data $14 (i32.const 6716) "\1c")
 (data $14.1 (i32.const 6728) "\02\00\00\00\02\00\00\000")
 (data $15 (i32.const 6748) "\\")
 (data $15.1 (i32.const 6760) "\02\00\00\00H\00\00\000\001\002\003\004\005\006\007\008\009\00a\00b\00c\00d\00e\00f\00g\00h\00i\00j\00k\00l\00m\00n\00o\00p\00q\00r\00s\00t\00u\00v\00w\00x\00y\00z")
 (data $16 (i32.const 6844) "\1c")
 (data $16.1 (i32.const 6856) "\02\00\00\00\n\00\00\00 \00n\00e\00g\00=")
 (data $17 (i32.const 6876) "\1c")
 (data $17.1 (i32.const 6888) "\02\00\00\00\n\00\00\00 \00b\00i\00g\00=")
 (data $18 (i32.const 6908) "\1c")
 (data $18.1 (i32.const 6920) "\02\00\00\00\n\00\00\00 \00h\00e\00x\00=")
 (data $19 (i32.const 6940) "\1c")
 (data $19.1 (i32.const 6952) "\02\00\00\00\n\00\00\00 \00s\00u\00b\00=")
 (data $20 (i32.const 6972) "\1c")
 (data $20.1 (i32.const 6984) "\02\00\00\00\02\00\00\00/")
 (data $21 (i32.const 7004) "\1c")
 (data $21.1 (i32.const 7016) "\02\00\00\00\08\00\00\00 \00a\00t\00=")
 (data $22 (i32.const 7036) "\1c")
 (data $22.1 (i32.const 7048) "\02\00\00\00\02\00\00\00e")
 (data $23 (i32.const 7068) "\1c")
 (data $23.1 (i32.const 7080) "\02\00\00\00\02\00\00\00,")
 (data $24 (i32.const 7100) "\1c")
 (data $24.1 (i32.const 7112) "\02\00\00\00\02\00\00\00\13\'")
 (data $25 (i32.const 7132) "\1c")
 (data $25.1 (i32.const 7144) "\02\00\00\00\08\00\00\00 \00c\00p\00=")
 (data $26 (i32.const 7164) "\1c")
 (data $26.1 (i32.const 7176) "\02\00\00\00\n\00\00\00 \00p\00a\00d\00=")
 (data $27 (i32.const 7196) "\1c")
 (data $27.1 (i32.const 7208) "\02\00\00\00\02\00\00\00-")
 (data $28 (i32.const 7228) "\1c")
 (data $28.1 (i32.const 7240) "\02\00\00\00\n\00\00\00 \00r\00e\00p\00=")
 (data $29 (i32.const 7260) "\1c")
 (data $29.1 (i32.const 7272) "\02\00\00\00\02\00\00\00a")
 (data $30 (i32.const 7292) "\1c")
 (data $30.1 (i32.const 7304) "\02\00\00\00\02\00\00\00\e4")
 (export "main" (func $tests/assemblyscript/strings/main))
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
  i32.const 1056
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
  i32.const 4
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
 (func $~lib/rt/stub/__renew (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $1
  i32.const 1073741804
  i32.gt_u
  if
   unreachable
  end
  local.get $0
  i32.const 16
  i32.sub
  local.tee $0
  i32.const 4
  i32.sub
  local.tee $4
  i32.load
  local.set $3
  global.get $~lib/rt/stub/offset
  local.get $0
  local.get $3
  i32.add
  i32.eq
  local.set $6
  local.get $1
  i32.const 16
  i32.add
  local.tee $2
  i32.const 19
  i32.add
  i32.const -16
  i32.and
  i32.const 4
  i32.sub
  local.set $5
  local.get $2
  local.get $3
  i32.gt_u
  if
   local.get $6
   if
    local.get $2
    i32.const 1073741820
    i32.gt_u
    if
     unreachable
    end
    local.get $0
    local.get $5
    i32.add
    call $~lib/rt/stub/maybeGrowMemory
    local.get $4
    local.get $5
    call $~lib/rt/common/BLOCK#set:mmInfo
   else
    local.get $5
    local.get $3
    i32.const 1
    i32.shl
    local.tee $2
    local.get $2
    local.get $5
    i32.lt_u
    select
    call $~lib/rt/stub/__alloc
    local.tee $2
    local.get $0
    local.get $3
    memory.copy
    local.get $2
    local.set $0
   end
  else
   local.get $6
   if
    local.get $0
    local.get $5
    i32.add
    global.set $~lib/rt/stub/offset
    local.get $4
    local.get $5
    call $~lib/rt/common/BLOCK#set:mmInfo
   end
  end
  local.get $0
  i32.const 4
  i32.sub
  local.get $1
  call $~lib/rt/common/OBJECT#set:rtSize
  local.get $0
  i32.const 16
  i32.add
 )
 (func $~lib/util/string/compareImpl (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (result i32)
  (local $4 i32)
  local.get $0
  local.get $1
  i32.const 1
  i32.shl
  i32.add
  local.set $1
  loop $while-continue|0
   local.get $3
   local.tee $0
   i32.const 1
   i32.sub
   local.set $3
   local.get $0
   if
    local.get $1
    i32.load16_u
    local.tee $0
    local.get $2
    i32.load16_u
    local.tee $4
    i32.ne
    if
     local.get $0
     local.get $4
     i32.sub
     return
    end
    local.get $1
    i32.const 2
    i32.add
    local.set $1
    local.get $2
    i32.const 2
    i32.add
    local.set $2
    br $while-continue|0
   end
  end
  i32.const 0
 )
 (func $~lib/string/String#indexOf (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  local.get $1
  call $~lib/string/String#get:length
  local.tee $3
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $0
  call $~lib/string/String#get:length
  local.tee $4
  i32.eqz
  if
   i32.const -1
   return
  end
  local.get $2
  i32.const 0
  local.get $2
  i32.const 0
  i32.gt_s
  select
  local.tee $2
  local.get $4
  local.get $2
  local.get $4
  i32.lt_s
  select
  local.set $2
  local.get $4
  local.get $3
  i32.sub
  local.set $4
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.le_s
   if
    local.get $0
    local.get $2
    local.get $1
    local.get $3
    call $~lib/util/string/compareImpl
    i32.eqz
    if
     local.get $2
     return
    end
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|0
   end
  end
  i32.const -1
 )
 (func $~lib/array/Array<~lib/string/String>#push (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  local.get $0
  i32.load offset=12
  local.tee $4
  i32.const 1
  i32.add
  local.tee $2
  local.get $0
  i32.load offset=8
  local.tee $3
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   local.get $2
   i32.const 268435455
   i32.gt_u
   if
    unreachable
   end
   local.get $0
   i32.load
   local.tee $5
   i32.const 1073741820
   local.get $3
   i32.const 1
   i32.shl
   local.tee $6
   local.get $6
   i32.const 1073741820
   i32.ge_u
   select
   local.tee $6
   i32.const 8
   local.get $2
   local.get $2
   i32.const 8
   i32.le_u
   select
   i32.const 2
   i32.shl
   local.tee $7
   local.get $6
   local.get $7
   i32.gt_u
   select
   local.tee $6
   call $~lib/rt/stub/__renew
   local.tee $7
   local.get $3
   i32.add
   i32.const 0
   local.get $6
   local.get $3
   i32.sub
   memory.fill
   local.get $5
   local.get $7
   i32.ne
   if
    local.get $0
    local.get $7
    i32.store
    local.get $0
    local.get $7
    i32.store offset=4
   end
   local.get $0
   local.get $6
   i32.store offset=8
  end
  local.get $0
  i32.load offset=4
  local.get $4
  i32.const 2
  i32.shl
  i32.add
  local.get $1
  i32.store
  local.get $0
  local.get $2
  call $~lib/rt/common/OBJECT#set:rtId
 )
 (func $~lib/string/String#split (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  local.get $0
  call $~lib/string/String#get:length
  local.set $6
  block $folding-inner0
   i32.const 1088
   call $~lib/string/String#get:length
   local.tee $7
   if
    local.get $6
    i32.eqz
    if
     i32.const 1
     call $~lib/rt/__newArray
     local.tee $0
     i32.load offset=4
     i32.const 1056
     i32.store
     local.get $0
     return
    end
   else
    local.get $6
    i32.eqz
    br_if $folding-inner0
    i32.const 2147483647
    local.get $6
    local.get $6
    i32.const 2147483647
    i32.eq
    select
    local.tee $2
    call $~lib/rt/__newArray
    local.tee $3
    i32.load offset=4
    local.set $4
    loop $for-loop|0
     local.get $1
     local.get $2
     i32.lt_s
     if
      i32.const 2
      i32.const 2
      call $~lib/rt/stub/__new
      local.tee $5
      local.get $0
      local.get $1
      i32.const 1
      i32.shl
      i32.add
      i32.load16_u
      i32.store16
      local.get $4
      local.get $1
      i32.const 2
      i32.shl
      i32.add
      local.get $5
      i32.store
      local.get $1
      i32.const 1
      i32.add
      local.set $1
      br $for-loop|0
     end
    end
    local.get $3
    return
   end
   i32.const 0
   call $~lib/rt/__newArray
   local.set $3
   loop $while-continue|1
    local.get $0
    i32.const 1088
    local.get $1
    call $~lib/string/String#indexOf
    local.tee $4
    i32.const -1
    i32.xor
    if
     local.get $4
     local.get $1
     i32.sub
     local.tee $5
     i32.const 0
     i32.gt_s
     if
      local.get $5
      i32.const 1
      i32.shl
      local.tee $5
      i32.const 2
      call $~lib/rt/stub/__new
      local.tee $8
      local.get $0
      local.get $1
      i32.const 1
      i32.shl
      i32.add
      local.get $5
      memory.copy
      local.get $3
      local.get $8
      call $~lib/array/Array<~lib/string/String>#push
     else
      local.get $3
      i32.const 1056
      call $~lib/array/Array<~lib/string/String>#push
     end
     local.get $2
     i32.const 1
     i32.add
     local.tee $2
     i32.const 2147483647
     i32.eq
     if
      local.get $3
      return
     end
     local.get $4
     local.get $7
     i32.add
     local.set $1
     br $while-continue|1
    end
   end
   local.get $1
   i32.eqz
   if
    local.get $3
    local.get $0
    call $~lib/array/Array<~lib/string/String>#push
    local.get $3
    return
   end
   local.get $6
   local.get $1
   i32.sub
   local.tee $2
   i32.const 0
   i32.gt_s
   if
    local.get $2
    i32.const 1
    i32.shl
    local.tee $2
    i32.const 2
    call $~lib/rt/stub/__new
    local.tee $4
    local.get $0
    local.get $1
    i32.const 1
    i32.shl
    i32.add
    local.get $2
    memory.copy
    local.get $3
    local.get $4
    call $~lib/array/Array<~lib/string/String>#push
   else
    local.get $3
    i32.const 1056
    call $~lib/array/Array<~lib/string/String>#push
   end
   local.get $3
   return
  end
  i32.const 0
  call $~lib/rt/__newArray
 )
 (func $~lib/util/casemap/casemap (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  local.get $0
  local.tee $1
  i32.const 8
  i32.shr_u
  local.tee $2
  i32.const 5668
  i32.add
  i32.load8_u
  local.get $2
  i32.const 2028
  i32.add
  i32.load8_u
  i32.const 86
  i32.mul
  i32.const 2028
  i32.add
  local.get $0
  i32.const 255
  i32.and
  local.tee $3
  i32.const 3
  i32.div_u
  i32.add
  i32.load8_u
  local.get $3
  i32.const 3
  i32.rem_u
  i32.const 2
  i32.shl
  i32.const 4696
  i32.add
  i32.load
  i32.mul
  i32.const 11
  i32.shr_u
  i32.const 6
  i32.rem_u
  i32.add
  i32.const 2
  i32.shl
  i32.const 4708
  i32.add
  i32.load
  local.tee $2
  i32.const 255
  i32.and
  local.set $0
  local.get $2
  i32.const 8
  i32.shr_s
  local.set $2
  block $folding-inner0
   local.get $0
   i32.const 2
   i32.lt_u
   br_if $folding-inner0
   local.get $2
   i32.const 255
   i32.and
   local.set $0
   local.get $2
   i32.const 8
   i32.shr_u
   local.set $2
   loop $while-continue|0
    local.get $0
    if
     local.get $0
     i32.const 1
     i32.shr_u
     local.tee $6
     local.get $2
     i32.add
     i32.const 1
     i32.shl
     i32.const 6180
     i32.add
     local.tee $4
     i32.load8_u
     local.tee $5
     local.get $3
     i32.eq
     if (result i32)
      local.get $4
      i32.load8_u offset=1
      i32.const 2
      i32.shl
      i32.const 4708
      i32.add
      i32.load
      local.tee $2
      i32.const 255
      i32.and
      local.set $0
      local.get $2
      i32.const 8
      i32.shr_s
      local.set $2
      local.get $0
      i32.const 2
      i32.lt_u
      br_if $folding-inner0
      local.get $1
      i32.const 1
      i32.sub
      return
     else
      local.get $3
      local.get $5
      i32.lt_u
      if (result i32)
       local.get $6
      else
       local.get $2
       local.get $6
       i32.add
       local.set $2
       local.get $0
       local.get $6
       i32.sub
      end
     end
     local.set $0
     br $while-continue|0
    end
   end
   local.get $1
   return
  end
  local.get $1
  local.get $2
  i32.const 0
  local.get $0
  i32.const 1
  i32.xor
  i32.sub
  i32.and
  i32.add
 )
 (func $~lib/string/String#toUpperCase (result i32)
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  i32.const 1120
  call $~lib/string/String#get:length
  local.tee $4
  i32.eqz
  if
   i32.const 1120
   return
  end
  local.get $4
  i32.const 6
  i32.mul
  i32.const 2
  call $~lib/rt/stub/__new
  local.set $6
  i32.const 1200
  call $~lib/string/String#get:length
  local.set $1
  loop $for-loop|0
   local.get $4
   local.get $5
   i32.gt_u
   if
    local.get $5
    i32.const 1
    i32.shl
    i32.const 1120
    i32.add
    local.tee $0
    i32.load16_u
    local.tee $2
    i32.const 7
    i32.shr_u
    if
     block $for-continue|0
      local.get $2
      i32.const 55295
      i32.sub
      i32.const 1025
      i32.lt_u
      local.get $5
      local.get $4
      i32.const 1
      i32.sub
      i32.lt_u
      i32.and
      if
       local.get $0
       i32.load16_u offset=2
       local.tee $3
       i32.const 56319
       i32.sub
       i32.const 1025
       i32.lt_u
       if
        local.get $5
        i32.const 1
        i32.add
        local.set $5
        local.get $3
        i32.const 1023
        i32.and
        local.get $2
        local.tee $0
        i32.const 1023
        i32.and
        i32.const 10
        i32.shl
        i32.or
        i32.const 65536
        i32.add
        local.tee $2
        i32.const 131072
        i32.ge_u
        if
         local.get $6
         local.get $8
         i32.const 1
         i32.shl
         i32.add
         local.get $0
         local.get $3
         i32.const 16
         i32.shl
         i32.or
         i32.store
         local.get $8
         i32.const 1
         i32.add
         local.set $8
         br $for-continue|0
        end
       end
      end
      local.get $2
      i32.const 9424
      i32.sub
      i32.const 25
      i32.le_u
      if
       local.get $6
       local.get $8
       i32.const 1
       i32.shl
       i32.add
       local.get $2
       i32.const 26
       i32.sub
       i32.store16
      else
       local.get $2
       i32.const 223
       i32.sub
       i32.const 64056
       i32.le_u
       if
        local.get $1
        local.set $0
        i32.const 0
        local.set $3
        block $~lib/util/casemap/bsearch|inlined.0
         loop $while-continue|1
          local.get $0
          local.get $3
          i32.ge_s
          if
           local.get $0
           local.get $3
           i32.add
           i32.const 3
           i32.shr_u
           i32.const 2
           i32.shl
           local.tee $7
           i32.const 1
           i32.shl
           i32.const 1200
           i32.add
           i32.load16_u
           local.get $2
           i32.sub
           local.tee $9
           i32.eqz
           br_if $~lib/util/casemap/bsearch|inlined.0
           local.get $9
           i32.const 31
           i32.shr_u
           if
            local.get $7
            i32.const 4
            i32.add
            local.set $3
           else
            local.get $7
            i32.const 4
            i32.sub
            local.set $0
           end
           br $while-continue|1
          end
         end
         i32.const -1
         local.set $7
        end
       else
        i32.const -1
        local.set $7
       end
       local.get $7
       i32.const -1
       i32.xor
       if
        local.get $7
        i32.const 1
        i32.shl
        i32.const 1200
        i32.add
        local.tee $0
        i32.load16_u offset=6
        local.set $2
        local.get $6
        local.get $8
        i32.const 1
        i32.shl
        i32.add
        local.tee $3
        local.get $0
        i32.load offset=2
        i32.store
        local.get $3
        local.get $2
        i32.store16 offset=4
        local.get $8
        local.get $2
        i32.const 0
        i32.ne
        i32.const 1
        i32.add
        i32.add
        local.set $8
       else
        local.get $2
        call $~lib/util/casemap/casemap
        i32.const 2097151
        i32.and
        local.tee $0
        i32.const 65536
        i32.lt_u
        if
         local.get $6
         local.get $8
         i32.const 1
         i32.shl
         i32.add
         local.get $0
         i32.store16
        else
         local.get $6
         local.get $8
         i32.const 1
         i32.shl
         i32.add
         local.get $0
         i32.const 65536
         i32.sub
         local.tee $0
         i32.const 10
         i32.shr_u
         i32.const 55296
         i32.or
         local.get $0
         i32.const 1023
         i32.and
         i32.const 56320
         i32.or
         i32.const 16
         i32.shl
         i32.or
         i32.store
         local.get $8
         i32.const 1
         i32.add
         local.set $8
        end
       end
      end
     end
    else
     local.get $6
     local.get $8
     i32.const 1
     i32.shl
     i32.add
     local.get $2
     local.get $2
     i32.const 97
     i32.sub
     i32.const 26
     i32.lt_u
     i32.const 5
     i32.shl
     i32.const -1
     i32.xor
     i32.and
     i32.store16
    end
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    local.get $8
    i32.const 1
    i32.add
    local.set $8
    br $for-loop|0
   end
  end
  local.get $6
  local.get $8
  i32.const 1
  i32.shl
  call $~lib/rt/stub/__renew
 )
 (func $~lib/string/String.__eq (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  local.get $0
  local.get $1
  i32.eq
  if
   i32.const 1
   return
  end
  local.get $1
  i32.eqz
  local.get $0
  i32.eqz
  i32.or
  if
   i32.const 0
   return
  end
  local.get $0
  call $~lib/string/String#get:length
  local.set $2
  local.get $1
  call $~lib/string/String#get:length
  local.get $2
  i32.ne
  if
   i32.const 0
   return
  end
  local.get $0
  i32.const 0
  local.get $1
  local.get $2
  call $~lib/util/string/compareImpl
  i32.eqz
 )
 (func $~lib/string/String.__ne (param $0 i32) (result i32)
  local.get $0
  i32.const 0
  call $~lib/string/String.__eq
  i32.eqz
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
 (func $~lib/util/number/utoa_hex_simple<u32> (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  loop $do-loop|0
   local.get $0
   local.get $2
   i32.const 1
   i32.sub
   local.tee $2
   i32.const 1
   i32.shl
   i32.add
   i32.const 39
   i32.const 0
   local.get $1
   i32.const 15
   i32.and
   i32.const 48
   i32.or
   local.tee $3
   i32.const 57
   i32.gt_u
   select
   local.get $3
   i32.add
   i32.store16
   local.get $1
   i32.const 4
   i32.shr_u
   local.tee $1
   br_if $do-loop|0
  end
 )
 (func $~lib/util/number/itoa32 (param $0 i32) (param $1 i32) (result i32)
  (local $2 i64)
  (local $3 i32)
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
   i32.const 6736
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
  local.set $6
  local.get $1
  i32.const 10
  i32.eq
  if
   local.get $4
   local.get $6
   call $~lib/util/number/decimalCount32
   local.tee $0
   i32.const 1
   i32.shl
   local.get $4
   i32.add
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $3
   i32.add
   local.get $6
   local.get $0
   call $~lib/util/number/utoa_dec_simple<u32>
  else
   local.get $1
   i32.const 16
   i32.eq
   if
    local.get $4
    i32.const 31
    local.get $6
    i32.clz
    i32.sub
    i32.const 2
    i32.shr_s
    i32.const 1
    i32.add
    local.tee $0
    i32.const 1
    i32.shl
    local.get $4
    i32.add
    i32.const 2
    call $~lib/rt/stub/__new
    local.tee $3
    i32.add
    local.get $6
    local.get $0
    call $~lib/util/number/utoa_hex_simple<u32>
   else
    local.get $4
    block $__inlined_func$~lib/util/number/ulog_base$2 (result i32)
     local.get $6
     i64.extend_i32_u
     local.set $2
     local.get $1
     i32.popcnt
     i32.const 1
     i32.eq
     if
      i32.const 63
      local.get $2
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
      br $__inlined_func$~lib/util/number/ulog_base$2
     end
     local.get $1
     i64.extend_i32_s
     local.tee $8
     local.set $5
     i32.const 1
     local.set $3
     loop $while-continue|0
      local.get $2
      local.get $5
      i64.ge_u
      if
       local.get $2
       local.get $5
       i64.div_u
       local.set $2
       local.get $5
       local.get $5
       i64.mul
       local.set $5
       local.get $3
       i32.const 1
       i32.shl
       local.set $3
       br $while-continue|0
      end
     end
     loop $while-continue|1
      local.get $2
      i64.const 0
      i64.ne
      if
       local.get $2
       local.get $8
       i64.div_u
       local.set $2
       local.get $3
       i32.const 1
       i32.add
       local.set $3
       br $while-continue|1
      end
     end
     local.get $3
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
    local.tee $3
    i32.add
    local.set $7
    local.get $6
    i64.extend_i32_u
    local.set $2
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
      local.get $2
      local.get $5
      local.get $2
      local.get $5
      i64.div_u
      local.tee $2
      i64.mul
      i64.sub
      i32.wrap_i64
      i32.const 1
      i32.shl
      i32.const 6768
      i32.add
      i32.load16_u
      i32.store16
      local.get $2
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
     loop $do-loop|0
      local.get $7
      local.get $0
      i32.const 1
      i32.sub
      local.tee $0
      i32.const 1
      i32.shl
      i32.add
      local.get $2
      local.get $5
      i64.and
      i32.wrap_i64
      i32.const 1
      i32.shl
      i32.const 6768
      i32.add
      i32.load16_u
      i32.store16
      local.get $2
      local.get $8
      i64.shr_u
      local.tee $2
      i64.const 0
      i64.ne
      br_if $do-loop|0
     end
    end
   end
  end
  local.get $4
  if
   local.get $3
   i32.const 45
   i32.store16
  end
  local.get $3
 )
 (func $~lib/number/I32#toString (param $0 i32) (param $1 i32) (result i32)
  local.get $0
  local.get $1
  call $~lib/util/number/itoa32
 )
 (func $~lib/util/number/itoa64 (param $0 i64) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  local.get $0
  i64.eqz
  if
   i32.const 6736
   return
  end
  i64.const 0
  local.get $0
  i64.sub
  local.get $0
  local.get $0
  i64.const 63
  i64.shr_u
  i32.wrap_i64
  i32.const 1
  i32.shl
  local.tee $1
  select
  local.tee $0
  i64.const 4294967295
  i64.le_u
  if
   local.get $0
   i32.wrap_i64
   local.tee $2
   call $~lib/util/number/decimalCount32
   local.tee $4
   i32.const 1
   i32.shl
   local.get $1
   i32.add
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $3
   local.get $1
   i32.add
   local.get $2
   local.get $4
   call $~lib/util/number/utoa_dec_simple<u32>
  else
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
    i64.const 10
    i64.rem_u
    i32.wrap_i64
    i32.const 48
    i32.add
    i32.store16
    local.get $0
    i64.const 10
    i64.div_u
    local.tee $0
    i64.const 0
    i64.ne
    br_if $do-loop|0
   end
  end
  local.get $1
  if
   local.get $3
   i32.const 45
   i32.store16
  end
  local.get $3
 )
 (func $~lib/memory/memory.repeat (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  local.get $2
  local.get $3
  i32.mul
  local.set $3
  loop $while-continue|0
   local.get $3
   local.get $4
   i32.gt_u
   if
    local.get $0
    local.get $4
    i32.add
    local.get $1
    local.get $2
    memory.copy
    local.get $2
    local.get $4
    i32.add
    local.set $4
    br $while-continue|0
   end
  end
 )
 (func $~lib/string/String#replaceAll (param $0 i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  local.get $0
  call $~lib/string/String#get:length
  local.tee $4
  i32.const 7280
  call $~lib/string/String#get:length
  local.tee $7
  i32.le_u
  if
   local.get $4
   local.get $7
   i32.ge_u
   if (result i32)
    i32.const 7312
    local.get $0
    i32.const 7280
    local.get $0
    call $~lib/string/String.__eq
    select
   else
    local.get $0
   end
   return
  end
  i32.const 7312
  call $~lib/string/String#get:length
  local.set $3
  local.get $7
  i32.eqz
  if
   local.get $3
   i32.eqz
   if
    local.get $0
    return
   end
   local.get $4
   local.get $4
   i32.const 1
   i32.add
   local.get $3
   i32.mul
   i32.add
   i32.const 1
   i32.shl
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $1
   i32.const 7312
   local.get $3
   i32.const 1
   i32.shl
   memory.copy
   local.get $3
   local.set $2
   loop $for-loop|0
    local.get $4
    local.get $5
    i32.gt_u
    if
     local.get $1
     local.get $2
     i32.const 1
     i32.shl
     i32.add
     local.get $0
     local.get $5
     i32.const 1
     i32.shl
     i32.add
     i32.load16_u
     i32.store16
     local.get $1
     local.get $2
     i32.const 1
     i32.add
     local.tee $2
     i32.const 1
     i32.shl
     i32.add
     i32.const 7312
     local.get $3
     i32.const 1
     i32.shl
     memory.copy
     local.get $2
     local.get $3
     i32.add
     local.set $2
     local.get $5
     i32.const 1
     i32.add
     local.set $5
     br $for-loop|0
    end
   end
   local.get $1
   return
  end
  local.get $3
  local.get $7
  i32.eq
  if
   local.get $4
   i32.const 1
   i32.shl
   local.tee $1
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $2
   local.get $0
   local.get $1
   memory.copy
   loop $while-continue|1
    local.get $0
    i32.const 7280
    local.get $5
    call $~lib/string/String#indexOf
    local.tee $1
    i32.const -1
    i32.xor
    if
     local.get $2
     local.get $1
     i32.const 1
     i32.shl
     i32.add
     i32.const 7312
     local.get $3
     i32.const 1
     i32.shl
     memory.copy
     local.get $1
     local.get $7
     i32.add
     local.set $5
     br $while-continue|1
    end
   end
   local.get $2
   return
  end
  local.get $4
  local.set $2
  loop $while-continue|2
   local.get $0
   i32.const 7280
   local.get $5
   call $~lib/string/String#indexOf
   local.tee $8
   i32.const -1
   i32.xor
   if
    local.get $1
    if (result i32)
     local.get $1
     call $~lib/string/String#get:length
    else
     i32.const 0
    end
    i32.eqz
    if
     local.get $4
     i32.const 1
     i32.shl
     i32.const 2
     call $~lib/rt/stub/__new
     local.set $1
    end
    local.get $8
    local.get $5
    i32.sub
    local.tee $9
    local.get $6
    i32.add
    local.get $3
    i32.add
    local.get $2
    i32.gt_u
    if
     local.get $1
     local.get $2
     i32.const 1
     i32.shl
     local.tee $2
     i32.const 1
     i32.shl
     call $~lib/rt/stub/__renew
     local.set $1
    end
    local.get $6
    i32.const 1
    i32.shl
    local.get $1
    i32.add
    local.get $0
    local.get $5
    i32.const 1
    i32.shl
    i32.add
    local.get $9
    i32.const 1
    i32.shl
    memory.copy
    local.get $1
    local.get $6
    local.get $9
    i32.add
    local.tee $5
    i32.const 1
    i32.shl
    i32.add
    i32.const 7312
    local.get $3
    i32.const 1
    i32.shl
    memory.copy
    local.get $3
    local.get $5
    i32.add
    local.set $6
    local.get $7
    local.get $8
    i32.add
    local.set $5
    br $while-continue|2
   end
  end
  local.get $1
  if
   local.get $4
   local.get $5
   i32.sub
   local.tee $3
   local.get $6
   i32.add
   local.get $2
   i32.gt_u
   if
    local.get $1
    local.get $2
    i32.const 1
    i32.shl
    local.tee $2
    i32.const 1
    i32.shl
    call $~lib/rt/stub/__renew
    local.set $1
   end
   local.get $3
   if
    local.get $1
    local.get $6
    i32.const 1
    i32.shl
    i32.add
    local.get $0
    local.get $5
    i32.const 1
    i32.shl
    i32.add
    local.get $3
    i32.const 1
    i32.shl
    memory.copy
   end
   local.get $3
   local.get $6
   i32.add
   local.tee $0
   local.get $2
   i32.lt_u
   if (result i32)
    local.get $1
    local.get $0
    i32.const 1
    i32.shl
    call $~lib/rt/stub/__renew
   else
    local.get $1
   end
   return
  end
  local.get $0
 )
 (func $~lib/string/String.UTF8.encodeUnsafe (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  local.get $0
  local.get $1
  i32.const 1
  i32.shl
  i32.add
  local.set $3
  local.get $2
  local.set $1
  loop $while-continue|0
   local.get $0
   local.get $3
   i32.lt_u
   if
    local.get $0
    i32.load16_u
    local.tee $2
    i32.const 128
    i32.lt_u
    if (result i32)
     local.get $1
     local.get $2
     i32.store8
     local.get $1
     i32.const 1
     i32.add
    else
     local.get $2
     i32.const 2048
     i32.lt_u
     if (result i32)
      local.get $1
      local.get $2
      i32.const 6
      i32.shr_u
      i32.const 192
      i32.or
      local.get $2
      i32.const 63
      i32.and
      i32.const 128
      i32.or
      i32.const 8
      i32.shl
      i32.or
      i32.store16
      local.get $1
      i32.const 2
      i32.add
     else
      local.get $2
      i32.const 56320
      i32.lt_u
      local.get $0
      i32.const 2
      i32.add
      local.get $3
      i32.lt_u
      i32.and
      local.get $2
      i32.const 63488
      i32.and
      i32.const 55296
      i32.eq
      i32.and
      if
       local.get $0
       i32.load16_u offset=2
       local.tee $4
       i32.const 64512
       i32.and
       i32.const 56320
       i32.eq
       if
        local.get $1
        local.get $2
        i32.const 1023
        i32.and
        i32.const 10
        i32.shl
        i32.const 65536
        i32.add
        local.get $4
        i32.const 1023
        i32.and
        i32.or
        local.tee $2
        i32.const 63
        i32.and
        i32.const 128
        i32.or
        i32.const 24
        i32.shl
        local.get $2
        i32.const 6
        i32.shr_u
        i32.const 63
        i32.and
        i32.const 128
        i32.or
        i32.const 16
        i32.shl
        i32.or
        local.get $2
        i32.const 12
        i32.shr_u
        i32.const 63
        i32.and
        i32.const 128
        i32.or
        i32.const 8
        i32.shl
        i32.or
        local.get $2
        i32.const 18
        i32.shr_u
        i32.const 240
        i32.or
        i32.or
        i32.store
        local.get $1
        i32.const 4
        i32.add
        local.set $1
        local.get $0
        i32.const 4
        i32.add
        local.set $0
        br $while-continue|0
       end
      end
      local.get $1
      local.get $2
      i32.const 12
      i32.shr_u
      i32.const 224
      i32.or
      local.get $2
      i32.const 6
      i32.shr_u
      i32.const 63
      i32.and
      i32.const 128
      i32.or
      i32.const 8
      i32.shl
      i32.or
      i32.store16
      local.get $1
      local.get $2
      i32.const 63
      i32.and
      i32.const 128
      i32.or
      i32.store8 offset=2
      local.get $1
      i32.const 3
      i32.add
     end
    end
    local.set $1
    local.get $0
    i32.const 2
    i32.add
    local.set $0
    br $while-continue|0
   end
  end
 )
 (func $tests/assemblyscript/strings/main (param $0 i32) (param $1 i32) (result i64)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  i32.const 1056
  local.set $2
  loop $for-loop|0
   local.get $1
   local.get $4
   i32.gt_s
   if
    local.get $2
    local.set $3
    local.get $0
    local.get $4
    i32.add
    i32.load8_u
    local.tee $6
    i32.const 7
    i32.rem_u
    if
     i32.const 2
     i32.const 2
     call $~lib/rt/stub/__new
     local.tee $2
     local.get $6
     i32.const 26
     i32.rem_u
     i32.const 97
     i32.add
     i32.store16
    else
     i32.const 1088
     local.set $2
    end
    local.get $3
    local.get $2
    call $~lib/string/String.__concat
    local.set $2
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $2
  call $~lib/string/String#split
  local.set $0
  call $~lib/string/String#toUpperCase
  i32.const 6608
  call $~lib/string/String.__concat
  local.set $3
  local.get $0
  i32.load offset=4
  local.set $4
  local.get $3
  block $__inlined_func$~lib/util/string/joinReferenceArray<~lib/string/String>$1 (result i32)
   i32.const 1056
   local.get $0
   i32.load offset=12
   i32.const 1
   i32.sub
   local.tee $3
   i32.const 0
   i32.lt_s
   br_if $__inlined_func$~lib/util/string/joinReferenceArray<~lib/string/String>$1
   drop
   local.get $3
   i32.eqz
   if
    local.get $4
    i32.load
    local.tee $0
    i32.const 1056
    local.get $0
    call $~lib/string/String.__ne
    select
    br $__inlined_func$~lib/util/string/joinReferenceArray<~lib/string/String>$1
   end
   i32.const 1056
   local.set $0
   i32.const 6640
   call $~lib/string/String#get:length
   local.set $6
   loop $for-loop|00
    local.get $3
    local.get $5
    i32.gt_s
    if
     local.get $4
     local.get $5
     i32.const 2
     i32.shl
     i32.add
     i32.load
     local.tee $7
     call $~lib/string/String.__ne
     if
      local.get $0
      local.get $7
      call $~lib/string/String.__concat
      local.set $0
     end
     local.get $6
     if
      local.get $0
      i32.const 6640
      call $~lib/string/String.__concat
      local.set $0
     end
     local.get $5
     i32.const 1
     i32.add
     local.set $5
     br $for-loop|00
    end
   end
   local.get $4
   local.get $3
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.tee $3
   call $~lib/string/String.__ne
   if (result i32)
    local.get $0
    local.get $3
    call $~lib/string/String.__concat
   else
    local.get $0
   end
  end
  call $~lib/string/String.__concat
  i32.const 6672
  call $~lib/string/String.__concat
  i32.const 1168
  call $~lib/string/String.__concat
  i32.const 6704
  local.get $1
  i32.const 10
  call $~lib/number/I32#toString
  call $~lib/string/String.__concat
  i32.const 6864
  call $~lib/string/String.__concat
  i32.const -12345
  local.get $1
  i32.sub
  i32.const 10
  call $~lib/number/I32#toString
  call $~lib/string/String.__concat
  call $~lib/string/String.__concat
  i32.const 6896
  local.get $1
  i64.extend_i32_s
  i64.const -3000000021
  i64.mul
  call $~lib/util/number/itoa64
  call $~lib/string/String.__concat
  call $~lib/string/String.__concat
  local.set $3
  local.get $1
  i32.const 48879
  i32.add
  local.tee $4
  if
   i32.const 31
   local.get $4
   i32.clz
   i32.sub
   i32.const 2
   i32.shr_s
   i32.const 1
   i32.add
   local.tee $5
   i32.const 1
   i32.shl
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $0
   local.get $4
   local.get $5
   call $~lib/util/number/utoa_hex_simple<u32>
  else
   i32.const 6736
   local.set $0
  end
  local.get $3
  i32.const 6928
  local.get $0
  call $~lib/string/String.__concat
  call $~lib/string/String.__concat
  local.set $3
  i32.const 1
  local.get $2
  call $~lib/string/String#get:length
  local.tee $4
  local.get $4
  i32.const 1
  i32.gt_s
  select
  local.tee $5
  i32.const 4
  local.get $4
  local.get $4
  i32.const 4
  i32.gt_s
  select
  local.tee $6
  local.get $5
  local.get $6
  i32.lt_s
  select
  i32.const 1
  i32.shl
  local.set $7
  i32.const 1056
  local.set $0
  block $__inlined_func$~lib/string/String#substring$4
   local.get $5
   local.get $6
   local.get $5
   local.get $6
   i32.gt_s
   select
   i32.const 1
   i32.shl
   local.tee $5
   local.get $7
   i32.sub
   local.tee $6
   i32.eqz
   br_if $__inlined_func$~lib/string/String#substring$4
   local.get $2
   local.set $0
   local.get $7
   i32.eqz
   local.get $5
   local.get $4
   i32.const 1
   i32.shl
   i32.eq
   i32.and
   br_if $__inlined_func$~lib/string/String#substring$4
   local.get $6
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $0
   local.get $2
   local.get $7
   i32.add
   local.get $6
   memory.copy
  end
  i32.const 6960
  local.get $0
  call $~lib/string/String.__concat
  i32.const 6992
  call $~lib/string/String.__concat
  local.set $4
  local.get $2
  call $~lib/string/String#get:length
  local.tee $5
  i32.const 2
  i32.sub
  local.tee $0
  i32.const 0
  local.get $0
  i32.const 0
  i32.gt_s
  select
  local.set $6
  i32.const 1056
  local.set $0
  local.get $5
  local.get $6
  i32.sub
  local.tee $5
  i32.const 0
  i32.gt_s
  if
   local.get $5
   i32.const 1
   i32.shl
   local.tee $5
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $0
   local.get $2
   local.get $6
   i32.const 1
   i32.shl
   i32.add
   local.get $5
   memory.copy
  end
  local.get $3
  local.get $4
  local.get $0
  call $~lib/string/String.__concat
  call $~lib/string/String.__concat
  i32.const 7024
  local.get $2
  i32.const 7056
  i32.const 0
  call $~lib/string/String#indexOf
  i32.const 10
  call $~lib/number/I32#toString
  call $~lib/string/String.__concat
  i32.const 7088
  call $~lib/string/String.__concat
  i32.const 1120
  i32.const 7120
  i32.const 0
  call $~lib/string/String#indexOf
  i32.const 10
  call $~lib/number/I32#toString
  call $~lib/string/String.__concat
  call $~lib/string/String.__concat
  local.set $3
  i32.const -1
  local.set $0
  block $__inlined_func$~lib/string/String#codePointAt$41
   i32.const 1168
   call $~lib/string/String#get:length
   local.tee $4
   i32.eqz
   br_if $__inlined_func$~lib/string/String#codePointAt$41
   local.get $4
   i32.const 1
   i32.eq
   i32.const 1168
   i32.load16_u
   local.tee $0
   i32.const 64512
   i32.and
   i32.const 55296
   i32.ne
   i32.or
   br_if $__inlined_func$~lib/string/String#codePointAt$41
   i32.const 1170
   i32.load16_u
   local.tee $4
   i32.const 64512
   i32.and
   i32.const 56320
   i32.ne
   br_if $__inlined_func$~lib/string/String#codePointAt$41
   local.get $0
   i32.const 10
   i32.shl
   local.get $4
   i32.add
   i32.const 56613888
   i32.sub
   local.set $0
  end
  local.get $3
  i32.const 7152
  local.get $0
  i32.const 16
  call $~lib/number/I32#toString
  call $~lib/string/String.__concat
  i32.const 7088
  call $~lib/string/String.__concat
  i32.const 1168
  call $~lib/string/String#get:length
  i32.const 10
  call $~lib/number/I32#toString
  call $~lib/string/String.__concat
  call $~lib/string/String.__concat
  local.set $6
  local.get $1
  i32.const 10
  call $~lib/number/I32#toString
  local.tee $3
  call $~lib/string/String#get:length
  i32.const 1
  i32.shl
  local.set $7
  i32.const 6736
  call $~lib/string/String#get:length
  i32.const 1
  i32.shl
  local.tee $8
  i32.eqz
  local.get $7
  i32.const 8
  i32.gt_u
  i32.or
  if
   local.get $3
   local.set $0
  else
   i32.const 8
   i32.const 2
   call $~lib/rt/stub/__new
   local.set $0
   i32.const 8
   local.get $7
   i32.sub
   local.tee $9
   local.get $8
   i32.gt_u
   if
    local.get $9
    i32.const 2
    i32.sub
    local.get $8
    i32.div_u
    local.tee $4
    local.get $8
    i32.mul
    local.set $5
    local.get $0
    i32.const 6736
    local.get $8
    local.get $4
    call $~lib/memory/memory.repeat
    local.get $0
    local.get $5
    i32.add
    i32.const 6736
    local.get $9
    local.get $5
    i32.sub
    memory.copy
   else
    local.get $0
    i32.const 6736
    local.get $9
    memory.copy
   end
   local.get $0
   local.get $9
   i32.add
   local.get $3
   local.get $7
   memory.copy
  end
  i32.const 7184
  local.get $0
  call $~lib/string/String.__concat
  local.set $3
  local.get $1
  i32.const 4
  i32.rem_s
  local.tee $1
  i32.const 0
  i32.lt_s
  i32.const 7216
  call $~lib/string/String#get:length
  local.tee $4
  i64.extend_i32_s
  local.get $1
  i64.extend_i32_s
  i64.mul
  i64.const 268435456
  i64.gt_u
  i32.or
  if
   unreachable
  end
  i32.const 1056
  local.set $0
  block $__inlined_func$~lib/string/String#repeat$43
   local.get $4
   i32.eqz
   local.get $1
   i32.eqz
   i32.or
   br_if $__inlined_func$~lib/string/String#repeat$43
   i32.const 7216
   local.set $0
   local.get $1
   i32.const 1
   i32.eq
   br_if $__inlined_func$~lib/string/String#repeat$43
   local.get $1
   local.get $4
   i32.mul
   i32.const 1
   i32.shl
   i32.const 2
   call $~lib/rt/stub/__new
   local.tee $0
   i32.const 7216
   local.get $4
   i32.const 1
   i32.shl
   local.get $1
   call $~lib/memory/memory.repeat
  end
  local.get $6
  local.get $3
  local.get $0
  call $~lib/string/String.__concat
  call $~lib/string/String.__concat
  i32.const 7248
  local.get $2
  call $~lib/string/String#replaceAll
  call $~lib/string/String.__concat
  call $~lib/string/String.__concat
  local.set $1
  i32.const 0
  local.set $4
  i32.const 0
  local.set $0
  loop $for-loop|001
   local.get $1
   call $~lib/string/String#get:length
   local.get $0
   i32.gt_s
   if
    local.get $1
    call $~lib/string/String#get:length
    local.get $0
    i32.le_u
    if (result i32)
     i32.const -1
    else
     local.get $1
     local.get $0
     i32.const 1
     i32.shl
     i32.add
     i32.load16_u
    end
    local.get $4
    i32.add
    local.set $4
    local.get $0
    i32.const 1
    i32.add
    local.set $0
    br $for-loop|001
   end
  end
  i32.const 0
  local.set $0
  local.get $1
  local.tee $2
  i32.const 20
  i32.sub
  i32.load offset=16
  local.get $2
  i32.add
  local.set $3
  loop $while-continue|0
   local.get $2
   local.get $3
   i32.lt_u
   if
    local.get $2
    i32.load16_u
    local.tee $5
    i32.const 128
    i32.lt_u
    if (result i32)
     local.get $0
     i32.const 1
     i32.add
    else
     local.get $5
     i32.const 2048
     i32.lt_u
     if (result i32)
      local.get $0
      i32.const 2
      i32.add
     else
      local.get $5
      i32.const 64512
      i32.and
      i32.const 55296
      i32.eq
      local.get $2
      i32.const 2
      i32.add
      local.get $3
      i32.lt_u
      i32.and
      if
       local.get $2
       i32.load16_u offset=2
       i32.const 64512
       i32.and
       i32.const 56320
       i32.eq
       if
        local.get $0
        i32.const 4
        i32.add
        local.set $0
        local.get $2
        i32.const 4
        i32.add
        local.set $2
        br $while-continue|0
       end
      end
      local.get $0
      i32.const 3
      i32.add
     end
    end
    local.set $0
    local.get $2
    i32.const 2
    i32.add
    local.set $2
    br $while-continue|0
   end
  end
  local.get $0
  i32.const 1
  call $~lib/rt/stub/__new
  local.set $0
  local.get $1
  local.get $1
  call $~lib/string/String#get:length
  local.get $0
  call $~lib/string/String.UTF8.encodeUnsafe
  local.get $0
  i32.const 20
  i32.sub
  i32.load offset=16
  local.set $2
  i32.const 12
  i32.const 7
  call $~lib/rt/stub/__new
  local.tee $3
  local.get $0
  i32.store
  local.get $3
  local.get $2
  i32.store offset=8
  local.get $3
  local.get $0
  i32.store offset=4
  local.get $3
  i32.load offset=8
  i32.const 8
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
  local.tee $5
  i32.const 0
  local.get $2
  memory.fill
  local.get $0
  local.get $5
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $0
  local.get $5
  call $~lib/rt/common/OBJECT#set:gcInfo
  local.get $0
  local.get $2
  call $~lib/rt/common/OBJECT#set:gcInfo2
  local.get $3
  i32.load offset=8
  local.tee $2
  local.get $0
  i32.load offset=8
  i32.gt_s
  if
   unreachable
  end
  local.get $0
  i32.load offset=4
  local.get $3
  i32.load offset=4
  local.get $2
  memory.copy
  local.get $3
  i32.load offset=8
  local.get $0
  i32.load offset=4
  i32.add
  local.get $4
  i32.store
  local.get $3
  i32.load offset=8
  local.get $0
  i32.load offset=4
  i32.add
  local.get $1
  call $~lib/string/String#get:length
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
  i32.const 7324
  global.set $~lib/rt/stub/offset
 )
)

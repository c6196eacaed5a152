	.file	"asm-offsets.c"
	.text
.Ltext0:
	.cfi_sections	.debug_frame
	.file 0 "." "kernel/asm-offsets.c"
	.p2align 4
	.globl	asm_offsets
	.type	asm_offsets, @function
asm_offsets:
.LFB1:
	.file 1 "kernel/asm-offsets.c"
	.loc 1 19 1 view -0
	.cfi_startproc
	.loc 1 21 2 view .LVU1
	.file 2 "./include/pvops/slots.h"
	.loc 2 25 1 is_stmt 0 view .LVU2
#APP
# 25 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.cpuid 0"
# 0 "" 2
	.loc 2 26 1 view .LVU3
# 26 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.read_cr0 1"
# 0 "" 2
	.loc 2 27 1 view .LVU4
# 27 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.write_cr0 2"
# 0 "" 2
	.loc 2 28 1 view .LVU5
# 28 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.read_cr4 3"
# 0 "" 2
	.loc 2 29 1 view .LVU6
# 29 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.write_cr4 4"
# 0 "" 2
	.loc 2 30 1 view .LVU7
# 30 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.load_gdt 5"
# 0 "" 2
	.loc 2 31 1 view .LVU8
# 31 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.load_idt 6"
# 0 "" 2
	.loc 2 32 1 view .LVU9
# 32 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.load_tr 7"
# 0 "" 2
	.loc 2 33 1 view .LVU10
# 33 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.write_gdt_entry 8"
# 0 "" 2
	.loc 2 34 1 view .LVU11
# 34 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.write_idt_entry 9"
# 0 "" 2
	.loc 2 35 1 view .LVU12
# 35 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.load_sp0 10"
# 0 "" 2
	.loc 2 36 1 view .LVU13
# 36 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.read_msr 11"
# 0 "" 2
	.loc 2 37 1 view .LVU14
# 37 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.write_msr 12"
# 0 "" 2
	.loc 2 38 1 view .LVU15
# 38 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.wbinvd 13"
# 0 "" 2
	.loc 2 39 1 view .LVU16
# 39 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:cpu.iret 14"
# 0 "" 2
	.loc 2 40 1 view .LVU17
# 40 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:irq.save_fl 15"
# 0 "" 2
	.loc 2 41 1 view .LVU18
# 41 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:irq.restore_fl 16"
# 0 "" 2
	.loc 2 42 1 view .LVU19
# 42 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:irq.irq_disable 17"
# 0 "" 2
	.loc 2 43 1 view .LVU20
# 43 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:irq.irq_enable 18"
# 0 "" 2
	.loc 2 44 1 view .LVU21
# 44 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:irq.safe_halt 19"
# 0 "" 2
	.loc 2 45 1 view .LVU22
# 45 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:irq.halt 20"
# 0 "" 2
	.loc 2 46 1 view .LVU23
# 46 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.read_cr2 21"
# 0 "" 2
	.loc 2 47 1 view .LVU24
# 47 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.read_cr3 22"
# 0 "" 2
	.loc 2 48 1 view .LVU25
# 48 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.write_cr3 23"
# 0 "" 2
	.loc 2 49 1 view .LVU26
# 49 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.flush_tlb_user 24"
# 0 "" 2
	.loc 2 50 1 view .LVU27
# 50 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.flush_tlb_kernel 25"
# 0 "" 2
	.loc 2 51 1 view .LVU28
# 51 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.flush_tlb_one_user 26"
# 0 "" 2
	.loc 2 52 1 view .LVU29
# 52 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.set_pte 27"
# 0 "" 2
	.loc 2 53 1 view .LVU30
# 53 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.set_pmd 28"
# 0 "" 2
	.loc 2 54 1 view .LVU31
# 54 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.set_pud 29"
# 0 "" 2
	.loc 2 55 1 view .LVU32
# 55 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.set_p4d 30"
# 0 "" 2
	.loc 2 56 1 view .LVU33
# 56 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.make_pte 31"
# 0 "" 2
	.loc 2 57 1 view .LVU34
# 57 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.pte_val 32"
# 0 "" 2
	.loc 2 58 1 view .LVU35
# 58 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.alloc_pte 33"
# 0 "" 2
	.loc 2 59 1 view .LVU36
# 59 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.alloc_pmd 34"
# 0 "" 2
	.loc 2 60 1 view .LVU37
# 60 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.alloc_pud 35"
# 0 "" 2
	.loc 2 61 1 view .LVU38
# 61 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.alloc_pgd 36"
# 0 "" 2
	.loc 2 62 1 view .LVU39
# 62 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.release_pte 37"
# 0 "" 2
	.loc 2 63 1 view .LVU40
# 63 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.release_pmd 38"
# 0 "" 2
	.loc 2 64 1 view .LVU41
# 64 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.release_pud 39"
# 0 "" 2
	.loc 2 65 1 view .LVU42
# 65 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.release_pgd 40"
# 0 "" 2
	.loc 2 66 1 view .LVU43
# 66 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.activate_mm 41"
# 0 "" 2
	.loc 2 67 1 view .LVU44
# 67 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.exit_mmap 42"
# 0 "" 2
	.loc 2 68 1 view .LVU45
# 68 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.lazy_mode.enter 43"
# 0 "" 2
	.loc 2 69 1 view .LVU46
# 69 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.lazy_mode.leave 44"
# 0 "" 2
	.loc 2 70 1 view .LVU47
# 70 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:mmu.lazy_mode.flush 45"
# 0 "" 2
	.loc 2 71 1 view .LVU48
# 71 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:time.sched_clock 46"
# 0 "" 2
	.loc 2 72 1 view .LVU49
# 72 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:time.clock_khz 47"
# 0 "" 2
	.loc 2 73 1 view .LVU50
# 73 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:time.set_timer 48"
# 0 "" 2
	.loc 2 74 1 view .LVU51
# 74 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:user.syscall_init 49"
# 0 "" 2
	.loc 2 75 1 view .LVU52
# 75 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:user.swapgs 50"
# 0 "" 2
	.loc 2 76 1 view .LVU53
# 76 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:user.sysret 51"
# 0 "" 2
	.loc 2 77 1 view .LVU54
# 77 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:user.load_fs_base 52"
# 0 "" 2
	.loc 2 78 1 view .LVU55
# 78 "/work/wt-user-mode/include/pvops/slots.h" 1
	
.ascii "->slot:user.load_gs_base_user 53"
# 0 "" 2
	.loc 1 25 1 view .LVU56
#NO_APP
	ret
	.cfi_endproc
.LFE1:
	.size	asm_offsets, .-asm_offsets
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x92
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x2
	.long	.LASF12
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x1
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x1
	.byte	0x4
	.byte	0x7
	.long	.LASF3
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.long	.LASF4
	.uleb128 0x3
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1
	.byte	0x8
	.byte	0x5
	.long	.LASF5
	.uleb128 0x1
	.byte	0x10
	.byte	0x4
	.long	.LASF6
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.long	.LASF7
	.uleb128 0x1
	.byte	0x2
	.byte	0x5
	.long	.LASF8
	.uleb128 0x1
	.byte	0x1
	.byte	0x8
	.long	.LASF9
	.uleb128 0x1
	.byte	0x2
	.byte	0x7
	.long	.LASF10
	.uleb128 0x1
	.byte	0x1
	.byte	0x6
	.long	.LASF11
	.uleb128 0x4
	.long	.LASF13
	.byte	0x1
	.byte	0x12
	.byte	0x6
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_aranges,"",@progbits
	.long	0x2c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.quad	0
	.quad	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF13:
	.string	"asm_offsets"
.LASF3:
	.string	"unsigned int"
.LASF2:
	.string	"long unsigned int"
.LASF7:
	.string	"signed char"
.LASF6:
	.string	"long double"
.LASF8:
	.string	"short int"
.LASF9:
	.string	"unsigned char"
.LASF4:
	.string	"long int"
.LASF11:
	.string	"char"
.LASF12:
	.string	"GNU C11 12.2.0 -mno-red-zone -mgeneral-regs-only -mcmodel=small -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -ffreestanding -fno-pie -fno-stack-protector -fno-asynchronous-unwind-tables -fcf-protection=none -fno-common -fno-strict-aliasing"
.LASF10:
	.string	"short unsigned int"
.LASF5:
	.string	"long long int"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"kernel/asm-offsets.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

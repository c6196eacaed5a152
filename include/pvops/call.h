/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Call-site macros: how C code calls through pv_ops.
 *
 * Each macro expands to one inline-asm statement that calls
 * *pv_ops+8*slot(%rip) and pushes a record (include/pvops/site.h) so the
 * patcher can later rewrite the six bytes in place. Arguments travel in
 * the ABI registers by constraint (%rdi, %rsi, %rdx, %rcx); the result comes
 * back in %rax. What the compiler is told the call clobbers and the mask in
 * the record come from the same place, so they cannot disagree:
 *
 *   PVOP_CALLn / PVOP_VCALLn      plain C target: every caller-saved register
 *   PVOP_CALLEEn / PVOP_VCALLEEn  callee-save thunk target: %rax only
 *   PVOP_VCALLEE1_SHORT           the same in a plain 6-byte site
 *
 * pvops.poison exists to catch a site where they would disagree anyway
 * (hand-written asm, a wrong macro): see pvops/core/poison_thunk.S.
 *
 * Assembly code uses PVOP_ASM_SITE slot, clobbers for a call, and
 * PVOP_ASM_JMP_SITE slot for the exception return, which never comes back.
 */
#ifndef PVOPS_CALL_H
#define PVOPS_CALL_H

#include <pvops/site.h>

#ifdef __ASSEMBLY__

/* Slot numbers for assembly come from <generated/asm-offsets.h>. */

/* In .S files: \slot and \clobbers are integer constants. */
.macro __PVOP_ASM_RECORD start:req, end:req, slot:req, flags:req, clobbers:req
	.pushsection .pvops.sites, "a"
	.balign 4
	.long \start - .
	.word \slot
	.byte \end - \start
	.byte \flags
	.word \clobbers
	.word 0
	.popsection
.endm

.macro PVOP_ASM_SITE slot:req, clobbers:req
.Lpv_site_\@ :
	call * (pv_ops + 8 * \slot)(%rip)
.Lpv_end_\@ :
	__PVOP_ASM_RECORD .Lpv_site_\@, .Lpv_end_\@, \slot, PVOP_SITE_F_ASM, \clobbers
.endm

/* For an op that does not return to the site, such as the exception return. */
.macro PVOP_ASM_JMP_SITE slot:req
.Lpv_site_\@ :
	jmp * (pv_ops + 8 * \slot)(%rip)
.Lpv_end_\@ :
	__PVOP_ASM_RECORD .Lpv_site_\@, .Lpv_end_\@, \slot, PVOP_SITE_F_ASM | PVOP_SITE_F_JMP, CLBR_NONE
.endm

/* The exception return; bare metal (CONFIG_PVOPS=n) has the instruction itself. */
.macro INTERRUPT_RETURN
#ifdef CONFIG_PVOPS
	PVOP_ASM_JMP_SITE PVOP_SLOT_IRET
#else
	iretq
#endif
.endm

/*
 * Crossing to and from user mode. PV_SWAPGS is a call site, so it may only
 * stand where the kernel stack is in use and the caller-saved registers
 * are saved (gas macro names ignore case, so it cannot be called SWAPGS:
 * that would replace the instruction in every file including this one).
 * USER_SYSRET is the jump site of the system-call return.
 */
.macro PV_SWAPGS
#ifdef CONFIG_PVOPS
	PVOP_ASM_SITE PVOP_SLOT_SWAPGS, CLBR_CALLER_SAVED
#else
	swapgs
#endif
.endm

.macro USER_SYSRET
#ifdef CONFIG_PVOPS
	PVOP_ASM_JMP_SITE PVOP_SLOT_SYSRET
#else
	jmp	x86_sysret
#endif
.endm

#else
#include <pvops/pv_ops.h>

#define __PVOP_SITE(flags) __PVOP_SITE_PADDED(flags, "")

/* The callee-save sites leave room for longer inline versions: see site.h. */
#define __PVOP_CALLEE_PAD                                                                          \
	"jmp 772f\n\t"                                                                             \
	".fill " __stringify(PVOP_CALLEE_SITE_LEN) " - 8, 1, 0xcc\n"

#define __PVOP_SITE_PADDED(flags, pad)                                                             \
	"771:\n\t"                                                                                 \
	"call *pv_ops+%c[pvop_off](%%rip)\n\t"                                                     \
	pad "772:\n\t"                                                                             \
	".pushsection .pvops.sites, \"a\"\n\t"                                                     \
	".balign 4\n\t"                                                                            \
	".long 771b - .\n\t"                                                                       \
	".word %c[pvop_slot]\n\t"                                                                  \
	".byte 772b - 771b\n\t"                                                                    \
	".byte " __stringify(flags) "\n\t"                                                         \
	".word %c[pvop_clbr]\n\t"                                                                  \
	".word 0\n\t"                                                                              \
	".popsection\n\t"

#define __PVOP_SITE_INPUTS(member, clobbers)                                                       \
	[pvop_off] "i"(offsetof(struct pv_ops, member)), [pvop_slot] "i"(PVOP_SLOT(member)),       \
		[pvop_clbr] "i"(clobbers)

/* The call must see the stack pointer as used, so gcc sets up the frame first. */
register unsigned long __pvop_sp __asm__("rsp");
#define __PVOP_SP "+r"(__pvop_sp)

#define __PVOP_ARGS                                                                                \
	unsigned long __rdi, __rsi, __rdx, __rcx, __rax

#define __PVOP_NORMAL_OUT                                                                          \
	"=a"(__rax), "=D"(__rdi), "=S"(__rsi), "=d"(__rdx), "=c"(__rcx), __PVOP_SP
#define __PVOP_NORMAL_CLOBBERS "memory", "cc", "r8", "r9", "r10", "r11"

#define __PVOP_CALL(member, ...)                                                                   \
	({                                                                                         \
		__PVOP_ARGS;                                                                       \
		__asm__ __volatile__(__PVOP_SITE(0)                                                \
				     : __PVOP_NORMAL_OUT                                           \
				     : __PVOP_SITE_INPUTS(member, CLBR_CALLER_SAVED), ##__VA_ARGS__ \
				     : __PVOP_NORMAL_CLOBBERS);                                    \
		(void)__rdi, (void)__rsi, (void)__rdx, (void)__rcx;                                \
		__rax;                                                                             \
	})

#define __PVOP_CALLEE_IN(site, member, ...)                                                        \
	({                                                                                         \
		unsigned long __rax;                                                               \
		__asm__ __volatile__(site                                                          \
				     : "=a"(__rax), __PVOP_SP                                      \
				     : __PVOP_SITE_INPUTS(member, CLBR_RET_REG), ##__VA_ARGS__     \
				     : "memory", "cc");                                            \
		__rax;                                                                             \
	})
#define __PVOP_CALLEE(member, ...)                                                                 \
	__PVOP_CALLEE_IN(__PVOP_SITE_PADDED(0, __PVOP_CALLEE_PAD), member, ##__VA_ARGS__)
/*
 * A callee-save site of the plain 6 bytes, for a callee-save op whose inline
 * version fits them (the spinlock unlock): no jmp over room nobody needs.
 */
#define __PVOP_CALLEE_SHORT(member, ...) __PVOP_CALLEE_IN(__PVOP_SITE(0), member, ##__VA_ARGS__)

#define __A1(x) "D"((unsigned long)(x))
#define __A2(x) "S"((unsigned long)(x))
#define __A3(x) "d"((unsigned long)(x))
#define __A4(x) "c"((unsigned long)(x))

#define PVOP_CALL0(type, member) ((type)__PVOP_CALL(member))
#define PVOP_CALL1(type, member, a1) ((type)__PVOP_CALL(member, __A1(a1)))
#define PVOP_CALL2(type, member, a1, a2) ((type)__PVOP_CALL(member, __A1(a1), __A2(a2)))
#define PVOP_VCALL0(member) ((void)__PVOP_CALL(member))
#define PVOP_VCALL1(member, a1) ((void)__PVOP_CALL(member, __A1(a1)))
#define PVOP_VCALL2(member, a1, a2) ((void)__PVOP_CALL(member, __A1(a1), __A2(a2)))
#define PVOP_VCALL3(member, a1, a2, a3)                                                            \
	((void)__PVOP_CALL(member, __A1(a1), __A2(a2), __A3(a3)))
#define PVOP_VCALL4(member, a1, a2, a3, a4)                                                        \
	((void)__PVOP_CALL(member, __A1(a1), __A2(a2), __A3(a3), __A4(a4)))

#define PVOP_CALLEE0(type, member) ((type)__PVOP_CALLEE(member))
#define PVOP_CALLEE1(type, member, a1) ((type)__PVOP_CALLEE(member, __A1(a1)))
#define PVOP_VCALLEE0(member) ((void)__PVOP_CALLEE(member))
#define PVOP_VCALLEE1(member, a1) ((void)__PVOP_CALLEE(member, __A1(a1)))
#define PVOP_VCALLEE1_SHORT(member, a1) ((void)__PVOP_CALLEE_SHORT(member, __A1(a1)))

#endif /* __ASSEMBLY__ */
#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The call-site record: the one format shared by the kernel's patcher and the
 * host tools (patchcheck), so it lives alone in this header and carries a
 * version.
 *
 * Every pv_ops call site emits, next to its code, a 12-byte record into the
 * .pvops.sites section:
 *
 *   offset size field
 *        0    4 rel_addr  site address minus the address of this field (s32)
 *        4    2 slot      pv_ops slot index (offset in struct pv_ops / 8)
 *        6    1 len       bytes of the site, at least PVOP_SITE_MIN_LEN
 *        7    1 flags     PVOP_SITE_F_*; unknown bits are an error
 *        8    2 clobbers  CLBR_* registers the site lets its callee clobber
 *       10    2 reserved  zero
 *
 * A site's original bytes are `ff 15 <disp32>`, call *pv_ops+8*slot(%rip).
 * Plain sites are exactly those 6 bytes. Callee-save sites (the irq ops)
 * are PVOP_CALLEE_SITE_LEN bytes: the call, then `jmp` over int3 fill, so
 * that a backend whose inline version is longer than a call (Xen's irq ops
 * touch vcpu_info through absolute addresses) has room, at the price of one
 * extra instruction when unpatched. Assembly sites (PVOP_ASM_SITE) are
 * plain. A jump site (PVOP_SITE_F_JMP, from PVOP_ASM_JMP_SITE) is `ff 25
 * <disp32>`, jmp *pv_ops+8*slot(%rip), for the one op control never comes
 * back from (returning from an exception); its clobber mask is 0 because
 * nothing after it runs. The section starts with a header,
 * struct pvops_sites_header, emitted once by core, whose magic and version
 * tell a reader which layout follows; a change to the record bumps
 * PVOP_SITES_VERSION. Positions are relative so the record needs no
 * relocation and a tool can read it from the ELF file directly.
 */
#ifndef PVOPS_SITE_H
#define PVOPS_SITE_H

/* Clobber bits, one per caller-saved register of the SysV x86-64 ABI. */
#define CLBR_RAX 0x001
#define CLBR_RCX 0x002
#define CLBR_RDX 0x004
#define CLBR_RSI 0x008
#define CLBR_RDI 0x010
#define CLBR_R8 0x020
#define CLBR_R9 0x040
#define CLBR_R10 0x080
#define CLBR_R11 0x100
#define CLBR_NONE 0x000
#define CLBR_RET_REG CLBR_RAX
#define CLBR_CALLER_SAVED 0x1ff /* what a plain C function may clobber */
#define CLBR_VALID_MASK 0x1ff

#define PVOP_SITES_MAGIC 0x54535650 /* "PVST" little-endian */
#define PVOP_SITES_VERSION 1
#define PVOP_SITE_RECORD_SIZE 12
#define PVOP_SITE_OUTCOME_SIZE 3 /* struct pvop_site_outcome, include/pvops/apply.h */
#define PVOP_SITE_MIN_LEN 6 /* ff 15 disp32 */
#define PVOP_CALLEE_SITE_LEN 32
#define PVOP_SITE_F_ASM 0x01 /* emitted from assembly */
#define PVOP_SITE_F_JMP 0x02 /* jumps to the target instead of calling it */
#define PVOP_SITE_F_VALID_MASK 0x03

#ifndef __ASSEMBLY__
#include <kernel/types.h>

struct pvops_sites_header {
	u32 magic;
	u16 version;
	u16 record_size;
} __packed;

struct pvop_site {
	s32 rel_addr;
	u16 slot;
	u8 len;
	u8 flags;
	u16 clobbers;
	u16 reserved;
} __packed;

_Static_assert(sizeof(struct pvop_site) == PVOP_SITE_RECORD_SIZE, "site record size");

static inline unsigned long pvop_site_addr(const struct pvop_site *s)
{
	return (unsigned long)&s->rel_addr + s->rel_addr;
}

extern const struct pvops_sites_header __pvops_sites_header[];
extern const struct pvop_site __pvops_sites_start[], __pvops_sites_end[];
#endif

#endif

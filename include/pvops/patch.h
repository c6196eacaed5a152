/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The patcher's interface: what a site becomes, and why.
 *
 * pvops_patch_site() is the whole decision for one call site, written as a
 * pure function from (slot, site, table entry, backend hook) to bytes, so
 * the same code runs in the kernel at boot and in the host unit tests (and
 * in tools/patchcheck, which shows what each site becomes for a backend).
 * The rules, in order:
 *
 *   bytes not all inside the kernel's text      -> keep, reading nothing
 *   unknown slot, site shorter than a call      -> keep the indirect call
 *   NULL slot                                   -> ud2, padded
 *   the backend has a template for the slot that
 *     fits the site's length and clobber mask    -> the template, padded
 *   target is pvops_nop                         -> NOPs
 *   target is pvops_ident and %rax may be used  -> mov %rdi,%rax, NOP-padded
 *   target's clobbers fit the site's, in range  -> call rel32 (CS-prefixed
 *                                                  in a 6-byte site), padded
 *   otherwise                                   -> keep the indirect call
 *
 * A jump site (PVOP_SITE_F_JMP) gets ud2, its template or `jmp rel32`; the
 * clobber and nop rules do not apply to code that never returns, and
 * pvops.poison leaves it to the normal rules for the same reason.
 *
 * "Keep" never writes a byte, so a site is never half-patched; the caller
 * counts and reports those. A backend's patch offer is its table of
 * templates (include/pvops/template.h), data rather than a callback, so
 * host tools can run this same decision for any backend in an image.
 *
 * Padding is one NOP up to 8 bytes, and a short jmp over int3 fill beyond
 * that, so whatever the site's length the padding costs one instruction.
 */
#ifndef PVOPS_PATCH_H
#define PVOPS_PATCH_H

#include <kernel/types.h>
#include <pvops/site.h>
#include <pvops/template.h>

#define PVOP_MAX_SITE_LEN 32
#define PVOP_CALL_REL32_LEN 5
#define X86_UD2_LEN 2

enum pvop_patch_kind {
	PVOP_PATCH_KEEP,   /* left as the indirect call */
	PVOP_PATCH_INLINE, /* backend template */
	PVOP_PATCH_CALL,   /* direct call rel32 */
	PVOP_PATCH_NOP,    /* nothing to do */
	PVOP_PATCH_IDENT,  /* mov %rdi, %rax */
	PVOP_PATCH_UD2,    /* NULL slot: trap at the site */
	PVOP_PATCH_POISON, /* call to the poison thunk */
	PVOP_PATCH_JMP,	   /* direct jmp rel32 (jump sites) */
};

/* Why a site was kept; PVOP_KEEP_NONE when it was patched. */
enum pvop_keep_reason {
	PVOP_KEEP_NONE,
	PVOP_KEEP_NOPATCH,	   /* pvops.nopatch */
	PVOP_KEEP_UNKNOWN_SLOT,	   /* slot index beyond the table */
	PVOP_KEEP_TOO_SHORT,	   /* shorter than the replacement needs */
	PVOP_KEEP_TOO_LONG,	   /* longer than the patcher handles */
	PVOP_KEEP_CLOBBERS,	   /* target may clobber what the site keeps */
	PVOP_KEEP_OUT_OF_RANGE,	   /* target beyond rel32 */
	PVOP_KEEP_BAD_RECORD,	   /* flags or clobber bits the format does not define */
	PVOP_KEEP_OUTSIDE_TEXT,	   /* bytes not all inside the kernel's text */
};

struct pvop_patch_env {
	const void *const *table;      /* the slots, nr_slots of them */
	unsigned int nr_slots;
	const void *nop_target;	       /* pvops_nop */
	const void *ident_target;      /* pvops_ident */
	const struct pvops_backend *backend; /* whose templates apply */
	const struct pvop_template *templates;
	size_t nr_templates;
	/*
	 * Where the template bytes are readable, if not at their link address
	 * (a host tool reading an image): read address = start + delta.
	 */
	long template_delta;
	const void *poison_thunk;      /* non-NULL: every site calls this instead */
	/* The kernel's text, [text_start, text_end): a site must lie wholly inside. */
	unsigned long text_start, text_end;
};

struct pvop_patch_result {
	enum pvop_patch_kind kind;
	enum pvop_keep_reason reason;
	unsigned int insn_len; /* bytes before the NOP padding */
};

/*
 * Decides what the site at addr (slot, len, clobbers, flags from its
 * record) becomes under env and writes its new bytes into buf (len bytes,
 * NOP-padded). Returns false, writing nothing, when the site must be kept.
 */
bool pvops_patch_site(const struct pvop_patch_env *env, const struct pvop_site *site,
		      unsigned long addr, u8 *buf, struct pvop_patch_result *res);

/*
 * Whether a site of len bytes at addr lies wholly inside env's text. The
 * first rule of pvops_patch_site(), and what the boot checks before it
 * reads a site's bytes at all.
 */
bool pvops_site_in_text(const struct pvop_patch_env *env, unsigned long addr, unsigned int len);

/* Fills buf with len bytes of padding that executes as one instruction. */
void pvops_fill_padding(u8 *buf, unsigned int len);

/*
 * The original bytes of the site at addr: call (or jmp) *disp32(%rip) to
 * table + 8 * slot, then the padding of a longer (callee-save) site.
 */
void pvops_site_original(u8 *buf, const struct pvop_site *site, unsigned long addr,
			 unsigned long table);

const char *pvops_patch_kind_name(enum pvop_patch_kind kind);
const char *pvops_keep_reason_name(enum pvop_keep_reason reason);

/* Slot metadata (pvops/core/slots.c). */
struct pvop_slot_info {
	const char *name;     /* "irq.irq_disable" */
	u16 target_clobbers;  /* what a target of this slot may clobber */
	bool returns_value;   /* %rax carries a result */
	bool required;	      /* every backend must fill it */
};
extern const struct pvop_slot_info pvop_slots[];
const struct pvop_slot_info *pvops_slot_info(unsigned int slot);

/* The name of the first required slot ops leaves empty, or NULL. */
struct pv_ops;
const char *pvops_missing_slot(const struct pv_ops *ops);

#endif

/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The ring-0 templates, one line per op: included, not called.
 *
 * A template record names its backend, so every ring-0 backend declares
 * its own copy of the same templates (include/x86/native_table.h has the
 * instructions and the table over them). This file is the one list of
 * them, an X-macro in the way of Linux's asm/kvm-x86-ops.h: the backend
 * defines X86_NATIVE_TEMPLATE(SLOT, name, clobbers) as its PVOP_TEMPLATE()
 * of X86_NATIVE_INSN_<SLOT> under its name and prefix, then includes this,
 * which expands the list and undefines the macro. It has no include guard
 * on purpose; the list as one macro would be a multi-statement macro, which
 * the house's checkpatch refuses. The order is the templates' order in the
 * image. A backend whose CR0 and CR4 reads are too dear to trap (a PVH
 * container's: each is an exit) defines X86_NATIVE_CR_SHADOWED and brings
 * its own four CR0/CR4 functions, named <cr_prefix>_read_cr0 and so on.
 */
#ifndef X86_NATIVE_TEMPLATE
#error "define X86_NATIVE_TEMPLATE(SLOT, name, clobbers) before including x86/native_templates.h"
#endif

#include <pvops/template.h>
#include <x86/native_table.h>

X86_NATIVE_TEMPLATE(IRQ_DISABLE, irq_disable, CLBR_NONE);
X86_NATIVE_TEMPLATE(IRQ_ENABLE, irq_enable, CLBR_NONE);
X86_NATIVE_TEMPLATE(SAVE_FL, save_fl, CLBR_RAX);
X86_NATIVE_TEMPLATE(RESTORE_FL, restore_fl, CLBR_NONE);
X86_NATIVE_TEMPLATE(SAFE_HALT, safe_halt, CLBR_NONE);
X86_NATIVE_TEMPLATE(HALT, halt, CLBR_NONE);
#ifndef X86_NATIVE_CR_SHADOWED
X86_NATIVE_TEMPLATE(READ_CR0, read_cr0, CLBR_RAX);
X86_NATIVE_TEMPLATE(WRITE_CR0, write_cr0, CLBR_NONE);
#endif
X86_NATIVE_TEMPLATE(READ_CR2, read_cr2, CLBR_RAX);
X86_NATIVE_TEMPLATE(READ_CR3, read_cr3, CLBR_RAX);
X86_NATIVE_TEMPLATE(WRITE_CR3, write_cr3, CLBR_NONE);
#ifndef X86_NATIVE_CR_SHADOWED
X86_NATIVE_TEMPLATE(READ_CR4, read_cr4, CLBR_RAX);
X86_NATIVE_TEMPLATE(WRITE_CR4, write_cr4, CLBR_NONE);
#endif
X86_NATIVE_TEMPLATE(LOAD_GDT, load_gdt, CLBR_NONE);
X86_NATIVE_TEMPLATE(LOAD_IDT, load_idt, CLBR_NONE);
X86_NATIVE_TEMPLATE(LOAD_TR, load_tr, CLBR_NONE);
X86_NATIVE_TEMPLATE(WBINVD, wbinvd, CLBR_NONE);
X86_NATIVE_TEMPLATE(FLUSH_TLB_USER, flush_tlb_user, CLBR_RAX);
X86_NATIVE_TEMPLATE(FLUSH_TLB_ONE_USER, flush_tlb_one_user, CLBR_NONE);
X86_NATIVE_TEMPLATE(SET_PTE, set_pte, CLBR_RAX);
X86_NATIVE_TEMPLATE(SET_PMD, set_pmd, CLBR_RAX);
X86_NATIVE_TEMPLATE(SET_PUD, set_pud, CLBR_RAX);
X86_NATIVE_TEMPLATE(SET_P4D, set_p4d, CLBR_RAX);
X86_NATIVE_TEMPLATE(IRET, iret, CLBR_NONE);
X86_NATIVE_TEMPLATE(SWAPGS, swapgs, CLBR_NONE);
X86_NATIVE_TEMPLATE(LAZY_MODE_LEAVE, leave_lazy, CLBR_RAX);

#undef X86_NATIVE_TEMPLATE

	.section .kallsyms, "a"
	.balign 8
	.globl kallsyms_addresses
kallsyms_addresses:
	.globl kallsyms_sizes
kallsyms_sizes:
	.globl kallsyms_name_offsets
kallsyms_name_offsets:
	.globl kallsyms_count
kallsyms_count:
	.long 0
	.globl kallsyms_names
kallsyms_names:
	.section .note.GNU-stack, "", @progbits

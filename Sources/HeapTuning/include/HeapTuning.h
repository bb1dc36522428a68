#ifndef CONFSCHED_HEAP_TUNING_H
#define CONFSCHED_HEAP_TUNING_H

/// Tells the C library's allocator to keep freed memory in the heap for reuse, instead of
/// mapping each large block from the system and unmapping it when freed. Compiling a large dump
/// makes and frees arrays of tens of MB, each grown by doubling: with glibc's defaults every
/// 4 KB page of each faults in afresh. Does nothing with another C library.
void confsched_keep_freed_memory(void);

#endif

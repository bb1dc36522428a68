// The one thing the executable needs from malloc.h, which Swift's Glibc module does not bring
// in. See include/HeapTuning.h.
#include "HeapTuning.h"

#include <limits.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void confsched_keep_freed_memory(void) {
#if defined(__GLIBC__)
  // Map only blocks of a GB and more from the system; never give the heap's top back; grow
  // it 64 MB at a time (address space only: a page counts once it is touched).
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, INT_MAX);
  mallopt(M_TOP_PAD, 64 << 20);
#endif
}

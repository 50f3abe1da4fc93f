#ifndef FOLLOWUP_CSYSTEM_SHIM_H
#define FOLLOWUP_CSYSTEM_SHIM_H
// What Swift cannot import from the C library by itself: glibc's <malloc.h> (mallopt and
// its M_* parameters) is not part of the Glibc module.
#if defined(__linux__)
#include <malloc.h>
#endif
#endif

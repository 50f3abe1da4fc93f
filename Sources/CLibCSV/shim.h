#ifndef FOLLOWUP_CLIBCSV_SHIM_H
#define FOLLOWUP_CLIBCSV_SHIM_H
#include <csv.h>
#endif

// The model file is committed beside this source and built into the binary with C23's #embed,
// so the binary runs with no model download and no resource bundle to find at run time.
#include "EntenteNLPModel.h"

#include <stdlib.h>  // defines __GLIBC__ where glibc is the C library
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wc23-extensions"
__attribute__((aligned(64))) static const unsigned char model[] = {
#embed "en_core_web_sm-3.8.0.entnlp"
};
#pragma clang diagnostic pop

const unsigned char *entente_nlp_model_bytes(void) { return model; }

size_t entente_nlp_model_size(void) { return sizeof(model); }

void entente_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void entente_nlp_model_release_pages(void) {
#if defined(__unix__) || defined(__APPLE__)
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) return;
    uintptr_t start = ((uintptr_t)model + (uintptr_t)page - 1) & ~((uintptr_t)page - 1);
    uintptr_t end = ((uintptr_t)model + sizeof(model)) & ~((uintptr_t)page - 1);
    if (end > start) madvise((void *)start, end - start, MADV_DONTNEED);
#endif
}

#ifndef ENTENTE_NLP_MODEL_H
#define ENTENTE_NLP_MODEL_H

#include <stddef.h>

/// The bytes of the model file built into the binary (see scripts/export-nlp-model.py for its layout).
const unsigned char *entente_nlp_model_bytes(void);

/// The length of the model file built into the binary, in bytes.
size_t entente_nlp_model_size(void);

/// Tells the system the built-in model's pages will not be read again soon (they are read once, to
/// build the pipeline), so they leave resident memory; reading them again later still works.
void entente_nlp_model_release_pages(void);

/// Returns freed heap memory to the system where the C library can (glibc's malloc_trim); a no-op
/// elsewhere. Called once the model is loaded, so parsing does not carry the loader's garbage.
void entente_release_free_memory(void);

#endif

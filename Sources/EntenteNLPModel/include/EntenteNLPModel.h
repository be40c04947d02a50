#ifndef ENTENTE_NLP_MODEL_H
#define ENTENTE_NLP_MODEL_H

#include <stddef.h>

/// The bytes of the model file built into the binary (see scripts/export-nlp-model.py for its layout).
const unsigned char *entente_nlp_model_bytes(void);

/// The length of the model file built into the binary, in bytes.
size_t entente_nlp_model_size(void);

#endif

/* A panic inside the library comes back to C as an error code, not as an unwind or an abort. */
#include <stdio.h>
#include "wddm_shim.h"

int main(void) {
    HRESULT first = WddmShimDiagnosticPanic();
    HRESULT second = WddmShimDiagnosticPanic(); /* the library is still usable afterwards */
    if (first != E_UNEXPECTED || second != E_UNEXPECTED) {
        fprintf(stderr, "expected E_UNEXPECTED twice, got 0x%08x and 0x%08x\n", (unsigned)first, (unsigned)second);
        return 1;
    }
    printf("panic contained: 0x%08x\n", (unsigned)first);
    return 0;
}

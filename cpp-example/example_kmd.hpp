// The example KMD's interface to its UMD (the private data they share) and to the example's
// main program (its DriverEntry and what its last DxgkDdiRender saw).
#pragma once

// The WDK's C headers, inside extern "C" as a C++ KMD includes them on Windows (the kit's
// dispmprt.h declares DxgkInitialize without it).
extern "C" {
#include <dispmprt.h>
}

enum ExampleAllocationKind : UINT {
    EXAMPLE_KIND_BUFFER = 1,
    EXAMPLE_KIND_TEXTURE = 2,
    EXAMPLE_KIND_PRIMARY = 3,
};

// Per-allocation private data from the UMD. Allocations without it (the seed's sample passes
// none) are taken as 1920x1080 primaries.
struct ExampleAllocationDesc {
    UINT Kind;    // ExampleAllocationKind
    UINT Width;   // textures and primaries: pixels (4 bytes each, pitch aligned to 256 bytes)
    UINT Height;
    UINT Bytes;   // buffers: size in bytes
};

// The UMD's command: which resource the GPU works on, then one 64-bit slot per allocation that
// DxgkDdiPatch fills with the allocation's GPU address.
struct ExampleCommand {
    UINT Opcode;
    D3DKMT_HANDLE hKMResource;
};

const UINT EXAMPLE_MAX_LOGGED = 8;

// What the KMD's last DxgkDdiRender and DxgkDdiPatch on the calling thread saw.
struct ExampleRenderLog {
    D3DKMT_HANDLE hKMResource;
    UINT ResourceAllocations;  // counted by the KMD's own resource object
    UINT Children;             // found with DxgkCbEnumHandleChildren
    D3DKMT_HANDLE Child[EXAMPLE_MAX_LOGGED];
    UINT Patched;
    UINT PatchedSegment[EXAMPLE_MAX_LOGGED];
    UINT64 PatchedAddress[EXAMPLE_MAX_LOGGED];
};

extern "C" NTSTATUS ExampleKmdDriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING registry);
const ExampleRenderLog &ExampleKmdLastRender();

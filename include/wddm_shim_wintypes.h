/*
 * wddm_shim_wintypes.h: the Windows base types, calling-convention macros and status codes that
 * the WDK headers expect <windows.h> / <ntdef.h> / <winerror.h> / <ntstatus.h> / <d3d9.h> to
 * provide, for builds that are not on Windows.
 *
 * Widths are the Windows x64 (LLP64) ones, whatever the host's `long` is: UINT, ULONG and DWORD
 * are 32-bit; LONG, BOOL, HRESULT and NTSTATUS 32-bit signed; HANDLE and pointers 64-bit.
 * APIENTRY, CALLBACK and WINAPI are empty, so a driver rebuilt here uses the host's C calling
 * convention (System V on Linux x86_64). Status codes carry their Windows values (the Win32 ones:
 * E_INVALIDARG is 0x80070057, not the 16-bit era 0x80000003).
 *
 * On Windows (_WIN32 defined) this header only includes <windows.h>.
 * Part of wddm-shim; the values come from research/abi-layouts.md section 6.
 */
#ifndef WDDM_SHIM_WINTYPES_H
#define WDDM_SHIM_WINTYPES_H

#if defined(_WIN32)
#include <windows.h>
#else

#include <stddef.h>
#include <stdint.h>

/* ---- Base types ---------------------------------------------------------------------------- */

#ifndef VOID
#define VOID void
#endif
#ifndef CONST
#define CONST const
#endif

typedef uint32_t UINT;
typedef uint32_t ULONG;
typedef uint32_t DWORD;
typedef uint32_t UINT32;
typedef uint64_t UINT64;
typedef uint64_t ULONG64;
typedef uint64_t ULONGLONG;
typedef uint16_t USHORT;
typedef uint16_t WORD;
/* WCHAR is 16-bit, as on Windows (UNICODE_STRING and every WDK structure hold UTF-16). Linux's
 * wchar_t is 4 bytes, so an L"..." literal is not a WCHAR array there: a driver source that uses
 * L"..." (DECLARE_CONST_UNICODE_STRING, RtlInitUnicodeString(&s, L"...")) is compiled with
 * -fshort-wchar, which makes wchar_t 2 bytes as on Windows; WCHAR is then wchar_t in C++ (as
 * on Windows, so L"..." converts without a cast) and unsigned short in C (wchar_t's type there). */
#if defined(__cplusplus) && defined(__SIZEOF_WCHAR_T__) && __SIZEOF_WCHAR_T__ == 2
typedef wchar_t WCHAR;
#else
typedef uint16_t WCHAR;
#endif
typedef uint8_t BYTE;
typedef uint8_t UCHAR;
typedef uint8_t UINT8;
typedef uint8_t BOOLEAN;
typedef int32_t INT;
typedef int32_t LONG;
typedef int32_t BOOL;
typedef int64_t LONGLONG;
typedef int64_t LONG64;
typedef int32_t HRESULT;
typedef int32_t NTSTATUS;
typedef size_t SIZE_T;
typedef uintptr_t ULONG_PTR;
typedef uintptr_t UINT_PTR;
typedef void *PVOID;
typedef void *HANDLE;
typedef PVOID *PPVOID;
typedef BOOLEAN *PBOOLEAN;
typedef ULONG *PULONG;
typedef UINT *PUINT;
typedef BYTE *PBYTE;
typedef SIZE_T *PSIZE_T;
typedef const WCHAR *PCWSTR;
typedef WCHAR *PWSTR;
typedef WCHAR *PWCH;
typedef const WCHAR *PCWCH;
typedef WCHAR *PWCHAR;
typedef char CHAR;
typedef CHAR *PCHAR, *PCH, *PSTR, *PSZ;
typedef const CHAR *PCCH, *PCSTR, *PCSZ;
typedef char CCHAR;
typedef UCHAR *PUCHAR;
typedef int16_t SHORT;
typedef SHORT *PSHORT;
typedef int16_t CSHORT;
typedef USHORT *PUSHORT;
typedef float FLOAT;
typedef LONG *PLONG;
typedef LONGLONG *PLONGLONG;
typedef ULONGLONG *PULONGLONG;
typedef ULONG64 *PULONG64;
typedef intptr_t LONG_PTR;
typedef intptr_t INT_PTR;
typedef ULONG_PTR *PULONG_PTR;
typedef ULONG_PTR KAFFINITY;
typedef HANDLE *PHANDLE;
typedef ULONG LOGICAL;
typedef const void *PCVOID;
typedef NTSTATUS *PNTSTATUS;
#ifndef ANYSIZE_ARRAY
#define ANYSIZE_ARRAY 1
#endif
#ifndef DUMMYSTRUCTNAME
#define DUMMYSTRUCTNAME
#define DUMMYSTRUCTNAME2
#define DUMMYSTRUCTNAME3
#define DUMMYSTRUCTNAME4
#define DUMMYSTRUCTNAME5
#endif
#ifndef DUMMYUNIONNAME
#define DUMMYUNIONNAME
#define DUMMYUNIONNAME2
#define DUMMYUNIONNAME3
#define DUMMYUNIONNAME4
#define DUMMYUNIONNAME5
#endif

typedef union _LARGE_INTEGER {
    struct {
        DWORD LowPart;
        LONG HighPart;
    };
    struct {
        DWORD LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

/* The unsigned form (the kernel needs it too: KTIMER::DueTime). */
typedef union _ULARGE_INTEGER {
    struct {
        DWORD LowPart;
        DWORD HighPart;
    };
    struct {
        DWORD LowPart;
        DWORD HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

typedef struct _LUID {
    DWORD LowPart;
    LONG HighPart;
} LUID, *PLUID;

typedef struct _GUID {
    uint32_t Data1;
    uint16_t Data2;
    uint16_t Data3;
    uint8_t Data4[8];
} GUID;
#include "wddm_shim_guid.h"

/* ntdef.h's counted UTF-16 string (Length and MaximumLength in bytes). */
typedef struct _UNICODE_STRING { USHORT Length; USHORT MaximumLength; PWCH Buffer; } UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

/* Kernel objects a display miniport only ever sees by pointer. */
typedef struct _DEVICE_OBJECT DEVICE_OBJECT, *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT DRIVER_OBJECT, *PDRIVER_OBJECT;
typedef struct _MDL MDL, *PMDL;
typedef struct _KEVENT KEVENT, *PKEVENT;
typedef struct _EPROCESS *PEPROCESS;
typedef struct _INTERFACE INTERFACE, *PINTERFACE;
typedef struct _VIDEO_REQUEST_PACKET VIDEO_REQUEST_PACKET, *PVIDEO_REQUEST_PACKET;
typedef struct _ACPI_EVAL_INPUT_BUFFER_COMPLEX ACPI_EVAL_INPUT_BUFFER_COMPLEX, *PACPI_EVAL_INPUT_BUFFER_COMPLEX;

typedef enum _DEVICE_POWER_STATE {
    PowerDeviceUnspecified = 0,
    PowerDeviceD0,
    PowerDeviceD1,
    PowerDeviceD2,
    PowerDeviceD3,
    PowerDeviceMaximum
} DEVICE_POWER_STATE, *PDEVICE_POWER_STATE;

typedef enum _POWER_ACTION {
    PowerActionNone = 0,
    PowerActionReserved,
    PowerActionSleep,
    PowerActionHibernate,
    PowerActionShutdown,
    PowerActionShutdownReset,
    PowerActionShutdownOff,
    PowerActionWarmEject,
    PowerActionDisplayOff
} POWER_ACTION, *PPOWER_ACTION;

typedef enum _INTERFACE_TYPE {
    InterfaceTypeUndefined = -1,
    Internal = 0,
    Isa,
    Eisa,
    MicroChannel,
    TurboChannel,
    PCIBus,
    VMEBus,
    NuBus,
    PCMCIABus,
    CBus,
    MPIBus,
    MPSABus,
    ProcessorInternal,
    InternalPowerBus,
    PNPISABus,
    PNPBus,
    Vmcs,
    ACPIBus,
    MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;

typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;

/* ---- Calling conventions and annotations ---------------------------------------------------- */

#ifndef APIENTRY
#define APIENTRY
#endif
#ifndef CALLBACK
#define CALLBACK
#endif
#ifndef WINAPI
#define WINAPI
#endif
#ifndef NTAPI
#define NTAPI
#endif
#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif
#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif
/* NULL as MSVC defines it: 0 in C++, so driver code that stores NULL into an integer handle
 * (`allocInfo.hAllocation = NULL;`, as the pfnAllocateCb documentation sample does) compiles
 * without g++'s -Wconversion-null. The C headers that would redefine it are included first. */
#if defined(__cplusplus)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#undef NULL
#define NULL 0
#elif !defined(NULL)
#define NULL ((void *)0)
#endif

#endif /* !_WIN32 */

#endif /* WDDM_SHIM_WINTYPES_H */

/* The status codes have a guard of their own: wddm_shim_prelude.h includes this header with
 * WDDMSHIM_WINTYPES_BASE_ONLY defined, because the real WDK's <winerror.h> defines the HRESULTs
 * there; a later inclusion without it (by one of our own WDK-named headers) still gets them. */
#if !defined(_WIN32) && !defined(WDDMSHIM_WINTYPES_BASE_ONLY) && !defined(WDDM_SHIM_WINTYPES_STATUS_H)
#define WDDM_SHIM_WINTYPES_STATUS_H

/* ---- Result macros ------------------------------------------------------------------------- */

#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)

/* ---- HRESULTs (winerror.h) ----------------------------------------------------------------- */

#define S_OK ((HRESULT)0x00000000L)
#define S_FALSE ((HRESULT)0x00000001L)
#define E_NOTIMPL ((HRESULT)0x80004001L)
#define E_NOINTERFACE ((HRESULT)0x80004002L)
#define E_POINTER ((HRESULT)0x80004003L)
#define E_ABORT ((HRESULT)0x80004004L)
#define E_FAIL ((HRESULT)0x80004005L)
#define E_PENDING ((HRESULT)0x8000000AL)
#define E_UNEXPECTED ((HRESULT)0x8000FFFFL)
#define E_ACCESSDENIED ((HRESULT)0x80070005L)
#define E_HANDLE ((HRESULT)0x80070006L)
#define E_OUTOFMEMORY ((HRESULT)0x8007000EL)
#define E_INVALIDARG ((HRESULT)0x80070057L)

#define DXGI_ERROR_INVALID_CALL ((HRESULT)0x887A0001L)
#define DXGI_ERROR_UNSUPPORTED ((HRESULT)0x887A0004L)
#define DXGI_ERROR_DEVICE_REMOVED ((HRESULT)0x887A0005L)
#define DXGI_ERROR_DEVICE_HUNG ((HRESULT)0x887A0006L)
#define DXGI_ERROR_DEVICE_RESET ((HRESULT)0x887A0007L)
#define DXGI_ERROR_WAS_STILL_DRAWING ((HRESULT)0x887A000AL)
#define DXGI_ERROR_DRIVER_INTERNAL_ERROR ((HRESULT)0x887A0020L)
#define DXGI_DDI_ERR_WASSTILLDRAWING ((HRESULT)0x887B0001L)
#define DXGI_DDI_ERR_UNSUPPORTED ((HRESULT)0x887B0002L)
#define DXGI_DDI_ERR_NONEXCLUSIVE ((HRESULT)0x887B0003L)

#define ERROR_GRAPHICS_DRIVER_MISMATCH ((HRESULT)0xC0262009L)
#define ERROR_GRAPHICS_NO_VIDEO_MEMORY ((HRESULT)0xC0262100L)
#define ERROR_GRAPHICS_CANT_EVICT_PINNED_ALLOCATION ((HRESULT)0xC0262109L)
#define ERROR_GRAPHICS_CANT_RENDER_LOCKED_ALLOCATION ((HRESULT)0xC0262111L)

/* ---- Direct3D 9 HRESULTs (d3d9.h; facility 0x876) ----------------------------------------- */

#define D3DERR_OUTOFVIDEOMEMORY ((HRESULT)0x8876017CL)
#define D3DERR_WASSTILLDRAWING ((HRESULT)0x8876021CL)
#define D3DERR_DRIVERINTERNALERROR ((HRESULT)0x88760827L)
#define D3DERR_DEVICELOST ((HRESULT)0x88760868L)
#define D3DERR_NOTAVAILABLE ((HRESULT)0x8876086AL)
#define D3DERR_INVALIDCALL ((HRESULT)0x8876086CL)
#define D3DERR_DEVICEREMOVED ((HRESULT)0x88760870L)

/* ---- NTSTATUS (ntstatus.h) ----------------------------------------------------------------- */

#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_TIMEOUT ((NTSTATUS)0x00000102L)
#define STATUS_PENDING ((NTSTATUS)0x00000103L)
#define STATUS_UNSUCCESSFUL ((NTSTATUS)0xC0000001L)
#define STATUS_NOT_IMPLEMENTED ((NTSTATUS)0xC0000002L)
#define STATUS_INVALID_HANDLE ((NTSTATUS)0xC0000008L)
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000DL)
#define STATUS_INVALID_DEVICE_REQUEST ((NTSTATUS)0xC0000010L)
#define STATUS_NO_MEMORY ((NTSTATUS)0xC0000017L)
#define STATUS_BUFFER_TOO_SMALL ((NTSTATUS)0xC0000023L)
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009AL)
#define STATUS_NOT_SUPPORTED ((NTSTATUS)0xC00000BBL)
#define STATUS_INVALID_PARAMETER_1 ((NTSTATUS)0xC00000EFL)
#define STATUS_DEVICE_REMOVED ((NTSTATUS)0xC00002B6L)

#define STATUS_GRAPHICS_INSUFFICIENT_DMA_BUFFER ((NTSTATUS)0xC01E0001L)
#define STATUS_GRAPHICS_INVALID_DISPLAY_ADAPTER ((NTSTATUS)0xC01E0002L)
#define STATUS_GRAPHICS_ADAPTER_WAS_RESET ((NTSTATUS)0xC01E0003L)
#define STATUS_GRAPHICS_INVALID_DRIVER_MODEL ((NTSTATUS)0xC01E0004L)
#define STATUS_GRAPHICS_PRESENT_MODE_CHANGED ((NTSTATUS)0xC01E0005L)
#define STATUS_GRAPHICS_PRESENT_OCCLUDED ((NTSTATUS)0xC01E0006L)
#define STATUS_GRAPHICS_PRESENT_DENIED ((NTSTATUS)0xC01E0007L)
#define STATUS_GRAPHICS_CANNOTCOLORCONVERT ((NTSTATUS)0xC01E0008L)
#define STATUS_GRAPHICS_DRIVER_MISMATCH ((NTSTATUS)0xC01E0009L)
#define STATUS_GRAPHICS_PARTIAL_DATA_POPULATED ((NTSTATUS)0x401E000AL)
#define STATUS_GRAPHICS_NO_VIDEO_MEMORY ((NTSTATUS)0xC01E0100L)
#define STATUS_GRAPHICS_CANT_LOCK_MEMORY ((NTSTATUS)0xC01E0101L)
#define STATUS_GRAPHICS_ALLOCATION_BUSY ((NTSTATUS)0xC01E0102L)
#define STATUS_GRAPHICS_TOO_MANY_REFERENCES ((NTSTATUS)0xC01E0103L)
#define STATUS_GRAPHICS_TRY_AGAIN_LATER ((NTSTATUS)0xC01E0104L)
#define STATUS_GRAPHICS_TRY_AGAIN_NOW ((NTSTATUS)0xC01E0105L)
#define STATUS_GRAPHICS_ALLOCATION_INVALID ((NTSTATUS)0xC01E0106L)
#define STATUS_GRAPHICS_UNSWIZZLING_APERTURE_UNAVAILABLE ((NTSTATUS)0xC01E0107L)
#define STATUS_GRAPHICS_UNSWIZZLING_APERTURE_UNSUPPORTED ((NTSTATUS)0xC01E0108L)
#define STATUS_GRAPHICS_CANT_EVICT_PINNED_ALLOCATION ((NTSTATUS)0xC01E0109L)
#define STATUS_GRAPHICS_INVALID_ALLOCATION_USAGE ((NTSTATUS)0xC01E0110L)
#define STATUS_GRAPHICS_CANT_RENDER_LOCKED_ALLOCATION ((NTSTATUS)0xC01E0111L)
#define STATUS_GRAPHICS_ALLOCATION_CLOSED ((NTSTATUS)0xC01E0112L)
#define STATUS_GRAPHICS_INVALID_ALLOCATION_INSTANCE ((NTSTATUS)0xC01E0113L)
#define STATUS_GRAPHICS_INVALID_ALLOCATION_HANDLE ((NTSTATUS)0xC01E0114L)
#define STATUS_GRAPHICS_ALLOCATION_CONTENT_LOST ((NTSTATUS)0xC01E0116L)
#define STATUS_GRAPHICS_GPU_EXCEPTION_ON_DEVICE ((NTSTATUS)0xC01E0200L)

#endif /* status codes */

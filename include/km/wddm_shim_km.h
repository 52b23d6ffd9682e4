/*
 * wddm_shim_km.h: the kernel environment of wddm-shim, what <wdm.h>, <ntddk.h> and <ntifs.h>
 * give a display miniport: the kernel types with their Windows x64 layout (measured from the
 * real wdm.h, tests/abi-data/abi-expected-3-kernel.tsv), IRQLs, pool flags and types, the list
 * inlines, the Rtl memory macros, NT_ASSERT / PAGED_CODE, and the kernel routines, which the
 * library implements (pool with tag tracking, spin locks and per-thread IRQL, events, mutexes,
 * semaphores, waits on one or several objects, timers, DPCs, system threads, time, DbgPrint into
 * the journal, MDLs of our own memory).
 *
 * Include it through the WDK names (<ntddk.h>, <wdm.h>, <ntifs.h>); it lives in include/km so a
 * user-mode build never sees kernel names. Part of wddm-shim.
 *
 * What the library does not model answers as Windows does when the thing is absent, and says so
 * in the journal: the registry (ZwOpenKey, IoOpenDeviceRegistryKey: STATUS_OBJECT_NAME_NOT_FOUND),
 * real port I/O (READ_PORT_* read all ones, WRITE_PORT_* are dropped).
 */
#ifndef WDDM_SHIM_KM_H
#define WDDM_SHIM_KM_H

#include "wddm_shim_sal.h"
#include "wddm_shim_wintypes.h"

#if !defined(_WIN32)

#include <assert.h> /* static_assert in C11, which the kit headers use */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The header's own inlines (the WDK's FORCEINLINE ones). */
#define WDDMSHIM_KM_INLINE static inline

#ifndef NTKERNELAPI
#define NTKERNELAPI
#endif
#ifndef NTSYSAPI
#define NTSYSAPI
#endif
#ifndef NTHALAPI
#define NTHALAPI
#endif
#ifndef NTSYSCALLAPI
#define NTSYSCALLAPI
#endif
#ifndef DBG
#define DBG 1
#endif

/*
 * What the real ntdef.h announces to the rest of a kit: with a team's own WDK after include/km
 * on the include path, Microsoft's shared headers (minwindef.h, windef.h, guiddef.h, basetsd.h)
 * see these and leave the base types to this environment, which gives them their Windows x64
 * widths (a kit's `typedef unsigned long ULONG` would be 64-bit here).
 */
#ifndef NT_INCLUDED
#define NT_INCLUDED
#endif
#ifndef BASETYPES
#define BASETYPES
#endif
#ifndef _MINWINDEF_
#define _MINWINDEF_
#endif
#ifndef _BASETSD_H_
#define _BASETSD_H_
#endif
#ifndef GUID_DEFINED
#define GUID_DEFINED
#endif
#ifndef __LPGUID_DEFINED__
#define __LPGUID_DEFINED__
#endif
#ifndef __LPCGUID_DEFINED__
#define __LPCGUID_DEFINED__
#endif
#ifndef __IID_DEFINED__
#define __IID_DEFINED__
typedef GUID IID, *LPIID;
typedef GUID CLSID, *LPCLSID;
typedef GUID FMTID, *LPFMTID;
#endif

/* ---- Base kernel types ----------------------------------------------------------------------- */

typedef UCHAR KIRQL, *PKIRQL;
typedef ULONG_PTR KSPIN_LOCK, *PKSPIN_LOCK;
typedef LONG KPRIORITY;
typedef CCHAR KPROCESSOR_MODE;
typedef ULONG64 POOL_FLAGS;
typedef ULONG ACCESS_MASK;
typedef ULONG DEVICE_TYPE;
typedef ULONG CLONG;
typedef ULONG_PTR ERESOURCE_THREAD;
typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;
typedef struct _ETHREAD *PETHREAD;
typedef struct _KPROCESS *PKPROCESS;
typedef struct _IRP IRP, *PIRP;
typedef struct _FILE_OBJECT *PFILE_OBJECT;
typedef struct _KINTERRUPT *PKINTERRUPT;
typedef struct _DMA_ADAPTER *PDMA_ADAPTER;
typedef PVOID PSECURITY_DESCRIPTOR;
typedef PVOID PACCESS_TOKEN;

#define KernelMode 0
#define UserMode 1

typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const STRING *PCSTRING, *PCANSI_STRING;

typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory;
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

#define OBJ_INHERIT 0x00000002L
#define OBJ_PERMANENT 0x00000010L
#define OBJ_EXCLUSIVE 0x00000020L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_OPENIF 0x00000080L
#define OBJ_OPENLINK 0x00000100L
#define OBJ_KERNEL_HANDLE 0x00000200L

#define InitializeObjectAttributes(p, n, a, r, s) \
    do {                                          \
        (p)->Length = sizeof(OBJECT_ATTRIBUTES);  \
        (p)->RootDirectory = (r);                 \
        (p)->Attributes = (a);                    \
        (p)->ObjectName = (n);                    \
        (p)->SecurityDescriptor = (s);            \
        (p)->SecurityQualityOfService = NULL;     \
    } while (0)

typedef struct _IO_STATUS_BLOCK {
    union {
        NTSTATUS Status;
        PVOID Pointer;
    };
    ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

typedef struct _CLIENT_ID {
    HANDLE UniqueProcess;
    HANDLE UniqueThread;
} CLIENT_ID, *PCLIENT_ID;

/* GUIDs (DEFINE_GUID): see wddm_shim_guid.h. */
typedef const GUID *LPCGUID;
typedef GUID *LPGUID;
#define IsEqualGUID(a, b) (!memcmp((a), (b), sizeof(GUID)))
#define InlineIsEqualGUID IsEqualGUID

/* The windef.h/basetsd.h types (UINT16, INT64, RECT, POINT, MAX_PATH, ...) the display headers
 * use: a kit's d3dkmddi.h may come straight after <ntddk.h>, as on Windows. */
#include "wddm_shim_windef.h"

/* ---- Dispatcher objects ---------------------------------------------------------------------- */

/* The header every waitable object starts with (24 bytes on x64). The library keeps each
 * object's state in the caller's memory (Type, SignalState), as the kernel does. */
typedef struct _DISPATCHER_HEADER {
    union {
        volatile LONG Lock;
        struct {
            UCHAR Type;
            UCHAR Signalling;
            UCHAR Size;
            UCHAR Reserved1;
        };
    };
    LONG SignalState;
    LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER, *PDISPATCHER_HEADER;

typedef enum _EVENT_TYPE { NotificationEvent, SynchronizationEvent } EVENT_TYPE;

typedef struct _KEVENT {
    DISPATCHER_HEADER Header;
} KEVENT, *PKEVENT, *PRKEVENT;

typedef struct _KMUTANT {
    DISPATCHER_HEADER Header;
    LIST_ENTRY MutantListEntry;
    struct _KTHREAD *OwnerThread;
    union {
        UCHAR MutantFlags;
        struct {
            UCHAR Abandoned;
            UCHAR ApcDisable;
        };
    };
} KMUTANT, *PKMUTANT, *PRKMUTANT, KMUTEX, *PKMUTEX, *PRKMUTEX;

/* A semaphore: Header.SignalState is its count (Type 5, SemaphoreObject). */
typedef struct _KSEMAPHORE {
    DISPATCHER_HEADER Header;
    LONG Limit;
} KSEMAPHORE, *PKSEMAPHORE, *PRKSEMAPHORE;

typedef enum _TIMER_TYPE { NotificationTimer, SynchronizationTimer } TIMER_TYPE;

/* A timer (64 bytes on x64): Header.Type 8 (notification) or 9 (synchronization), signalled at
 * expiry. The library's timer service touches a timer only while it is set: cancel it
 * (KeCancelTimer) before freeing its memory, as on Windows. */
typedef struct _KTIMER {
    DISPATCHER_HEADER Header;
    ULARGE_INTEGER DueTime;
    LIST_ENTRY TimerListEntry;
    struct _KDPC *Dpc;
    USHORT Processor;
    USHORT TimerType;
    ULONG Period;
} KTIMER, *PKTIMER, *PRKTIMER;

typedef enum _WAIT_TYPE { WaitAll, WaitAny, WaitNotification, WaitDequeue, WaitDpc } WAIT_TYPE;

/* A wait block (48 bytes on x64). KeWaitForMultipleObjects takes an array of them for more than
 * THREAD_WAIT_OBJECTS objects; the library needs no scratch space and leaves it untouched. */
typedef struct _KWAIT_BLOCK {
    LIST_ENTRY WaitListEntry;
    UCHAR WaitType;
    volatile UCHAR BlockState;
    USHORT WaitKey;
    LONG SpareLong;
    union {
        struct _KTHREAD *Thread;
        struct _KQUEUE *NotificationQueue;
        struct _KDPC *Dpc;
    };
    PVOID Object;
    PVOID SparePtr;
} KWAIT_BLOCK, *PKWAIT_BLOCK, *PRKWAIT_BLOCK;

#define THREAD_WAIT_OBJECTS 3
#ifndef MAXIMUM_WAIT_OBJECTS
#define MAXIMUM_WAIT_OBJECTS 64
#endif

typedef struct _FAST_MUTEX {
    LONG Count;
    PVOID Owner;
    ULONG Contention;
    KEVENT Event;
    ULONG OldIrql;
} FAST_MUTEX, *PFAST_MUTEX, KGUARDED_MUTEX, *PKGUARDED_MUTEX;

typedef enum _KWAIT_REASON {
    Executive,
    FreePage,
    PageIn,
    PoolAllocation,
    DelayExecution,
    Suspended,
    UserRequest,
    WrExecutive,
    WrFreePage,
    WrPageIn,
    WrPoolAllocation,
    WrDelayExecution,
    WrSuspended,
    WrUserRequest
} KWAIT_REASON;

typedef struct _KDPC KDPC, *PKDPC, *PRKDPC;
typedef VOID KDEFERRED_ROUTINE(struct _KDPC *Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                               PVOID SystemArgument2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;
struct _KDPC {
    union {
        ULONG TargetInfoAsUlong;
        struct {
            UCHAR Type;
            UCHAR Importance;
            volatile USHORT Number;
        };
    };
    SINGLE_LIST_ENTRY DpcListEntry;
    KAFFINITY ProcessorHistory;
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    volatile PVOID DpcData;
};

typedef struct _KSPIN_LOCK_QUEUE {
    struct _KSPIN_LOCK_QUEUE *volatile Next;
    PKSPIN_LOCK volatile Lock;
} KSPIN_LOCK_QUEUE, *PKSPIN_LOCK_QUEUE;

typedef struct _KLOCK_QUEUE_HANDLE {
    KSPIN_LOCK_QUEUE LockQueue;
    KIRQL OldIrql;
} KLOCK_QUEUE_HANDLE, *PKLOCK_QUEUE_HANDLE;

typedef VOID KSTART_ROUTINE(PVOID StartContext);
typedef KSTART_ROUTINE *PKSTART_ROUTINE;

/* ---- Memory descriptor lists ----------------------------------------------------------------- */

typedef struct _MDL {
    struct _MDL *Next;
    CSHORT Size;
    CSHORT MdlFlags;
    struct _EPROCESS *Process;
    PVOID MappedSystemVa;
    PVOID StartVa;
    ULONG ByteCount;
    ULONG ByteOffset;
} MDL;

#define MDL_MAPPED_TO_SYSTEM_VA 0x0001
#define MDL_PAGES_LOCKED 0x0002
#define MDL_SOURCE_IS_NONPAGED_POOL 0x0004
#define MDL_ALLOCATED_FIXED_SIZE 0x0008
#define MDL_PARTIAL 0x0010

typedef ULONG_PTR PFN_NUMBER, *PPFN_NUMBER;

#define MmGetMdlVirtualAddress(Mdl) ((PVOID)((PCHAR)((Mdl)->StartVa) + (Mdl)->ByteOffset))
#define MmGetMdlByteCount(Mdl) ((Mdl)->ByteCount)
#define MmGetMdlByteOffset(Mdl) ((Mdl)->ByteOffset)
#define MmGetMdlPfnArray(Mdl) ((PPFN_NUMBER)((Mdl) + 1))

typedef enum _MM_PAGE_PRIORITY { LowPagePriority, NormalPagePriority = 16, HighPagePriority = 32 } MM_PAGE_PRIORITY;
#define MdlMappingNoWrite 0x80000000
#define MdlMappingNoExecute 0x40000000

#ifndef WDDMSHIM_MEMORY_CACHING_TYPE_DEFINED /* also in dispmprt.h */
#define WDDMSHIM_MEMORY_CACHING_TYPE_DEFINED
typedef enum _MEMORY_CACHING_TYPE {
    MmNonCached = 0,
    MmCached = 1,
    MmWriteCombined = 2,
    MmHardwareCoherentCached = 3,
    MmNonCachedUnordered = 4,
    MmUSWCCached = 5,
    MmMaximumCacheType = 6
} MEMORY_CACHING_TYPE;
#endif

/* ---- Device and driver objects --------------------------------------------------------------- */

typedef NTSTATUS DRIVER_INITIALIZE(struct _DRIVER_OBJECT *DriverObject, PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;
typedef VOID DRIVER_UNLOAD(struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;
typedef NTSTATUS DRIVER_ADD_DEVICE(struct _DRIVER_OBJECT *DriverObject, struct _DEVICE_OBJECT *PhysicalDeviceObject);
typedef DRIVER_ADD_DEVICE *PDRIVER_ADD_DEVICE;
typedef NTSTATUS DRIVER_DISPATCH(struct _DEVICE_OBJECT *DeviceObject, struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;

#define IRP_MJ_MAXIMUM_FUNCTION 0x1b

typedef struct _DRIVER_EXTENSION {
    struct _DRIVER_OBJECT *DriverObject;
    PDRIVER_ADD_DEVICE AddDevice;
    ULONG Count;
    UNICODE_STRING ServiceKeyName;
} DRIVER_EXTENSION, *PDRIVER_EXTENSION;

/* The WDK's DRIVER_OBJECT members. dxgkrnl, not the miniport, fills it; a display miniport only
 * passes it to DxgkInitialize (its layout is not in the measured set). */
struct _DRIVER_OBJECT {
    CSHORT Type;
    CSHORT Size;
    struct _DEVICE_OBJECT *DeviceObject;
    ULONG Flags;
    PVOID DriverStart;
    ULONG DriverSize;
    PVOID DriverSection;
    PDRIVER_EXTENSION DriverExtension;
    UNICODE_STRING DriverName;
    PUNICODE_STRING HardwareDatabase;
    PVOID FastIoDispatch;
    PVOID DriverInit;
    PVOID DriverStartIo;
    PDRIVER_UNLOAD DriverUnload;
    PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
};

typedef struct _KDEVICE_QUEUE {
    CSHORT Type;
    CSHORT Size;
    LIST_ENTRY DeviceListHead;
    KSPIN_LOCK Lock;
    union {
        BOOLEAN Busy;
        struct {
            LONG64 Reserved : 8;
            LONG64 Hint : 56;
        };
    };
} KDEVICE_QUEUE;

typedef struct _WAIT_CONTEXT_BLOCK {
    PVOID Placeholder[9];
} WAIT_CONTEXT_BLOCK;

/* The WDK's DEVICE_OBJECT members. A display miniport sees the physical device object dxgkrnl
 * gives DxgkDdiAddDevice and never looks inside (its layout is not in the measured set). */
struct _DEVICE_OBJECT {
    CSHORT Type;
    USHORT Size;
    LONG ReferenceCount;
    struct _DRIVER_OBJECT *DriverObject;
    struct _DEVICE_OBJECT *NextDevice;
    struct _DEVICE_OBJECT *AttachedDevice;
    struct _IRP *CurrentIrp;
    PVOID Timer;
    ULONG Flags;
    ULONG Characteristics;
    PVOID Vpb;
    PVOID DeviceExtension;
    DEVICE_TYPE DeviceType;
    CCHAR StackSize;
    union {
        LIST_ENTRY ListEntry;
        WAIT_CONTEXT_BLOCK Wcb;
    } Queue;
    ULONG AlignmentRequirement;
    KDEVICE_QUEUE DeviceQueue;
    KDPC Dpc;
    ULONG ActiveThreadCount;
    PSECURITY_DESCRIPTOR SecurityDescriptor;
    KEVENT DeviceLock;
    USHORT SectorSize;
    USHORT Spare1;
    PVOID DeviceObjectExtension;
    PVOID Reserved;
};

/* ---- Buses, hardware resources and driver interfaces ----------------------------------------- */

/*
 * The resource lists a miniport walks in DXGK_DEVICE_INFO::TranslatedResourceList, and the
 * bus, DMA and interface types the kit's video.h and dispmprt.h name. Windows x64 layout
 * (CM_PARTIAL_RESOURCE_DESCRIPTOR is 4-byte packed: 20 bytes); checked by tests/kernel_env.rs.
 */

#ifndef FASTCALL
#define FASTCALL __fastcall
#endif
#ifndef STDAPICALLTYPE
#define STDAPICALLTYPE __stdcall
#endif

typedef enum _BUS_DATA_TYPE {
    ConfigurationSpaceUndefined = -1,
    Cmos,
    EisaConfiguration,
    Pos,
    CbusConfiguration,
    PCIConfiguration,
    VMEConfiguration,
    NuBusConfiguration,
    PCMCIAConfiguration,
    MPIConfiguration,
    MPSAConfiguration,
    PNPISAConfiguration,
    SgiInternalConfiguration,
    MaximumBusDataType
} BUS_DATA_TYPE, *PBUS_DATA_TYPE;

typedef enum _DMA_WIDTH { Width8Bits, Width16Bits, Width32Bits, Width64Bits, WidthNoWrap, MaximumDmaWidth } DMA_WIDTH, *PDMA_WIDTH;
typedef enum _DMA_SPEED { Compatible, TypeA, TypeB, TypeC, TypeF, MaximumDmaSpeed } DMA_SPEED, *PDMA_SPEED;

typedef enum _IRQ_DEVICE_POLICY {
    IrqPolicyMachineDefault = 0,
    IrqPolicyAllCloseProcessors,
    IrqPolicyOneCloseProcessor,
    IrqPolicyAllProcessorsInMachine,
    IrqPolicySpecifiedProcessors,
    IrqPolicySpreadMessagesAcrossAllProcessors,
    IrqPolicyAllProcessorsInMachineWhenSteered
} IRQ_DEVICE_POLICY, *PIRQ_DEVICE_POLICY;
typedef enum _IRQ_PRIORITY { IrqPriorityUndefined = 0, IrqPriorityLow, IrqPriorityNormal, IrqPriorityHigh } IRQ_PRIORITY, *PIRQ_PRIORITY;

#define CmResourceTypeNull 0
#define CmResourceTypePort 1
#define CmResourceTypeInterrupt 2
#define CmResourceTypeMemory 3
#define CmResourceTypeDma 4
#define CmResourceTypeDeviceSpecific 5
#define CmResourceTypeBusNumber 6
#define CmResourceTypeMemoryLarge 7
#define CmResourceTypeNonArbitrated 128
#define CmResourceTypeConfigData 128
#define CmResourceTypeDevicePrivate 129
#define CmResourceTypePcCardConfig 130
#define CmResourceTypeMfCardConfig 131
#define CmResourceTypeConnection 132

typedef enum _CM_SHARE_DISPOSITION {
    CmResourceShareUndetermined = 0,
    CmResourceShareDeviceExclusive,
    CmResourceShareDriverExclusive,
    CmResourceShareShared
} CM_SHARE_DISPOSITION;

#define CM_RESOURCE_MEMORY_READ_WRITE 0x0000
#define CM_RESOURCE_MEMORY_READ_ONLY 0x0001
#define CM_RESOURCE_MEMORY_WRITE_ONLY 0x0002
#define CM_RESOURCE_MEMORY_PREFETCHABLE 0x0004
#define CM_RESOURCE_MEMORY_COMBINEDWRITE 0x0008
#define CM_RESOURCE_MEMORY_24 0x0010
#define CM_RESOURCE_MEMORY_CACHEABLE 0x0020
#define CM_RESOURCE_INTERRUPT_LEVEL_SENSITIVE 0x0000
#define CM_RESOURCE_INTERRUPT_LATCHED 0x0001
#define CM_RESOURCE_INTERRUPT_MESSAGE 0x0002
#define CM_RESOURCE_PORT_MEMORY 0x0000
#define CM_RESOURCE_PORT_IO 0x0001

#pragma pack(push, 4)
typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR {
    UCHAR Type;
    UCHAR ShareDisposition;
    USHORT Flags;
    union {
        struct { PHYSICAL_ADDRESS Start; ULONG Length; } Generic;
        struct { PHYSICAL_ADDRESS Start; ULONG Length; } Port;
        struct { USHORT Level; USHORT Group; ULONG Vector; KAFFINITY Affinity; } Interrupt;
        struct {
            union {
                struct { USHORT Group; USHORT MessageCount; ULONG Vector; KAFFINITY Affinity; } Raw;
                struct { USHORT Level; USHORT Group; ULONG Vector; KAFFINITY Affinity; } Translated;
            } DUMMYUNIONNAME;
        } MessageInterrupt;
        struct { PHYSICAL_ADDRESS Start; ULONG Length; } Memory;
        struct { ULONG Channel; ULONG Port; ULONG Reserved1; } Dma;
        struct { ULONG Channel; ULONG RequestLine; UCHAR TransferWidth; UCHAR Reserved1; UCHAR Reserved2; UCHAR Reserved3; } DmaV3;
        struct { ULONG Data[3]; } DevicePrivate;
        struct { ULONG Start; ULONG Length; ULONG Reserved; } BusNumber;
        struct { ULONG DataSize; ULONG Reserved1; ULONG Reserved2; } DeviceSpecificData;
        struct { PHYSICAL_ADDRESS Start; ULONG Length40; } Memory40;
        struct { PHYSICAL_ADDRESS Start; ULONG Length48; } Memory48;
        struct { PHYSICAL_ADDRESS Start; ULONG Length64; } Memory64;
        struct { UCHAR Class; UCHAR Type; UCHAR Reserved1; UCHAR Reserved2; ULONG IdLowPart; ULONG IdHighPart; } Connection;
    } u;
} CM_PARTIAL_RESOURCE_DESCRIPTOR, *PCM_PARTIAL_RESOURCE_DESCRIPTOR;
#pragma pack(pop)

typedef struct _CM_PARTIAL_RESOURCE_LIST {
    USHORT Version;
    USHORT Revision;
    ULONG Count;
    CM_PARTIAL_RESOURCE_DESCRIPTOR PartialDescriptors[1];
} CM_PARTIAL_RESOURCE_LIST, *PCM_PARTIAL_RESOURCE_LIST;

typedef struct _CM_FULL_RESOURCE_DESCRIPTOR {
    INTERFACE_TYPE InterfaceType;
    ULONG BusNumber;
    CM_PARTIAL_RESOURCE_LIST PartialResourceList;
} CM_FULL_RESOURCE_DESCRIPTOR, *PCM_FULL_RESOURCE_DESCRIPTOR;

typedef struct _CM_RESOURCE_LIST {
    ULONG Count;
    CM_FULL_RESOURCE_DESCRIPTOR List[1];
} CM_RESOURCE_LIST, *PCM_RESOURCE_LIST;

typedef struct _IO_RESOURCE_DESCRIPTOR {
    UCHAR Option;
    UCHAR Type;
    UCHAR ShareDisposition;
    UCHAR Spare1;
    USHORT Flags;
    USHORT Spare2;
    union {
        struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Port;
        struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory;
        struct {
            ULONG MinimumVector;
            ULONG MaximumVector;
            IRQ_DEVICE_POLICY AffinityPolicy;
            USHORT Group;
            IRQ_PRIORITY PriorityPolicy;
            KAFFINITY TargetedProcessors;
        } Interrupt;
        struct { ULONG MinimumChannel; ULONG MaximumChannel; } Dma;
        struct { ULONG RequestLine; ULONG Reserved; ULONG Channel; ULONG TransferWidth; } DmaV3;
        struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Generic;
        struct { ULONG Data[3]; } DevicePrivate;
        struct { ULONG Length; ULONG MinBusNumber; ULONG MaxBusNumber; ULONG Reserved; } BusNumber;
        struct { ULONG Priority; ULONG Reserved1; ULONG Reserved2; } ConfigData;
        struct { ULONG Length40; ULONG Alignment40; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory40;
        struct { ULONG Length48; ULONG Alignment48; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory48;
        struct { ULONG Length64; ULONG Alignment64; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory64;
        struct { UCHAR Class; UCHAR Type; UCHAR Reserved1; UCHAR Reserved2; ULONG IdLowPart; ULONG IdHighPart; } Connection;
    } u;
} IO_RESOURCE_DESCRIPTOR, *PIO_RESOURCE_DESCRIPTOR;

typedef VOID (*PINTERFACE_REFERENCE)(PVOID Context);
typedef VOID (*PINTERFACE_DEREFERENCE)(PVOID Context);

/* The header every bus and driver interface (IRP_MN_QUERY_INTERFACE, DxgkCbQueryServices) starts with. */
typedef struct _INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
} INTERFACE, *PINTERFACE;

typedef BOOLEAN (*PKSYNCHRONIZE_ROUTINE)(PVOID SynchronizeContext);

#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5

#define PCI_USE_SUBSYSTEM_IDS 0x00000001
#define PCI_USE_REVISION 0x00000002
#define PCI_USE_VENDEV_IDS 0x00000004
#define PCI_USE_CLASS_SUBCLASS 0x00000008
#define PCI_USE_PROGIF 0x00000010
#define PCI_USE_LOCAL_BUS 0x00000020
#define PCI_USE_LOCAL_DEVICE 0x00000040

/* What DxgkCbIsDevicePresent searches for. */
typedef struct _PCI_DEVICE_PRESENCE_PARAMETERS {
    ULONG Size;
    ULONG Flags;
    USHORT VendorID;
    USHORT DeviceID;
    UCHAR RevisionID;
    USHORT SubVendorID;
    USHORT SubSystemID;
    UCHAR BaseClass;
    UCHAR SubClass;
    UCHAR ProgIf;
} PCI_DEVICE_PRESENCE_PARAMETERS, *PPCI_DEVICE_PRESENCE_PARAMETERS;

/* ---- IRQL ------------------------------------------------------------------------------------ */

#define PASSIVE_LEVEL 0
#define LOW_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define CMCI_LEVEL 5
#define CLOCK_LEVEL 13
#define IPI_LEVEL 14
#define DRS_LEVEL 14
#define POWER_LEVEL 14
#define PROFILE_LEVEL 15
#define HIGH_LEVEL 15

NTKERNELAPI KIRQL KeGetCurrentIrql(VOID);
NTKERNELAPI KIRQL KfRaiseIrql(KIRQL NewIrql);
NTKERNELAPI VOID KeLowerIrql(KIRQL NewIrql);
NTKERNELAPI KIRQL KeRaiseIrqlToDpcLevel(VOID);
#define KeRaiseIrql(a, b) *(b) = KfRaiseIrql(a)
#define KfLowerIrql KeLowerIrql

/* ---- Pool ------------------------------------------------------------------------------------ */

#define PAGE_SIZE 0x1000
#define PAGE_SHIFT 12L
#define BYTE_OFFSET(Va) ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#define PAGE_ALIGN(Va) ((PVOID)((ULONG_PTR)(Va) & ~(PAGE_SIZE - 1)))
#define ROUND_TO_PAGES(Size) (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size) \
    ((BYTE_OFFSET(Va) + ((SIZE_T)(Size)) + (PAGE_SIZE - 1)) >> PAGE_SHIFT)

#define POOL_FLAG_REQUIRED_START 0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_SESSION 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED 0x0000000000000008ULL
#define POOL_FLAG_RESERVED1 0x0000000000000010ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
#define POOL_FLAG_RESERVED2 0x0000000000000200ULL
#define POOL_FLAG_RESERVED3 0x0000000000000400ULL
#define POOL_FLAG_LAST_KNOWN_REQUIRED POOL_FLAG_RESERVED3
#define POOL_FLAG_REQUIRED_END 0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START 0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL 0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END 0x8000000000000000ULL
#define POOL_FLAG_REQUIRED_MASK 0x00000000FFFFFFFFULL
#define POOL_FLAG_UNUSED_REQUIRED_BITS 0x00000000FFFFF800ULL

typedef enum _POOL_TYPE {
    NonPagedPool,
    NonPagedPoolExecute = NonPagedPool,
    PagedPool,
    NonPagedPoolMustSucceed = NonPagedPool + 2,
    DontUseThisType,
    NonPagedPoolCacheAligned = NonPagedPool + 4,
    PagedPoolCacheAligned,
    NonPagedPoolCacheAlignedMustS = NonPagedPool + 6,
    MaxPoolType,
    NonPagedPoolBase = 0,
    NonPagedPoolBaseMustSucceed = NonPagedPoolBase + 2,
    NonPagedPoolBaseCacheAligned = NonPagedPoolBase + 4,
    NonPagedPoolBaseCacheAlignedMustS = NonPagedPoolBase + 6,
    NonPagedPoolSession = 32,
    PagedPoolSession = NonPagedPoolSession + 1,
    NonPagedPoolMustSucceedSession = PagedPoolSession + 1,
    DontUseThisTypeSession = NonPagedPoolMustSucceedSession + 1,
    NonPagedPoolCacheAlignedSession = DontUseThisTypeSession + 1,
    PagedPoolCacheAlignedSession = NonPagedPoolCacheAlignedSession + 1,
    NonPagedPoolCacheAlignedMustSSession = PagedPoolCacheAlignedSession + 1,
    NonPagedPoolNx = 512,
    NonPagedPoolNxCacheAligned = NonPagedPoolNx + 4,
    NonPagedPoolSessionNx = NonPagedPoolNx + 32
} POOL_TYPE;

NTKERNELAPI PVOID ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
NTKERNELAPI PVOID ExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
NTKERNELAPI PVOID ExAllocatePoolZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
NTKERNELAPI PVOID ExAllocatePoolUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
NTKERNELAPI VOID ExFreePoolWithTag(PVOID P, ULONG Tag);
NTKERNELAPI VOID ExFreePool(PVOID P);

/* ---- Spin locks ------------------------------------------------------------------------------ */

WDDMSHIM_KM_INLINE VOID KeInitializeSpinLock(PKSPIN_LOCK SpinLock) { *SpinLock = 0; }
NTKERNELAPI KIRQL KeAcquireSpinLockRaiseToDpc(PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID KeReleaseSpinLock(PKSPIN_LOCK SpinLock, KIRQL NewIrql);
NTKERNELAPI VOID KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK SpinLock);
NTKERNELAPI BOOLEAN KeTryToAcquireSpinLockAtDpcLevel(PKSPIN_LOCK SpinLock);
NTKERNELAPI VOID KeAcquireInStackQueuedSpinLock(PKSPIN_LOCK SpinLock, PKLOCK_QUEUE_HANDLE LockHandle);
NTKERNELAPI VOID KeReleaseInStackQueuedSpinLock(PKLOCK_QUEUE_HANDLE LockHandle);
#define KeAcquireSpinLock(SpinLock, OldIrql) *(OldIrql) = KeAcquireSpinLockRaiseToDpc(SpinLock)

/* ---- Events, mutexes, waits ------------------------------------------------------------------ */

NTKERNELAPI VOID KeInitializeEvent(PRKEVENT Event, EVENT_TYPE Type, BOOLEAN State);
NTKERNELAPI LONG KeSetEvent(PRKEVENT Event, KPRIORITY Increment, BOOLEAN Wait);
NTKERNELAPI LONG KeResetEvent(PRKEVENT Event);
NTKERNELAPI VOID KeClearEvent(PRKEVENT Event);
NTKERNELAPI LONG KeReadStateEvent(PRKEVENT Event);
NTKERNELAPI VOID KeInitializeMutex(PRKMUTEX Mutex, ULONG Level);
NTKERNELAPI LONG KeReleaseMutex(PRKMUTEX Mutex, BOOLEAN Wait);
NTKERNELAPI NTSTATUS KeWaitForSingleObject(PVOID Object, KWAIT_REASON WaitReason, KPROCESSOR_MODE WaitMode,
                                           BOOLEAN Alertable, PLARGE_INTEGER Timeout);
NTKERNELAPI NTSTATUS KeDelayExecutionThread(KPROCESSOR_MODE WaitMode, BOOLEAN Alertable, PLARGE_INTEGER Interval);
#define KeWaitForMutexObject KeWaitForSingleObject
/* WaitAny: STATUS_WAIT_0 + the index of the (lowest) signalled object; WaitAll: STATUS_WAIT_0
 * once all are signalled, all taken at once. More than THREAD_WAIT_OBJECTS objects without a
 * WaitBlockArray, or more than MAXIMUM_WAIT_OBJECTS, bug-checks on Windows: reported here, and
 * the call returns STATUS_INVALID_PARAMETER. */
NTKERNELAPI NTSTATUS KeWaitForMultipleObjects(ULONG Count, PVOID Object[], WAIT_TYPE WaitType, KWAIT_REASON WaitReason,
                                              KPROCESSOR_MODE WaitMode, BOOLEAN Alertable, PLARGE_INTEGER Timeout,
                                              PKWAIT_BLOCK WaitBlockArray);
NTKERNELAPI VOID KeInitializeSemaphore(PRKSEMAPHORE Semaphore, LONG Count, LONG Limit);
/* Returns the previous count. Passing Limit raises STATUS_SEMAPHORE_LIMIT_EXCEEDED on Windows:
 * reported here, and the count is left unchanged. */
NTKERNELAPI LONG KeReleaseSemaphore(PRKSEMAPHORE Semaphore, KPRIORITY Increment, LONG Adjustment, BOOLEAN Wait);
NTKERNELAPI LONG KeReadStateSemaphore(PRKSEMAPHORE Semaphore);
NTKERNELAPI VOID ExInitializeFastMutex(PFAST_MUTEX FastMutex);
NTKERNELAPI VOID ExAcquireFastMutex(PFAST_MUTEX FastMutex);
NTKERNELAPI VOID ExReleaseFastMutex(PFAST_MUTEX FastMutex);
NTKERNELAPI BOOLEAN ExTryToAcquireFastMutex(PFAST_MUTEX FastMutex);

/* ---- DPCs and system threads ----------------------------------------------------------------- */

NTKERNELAPI VOID KeInitializeDpc(PRKDPC Dpc, PKDEFERRED_ROUTINE DeferredRoutine, PVOID DeferredContext);
NTKERNELAPI BOOLEAN KeInsertQueueDpc(PRKDPC Dpc, PVOID SystemArgument1, PVOID SystemArgument2);
NTKERNELAPI BOOLEAN KeRemoveQueueDpc(PRKDPC Dpc);
NTKERNELAPI VOID KeFlushQueuedDpcs(VOID);

/* Timers: DueTime negative is relative (100 ns units), positive an absolute system time; Period
 * in milliseconds (0: one-shot); the DPC, if any, is queued at each expiry. A timer still set
 * when the pool block holding it is freed, or when the adapter whose work set it is destroyed,
 * is reported (TIMER_OR_DPC_INVALID on Windows) and cancelled. */
NTKERNELAPI VOID KeInitializeTimer(PKTIMER Timer);
NTKERNELAPI VOID KeInitializeTimerEx(PKTIMER Timer, TIMER_TYPE Type);
NTKERNELAPI BOOLEAN KeSetTimer(PKTIMER Timer, LARGE_INTEGER DueTime, PKDPC Dpc);
NTKERNELAPI BOOLEAN KeSetTimerEx(PKTIMER Timer, LARGE_INTEGER DueTime, LONG Period, PKDPC Dpc);
NTKERNELAPI BOOLEAN KeCancelTimer(PKTIMER Timer);
NTKERNELAPI BOOLEAN KeReadStateTimer(PKTIMER Timer);
NTKERNELAPI NTSTATUS PsCreateSystemThread(PHANDLE ThreadHandle, ULONG DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes,
                                          HANDLE ProcessHandle, PCLIENT_ID ClientId, PKSTART_ROUTINE StartRoutine,
                                          PVOID StartContext);
NTKERNELAPI NTSTATUS PsTerminateSystemThread(NTSTATUS ExitStatus);
NTKERNELAPI NTSTATUS ObReferenceObjectByHandle(HANDLE Handle, ACCESS_MASK DesiredAccess, PVOID ObjectType,
                                               KPROCESSOR_MODE AccessMode, PVOID *Object, PVOID HandleInformation);
NTKERNELAPI LONG_PTR ObfDereferenceObject(PVOID Object);
#define ObDereferenceObject(a) ObfDereferenceObject(a)
NTSYSAPI NTSTATUS ZwClose(HANDLE Handle);
NTKERNELAPI HANDLE PsGetCurrentThreadId(VOID);
#define THREAD_ALL_ACCESS 0x001FFFFF
#define SYNCHRONIZE 0x00100000L
#define GENERIC_READ 0x80000000L
#define GENERIC_WRITE 0x40000000L
#define GENERIC_ALL 0x10000000L
#define KEY_READ 0x20019
#define KEY_WRITE 0x20006
#define KEY_ALL_ACCESS 0xF003F

/* ---- Time ------------------------------------------------------------------------------------ */

NTKERNELAPI VOID KeQuerySystemTime(PLARGE_INTEGER CurrentTime);
NTKERNELAPI VOID KeQuerySystemTimePrecise(PLARGE_INTEGER CurrentTime);
NTKERNELAPI ULONGLONG KeQueryInterruptTime(VOID);
NTKERNELAPI LARGE_INTEGER KeQueryPerformanceCounter(PLARGE_INTEGER PerformanceFrequency);
NTKERNELAPI VOID KeStallExecutionProcessor(ULONG MicroSeconds);
NTKERNELAPI ULONG KeGetCurrentProcessorNumber(VOID);

/* ---- Debug output, assertions, PAGED_CODE ---------------------------------------------------- */

#define DPFLTR_IHVDRIVER_ID 77
#define DPFLTR_IHVVIDEO_ID 78
#define DPFLTR_IHVAUDIO_ID 79
#define DPFLTR_IHVNETWORK_ID 80
#define DPFLTR_IHVSTREAMING_ID 81
#define DPFLTR_IHVBUS_ID 82
#define DPFLTR_DEFAULT_ID 101
#define DPFLTR_ERROR_LEVEL 0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL 2
#define DPFLTR_INFO_LEVEL 3
#define DPFLTR_MASK 0x80000000

/* The library's side of DbgPrint: the formatted text goes to the journal (entry "DbgPrintEx",
 * with the component and level). Called by the inline DbgPrint / DbgPrintEx / vDbgPrintEx. */
ULONG WddmShimDbgPrint(ULONG ComponentId, ULONG Level, PCSTR Text);
/* NT_ASSERT / NT_VERIFY failures and PAGED_CODE() at DISPATCH_LEVEL or above: journaled as
 * errors and counted (WDDMSHIM_ADAPTER_STATS::KernelErrors); execution continues so a test can
 * look at the report. */
VOID WddmShimAssertionFailed(PCSTR Expression, PCSTR File, ULONG Line);
VOID WddmShimCheckPagedCode(PCSTR Function, PCSTR File, ULONG Line);

/* DbgPrint's format, as Windows reads it: printf's conversions (through the C library's
 * snprintf, one conversion at a time), MSVC's size prefixes (%I64d, %I32x, %Ix) and the Windows
 * string conversions, UTF-16 written out as UTF-8: %wZ (PCUNICODE_STRING), %Z (PCANSI_STRING),
 * %ws / %ls / %S (a NUL-terminated WCHAR string), %wc / %lc / %C (a WCHAR); %hs / %hc are narrow.
 * A NULL string prints "(null)". %n writes nothing. The text is cut at 511 bytes. */
typedef struct _WDDMSHIM_KM_TEXT {
    char *Text;
    size_t Size;
    size_t Length;
} WDDMSHIM_KM_TEXT;
WDDMSHIM_KM_INLINE void WddmShimKmPut_(WDDMSHIM_KM_TEXT *out, const char *text, size_t length) {
    while (length-- > 0 && *text != 0 && out->Length + 1 < out->Size) out->Text[out->Length++] = *text++;
    out->Text[out->Length] = 0;
}
/* UTF-16 units (at most `units`, stopping at a NUL) as UTF-8 into `text` (NUL-terminated); an
 * unpaired surrogate becomes U+FFFD. */
WDDMSHIM_KM_INLINE void WddmShimKmUtf16_(char *text, size_t size, const WCHAR *units, size_t count) {
    size_t at = 0;
    for (size_t i = 0; i < count && units[i] != 0; ++i) {
        uint32_t code = (uint32_t)units[i];
        if (code >= 0xD800 && code <= 0xDBFF && i + 1 < count && (uint32_t)units[i + 1] >= 0xDC00 &&
            (uint32_t)units[i + 1] <= 0xDFFF) {
            code = 0x10000 + ((code - 0xD800) << 10) + ((uint32_t)units[i + 1] - 0xDC00);
            ++i;
        } else if (code >= 0xD800 && code <= 0xDFFF) {
            code = 0xFFFD;
        }
        char bytes[4];
        size_t n;
        if (code < 0x80) {
            bytes[0] = (char)code;
            n = 1;
        } else if (code < 0x800) {
            bytes[0] = (char)(0xC0 | (code >> 6));
            bytes[1] = (char)(0x80 | (code & 0x3F));
            n = 2;
        } else if (code < 0x10000) {
            bytes[0] = (char)(0xE0 | (code >> 12));
            bytes[1] = (char)(0x80 | ((code >> 6) & 0x3F));
            bytes[2] = (char)(0x80 | (code & 0x3F));
            n = 3;
        } else {
            bytes[0] = (char)(0xF0 | (code >> 18));
            bytes[1] = (char)(0x80 | ((code >> 12) & 0x3F));
            bytes[2] = (char)(0x80 | ((code >> 6) & 0x3F));
            bytes[3] = (char)(0x80 | (code & 0x3F));
            n = 4;
        }
        if (at + n + 1 > size) break;
        for (size_t b = 0; b < n; ++b) text[at++] = bytes[b];
    }
    text[at] = 0;
}
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#endif
WDDMSHIM_KM_INLINE void WddmShimKmFormat_(char *text, size_t size, PCSTR format, va_list args) {
    WDDMSHIM_KM_TEXT out = {text, size, 0};
    text[0] = 0;
    const char *p = format;
    while (*p != 0) {
        if (*p != '%') {
            const char *next = strchr(p, '%');
            size_t length = next != NULL ? (size_t)(next - p) : strlen(p);
            WddmShimKmPut_(&out, p, length);
            p += length;
            continue;
        }
        const char *start = p++;
        if (*p == '%') {
            WddmShimKmPut_(&out, "%", 1);
            ++p;
            continue;
        }
        /* The conversion rebuilt for snprintf: flags, width, precision ('*' read here). */
        char spec[48] = "%";
        size_t n = 1;
        while (*p != 0 && strchr("-+ #0", *p) != NULL) {
            if (n < 8) spec[n++] = *p;
            ++p;
        }
        if (*p == '*') {
            int width = va_arg(args, int);
            n += (size_t)snprintf(spec + n, sizeof spec - n, "%d", width);
            ++p;
        } else {
            while (*p >= '0' && *p <= '9') {
                if (n < 16) spec[n++] = *p;
                ++p;
            }
        }
        int precision = -1;
        if (*p == '.') {
            ++p;
            if (*p == '*') {
                precision = va_arg(args, int);
                ++p;
            } else {
                precision = 0;
                while (*p >= '0' && *p <= '9') precision = precision * 10 + (*p++ - '0');
            }
        }
        /* The size: h hh l ll L z j t, MSVC's I64 I32 I, and w (wide). */
        enum { WddmShimKmInt_, WddmShimKmChar_, WddmShimKmShort_, WddmShimKmLong_, WddmShimKmLongLong_, WddmShimKmSize_, WddmShimKmIntMax_, WddmShimKmPtrdiff_, WddmShimKmLongDouble_ } length = WddmShimKmInt_;
        int wide = 0, narrow = 0;
        if (p[0] == 'h' && p[1] == 'h') { length = WddmShimKmChar_; p += 2; }
        else if (*p == 'h') { length = WddmShimKmShort_; narrow = 1; ++p; }
        else if (p[0] == 'l' && p[1] == 'l') { length = WddmShimKmLongLong_; p += 2; }
        else if (*p == 'l') { length = WddmShimKmLong_; wide = 1; ++p; }
        else if (*p == 'L') { length = WddmShimKmLongDouble_; ++p; }
        else if (*p == 'z') { length = WddmShimKmSize_; ++p; }
        else if (*p == 'j') { length = WddmShimKmIntMax_; ++p; }
        else if (*p == 't') { length = WddmShimKmPtrdiff_; ++p; }
        else if (*p == 'w') { wide = 1; ++p; }
        else if (p[0] == 'I' && p[1] == '6' && p[2] == '4') { length = WddmShimKmLongLong_; p += 3; }
        else if (p[0] == 'I' && p[1] == '3' && p[2] == '2') { length = WddmShimKmInt_; p += 3; }
        else if (*p == 'I') { length = WddmShimKmSize_; ++p; }
        char conversion = *p;
        if (conversion == 0) {
            WddmShimKmPut_(&out, start, (size_t)(p - start));
            break;
        }
        ++p;
        if (precision >= 0 && strchr("sSZ", conversion) == NULL)
            n += (size_t)snprintf(spec + n, sizeof spec - n, ".%d", precision);
        char piece[512];
        piece[0] = 0;
        switch (conversion) {
        case 'd':
        case 'i': {
            long long value;
            switch (length) {
            case WddmShimKmChar_: value = (signed char)va_arg(args, int); break;
            case WddmShimKmShort_: value = (short)va_arg(args, int); break;
            case WddmShimKmLong_: value = va_arg(args, long); break;
            case WddmShimKmLongLong_: value = va_arg(args, long long); break;
            case WddmShimKmSize_: value = (long long)va_arg(args, size_t); break;
            case WddmShimKmIntMax_: value = (long long)va_arg(args, intmax_t); break;
            case WddmShimKmPtrdiff_: value = (long long)va_arg(args, ptrdiff_t); break;
            default: value = va_arg(args, int); break;
            }
            snprintf(spec + n, sizeof spec - n, "ll%c", conversion);
            snprintf(piece, sizeof piece, spec, value);
            break;
        }
        case 'o':
        case 'u':
        case 'x':
        case 'X': {
            unsigned long long value;
            switch (length) {
            case WddmShimKmChar_: value = (unsigned char)va_arg(args, unsigned int); break;
            case WddmShimKmShort_: value = (unsigned short)va_arg(args, unsigned int); break;
            case WddmShimKmLong_: value = va_arg(args, unsigned long); break;
            case WddmShimKmLongLong_: value = va_arg(args, unsigned long long); break;
            case WddmShimKmSize_: value = va_arg(args, size_t); break;
            case WddmShimKmIntMax_: value = (unsigned long long)va_arg(args, uintmax_t); break;
            case WddmShimKmPtrdiff_: value = (unsigned long long)va_arg(args, ptrdiff_t); break;
            default: value = va_arg(args, unsigned int); break;
            }
            snprintf(spec + n, sizeof spec - n, "ll%c", conversion);
            snprintf(piece, sizeof piece, spec, value);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
            if (length == WddmShimKmLongDouble_) {
                snprintf(spec + n, sizeof spec - n, "L%c", conversion);
                snprintf(piece, sizeof piece, spec, va_arg(args, long double));
            } else {
                snprintf(spec + n, sizeof spec - n, "%c", conversion);
                snprintf(piece, sizeof piece, spec, va_arg(args, double));
            }
            break;
        case 'p':
            snprintf(spec + n, sizeof spec - n, "p");
            snprintf(piece, sizeof piece, spec, va_arg(args, void *));
            break;
        case 'c':
        case 'C': {
            char character[8];
            if ((conversion == 'C' && !narrow) || (conversion == 'c' && wide)) {
                WCHAR unit = (WCHAR)va_arg(args, int);
                WddmShimKmUtf16_(character, sizeof character, &unit, 1);
            } else {
                character[0] = (char)va_arg(args, int);
                character[1] = 0;
            }
            snprintf(spec + n, sizeof spec - n, "s");
            snprintf(piece, sizeof piece, spec, character);
            break;
        }
        case 's':
        case 'S':
        case 'Z': {
            char converted[512];
            const char *string = converted;
            size_t limit = precision >= 0 ? (size_t)precision : (size_t)-1;
            if (conversion == 'Z') {
                if (wide) {
                    const UNICODE_STRING *unicode = va_arg(args, const UNICODE_STRING *);
                    if (unicode == NULL || unicode->Buffer == NULL) {
                        string = "(null)";
                    } else {
                        size_t units = unicode->Length / sizeof(WCHAR);
                        WddmShimKmUtf16_(converted, sizeof converted, unicode->Buffer, units < limit ? units : limit);
                    }
                } else {
                    const STRING *ansi = va_arg(args, const STRING *);
                    if (ansi == NULL || ansi->Buffer == NULL) {
                        string = "(null)";
                    } else {
                        size_t bytes = ansi->Length < limit ? ansi->Length : limit;
                        if (bytes >= sizeof converted) bytes = sizeof converted - 1;
                        memcpy(converted, ansi->Buffer, bytes);
                        converted[bytes] = 0;
                    }
                }
            } else if ((conversion == 'S' && !narrow) || (conversion == 's' && wide)) {
                const WCHAR *units = va_arg(args, const WCHAR *);
                if (units == NULL) string = "(null)";
                else WddmShimKmUtf16_(converted, sizeof converted, units, limit);
            } else {
                const char *narrow_text = va_arg(args, const char *);
                if (narrow_text == NULL) {
                    string = "(null)";
                } else {
                    size_t bytes = 0;
                    while (bytes < limit && bytes + 1 < sizeof converted && narrow_text[bytes] != 0) ++bytes;
                    memcpy(converted, narrow_text, bytes);
                    converted[bytes] = 0;
                }
            }
            snprintf(spec + n, sizeof spec - n, "s");
            snprintf(piece, sizeof piece, spec, string);
            break;
        }
        case 'n':
            (void)va_arg(args, void *);
            break;
        default: /* not a conversion: the text as written */
            WddmShimKmPut_(&out, start, (size_t)(p - start));
            break;
        }
        WddmShimKmPut_(&out, piece, sizeof piece);
    }
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
static inline ULONG vDbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, va_list arglist) {
    char text[512];
    WddmShimKmFormat_(text, sizeof text, Format, arglist);
    return WddmShimDbgPrint(ComponentId, Level, text);
}
static inline ULONG DbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, ...) {
    va_list args;
    va_start(args, Format);
    ULONG status = vDbgPrintEx(ComponentId, Level, Format, args);
    va_end(args);
    return status;
}
static inline ULONG DbgPrint(PCSTR Format, ...) {
    va_list args;
    va_start(args, Format);
    ULONG status = vDbgPrintEx(DPFLTR_DEFAULT_ID, DPFLTR_INFO_LEVEL, Format, args);
    va_end(args);
    return status;
}
#if DBG
#define KdPrint(_x_) DbgPrint _x_
#define KdPrintEx(_x_) DbgPrintEx _x_
#else
#define KdPrint(_x_)
#define KdPrintEx(_x_)
#endif
#define KdBreakPoint() ((void)0)
#define DbgBreakPoint() ((void)0)

/* No kernel debugger is attached to a test host: the WDK reads these from the kernel's
 * KdDebuggerEnabled / KdDebuggerNotPresent; here they are constants. DbgPrompt gets no answer. */
#define KD_DEBUGGER_ENABLED ((BOOLEAN)FALSE)
#define KD_DEBUGGER_NOT_PRESENT ((BOOLEAN)TRUE)
WDDMSHIM_KM_INLINE BOOLEAN KdRefreshDebuggerNotPresent(void) { return TRUE; }
WDDMSHIM_KM_INLINE ULONG DbgPrompt(PCCH Prompt, PCH Response, ULONG Length) {
    (void)Prompt;
    if (Response != NULL && Length > 0) Response[0] = 0;
    return 0;
}

/* A bug check stops Windows; here it stops the test process, after saying which bug check it
 * was on standard error and in the journal (as a DbgPrintEx entry). */
#define BUGCODE_ID_DRIVER ((ULONG)0x000000D2L)
DECLSPEC_NORETURN WDDMSHIM_KM_INLINE VOID KeBugCheckEx(ULONG BugCheckCode, ULONG_PTR BugCheckParameter1,
                                                       ULONG_PTR BugCheckParameter2, ULONG_PTR BugCheckParameter3,
                                                       ULONG_PTR BugCheckParameter4) {
    char text[160];
    snprintf(text, sizeof text, "*** KeBugCheckEx 0x%08x (0x%llx, 0x%llx, 0x%llx, 0x%llx): the KMD stopped the system\n",
             (unsigned)BugCheckCode, (unsigned long long)BugCheckParameter1, (unsigned long long)BugCheckParameter2,
             (unsigned long long)BugCheckParameter3, (unsigned long long)BugCheckParameter4);
    WddmShimDbgPrint(DPFLTR_DEFAULT_ID, DPFLTR_ERROR_LEVEL, text);
    fputs(text, stderr);
    abort();
}
WDDMSHIM_KM_INLINE VOID KeBugCheck(ULONG BugCheckCode) { KeBugCheckEx(BugCheckCode, 0, 0, 0, 0); }

WDDMSHIM_KM_INLINE BOOLEAN WddmShimAssert_(int Holds, PCSTR Expression, PCSTR File, ULONG Line) {
    if (!Holds) WddmShimAssertionFailed(Expression, File, Line);
    return (BOOLEAN)(Holds != 0);
}
#define NT_ASSERT(_exp) WddmShimAssert_((_exp) ? 1 : 0, #_exp, __FILE__, __LINE__)
#define NT_ASSERTMSG(_msg, _exp) WddmShimAssert_((_exp) ? 1 : 0, _msg, __FILE__, __LINE__)
#define NT_ASSERT_ASSUME NT_ASSERT
#define NT_ASSERT_NOASSUME NT_ASSERT
#define NT_VERIFY(_exp) NT_ASSERT(_exp)
#define NT_VERIFYMSG(_msg, _exp) NT_ASSERTMSG(_msg, _exp)
#define ASSERT(_exp) ((void)NT_ASSERT(_exp))
#define ASSERTMSG(_msg, _exp) ((void)NT_ASSERTMSG(_msg, _exp))
#define NT_FRE_ASSERT(_exp) NT_ASSERT(_exp)
#define PAGED_CODE() WddmShimCheckPagedCode(__func__, __FILE__, __LINE__)
#define PAGED_CODE_LOCKED() ((void)0)
#define NOP_FUNCTION (void)0

#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))

/* ---- Structure and memory helpers ------------------------------------------------------------ */

#define FIELD_OFFSET(type, field) ((LONG)offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_NUMBER_OF(A) (sizeof(A) / sizeof((A)[0]))
#define ARRAYSIZE(A) RTL_NUMBER_OF(A)
#define CONTAINING_RECORD(address, type, field) ((type *)((PCHAR)(address) - (ULONG_PTR)offsetof(type, field)))
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_UP_BY(length, alignment) (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#define FlagOn(_F, _SF) ((_F) & (_SF))
#define BooleanFlagOn(F, SF) ((BOOLEAN)(((F) & (SF)) != 0))
#define SetFlag(_F, _SF) ((_F) |= (_SF))
#define ClearFlag(_F, _SF) ((_F) &= ~(_SF))

#define RtlEqualMemory(Destination, Source, Length) (!memcmp((Destination), (Source), (Length)))
#define RtlMoveMemory(Destination, Source, Length) memmove((Destination), (Source), (Length))
#define RtlCopyMemory(Destination, Source, Length) memcpy((Destination), (Source), (Length))
#define RtlFillMemory(Destination, Length, Fill) memset((Destination), (Fill), (Length))
#define RtlZeroMemory(Destination, Length) memset((Destination), 0, (Length))
#define RtlSecureZeroMemory(Destination, Length) memset((Destination), 0, (Length))
static inline SIZE_T RtlCompareMemory(const VOID *Source1, const VOID *Source2, SIZE_T Length) {
    const UCHAR *a = (const UCHAR *)Source1, *b = (const UCHAR *)Source2;
    SIZE_T i = 0;
    while (i < Length && a[i] == b[i]) ++i;
    return i;
}

#if !defined(__cplusplus) && !defined(NOMINMAX)
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#endif
/* In C++, min and max as macros would break <algorithm> and <limits> (std::min, numeric_limits<T>::max),
 * so they are function templates there (below), with the ?: semantics of the WDK macros. */

/* ---- Doubly and singly linked lists (the WDK's inlines) -------------------------------------- */

WDDMSHIM_KM_INLINE VOID InitializeListHead(PLIST_ENTRY ListHead) { ListHead->Flink = ListHead->Blink = ListHead; }
WDDMSHIM_KM_INLINE BOOLEAN IsListEmpty(const LIST_ENTRY *ListHead) { return (BOOLEAN)(ListHead->Flink == ListHead); }
WDDMSHIM_KM_INLINE BOOLEAN RemoveEntryList(PLIST_ENTRY Entry) {
    PLIST_ENTRY PrevEntry = Entry->Blink, NextEntry = Entry->Flink;
    PrevEntry->Flink = NextEntry;
    NextEntry->Blink = PrevEntry;
    return (BOOLEAN)(PrevEntry == NextEntry);
}
WDDMSHIM_KM_INLINE PLIST_ENTRY RemoveHeadList(PLIST_ENTRY ListHead) {
    PLIST_ENTRY Entry = ListHead->Flink, NextEntry = Entry->Flink;
    ListHead->Flink = NextEntry;
    NextEntry->Blink = ListHead;
    return Entry;
}
WDDMSHIM_KM_INLINE PLIST_ENTRY RemoveTailList(PLIST_ENTRY ListHead) {
    PLIST_ENTRY Entry = ListHead->Blink, PrevEntry = Entry->Blink;
    ListHead->Blink = PrevEntry;
    PrevEntry->Flink = ListHead;
    return Entry;
}
WDDMSHIM_KM_INLINE VOID InsertTailList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry) {
    PLIST_ENTRY PrevEntry = ListHead->Blink;
    Entry->Flink = ListHead;
    Entry->Blink = PrevEntry;
    PrevEntry->Flink = Entry;
    ListHead->Blink = Entry;
}
WDDMSHIM_KM_INLINE VOID InsertHeadList(PLIST_ENTRY ListHead, PLIST_ENTRY Entry) {
    PLIST_ENTRY NextEntry = ListHead->Flink;
    Entry->Flink = NextEntry;
    Entry->Blink = ListHead;
    NextEntry->Blink = Entry;
    ListHead->Flink = Entry;
}
WDDMSHIM_KM_INLINE VOID AppendTailList(PLIST_ENTRY ListHead, PLIST_ENTRY ListToAppend) {
    PLIST_ENTRY ListEnd = ListHead->Blink;
    ListHead->Blink->Flink = ListToAppend;
    ListHead->Blink = ListToAppend->Blink;
    ListToAppend->Blink->Flink = ListHead;
    ListToAppend->Blink = ListEnd;
}
WDDMSHIM_KM_INLINE PSINGLE_LIST_ENTRY PopEntryList(PSINGLE_LIST_ENTRY ListHead) {
    PSINGLE_LIST_ENTRY FirstEntry = ListHead->Next;
    if (FirstEntry != NULL) ListHead->Next = FirstEntry->Next;
    return FirstEntry;
}
WDDMSHIM_KM_INLINE VOID PushEntryList(PSINGLE_LIST_ENTRY ListHead, PSINGLE_LIST_ENTRY Entry) {
    Entry->Next = ListHead->Next;
    ListHead->Next = Entry;
}

/* ---- Interlocked operations (full barriers, as on x64 Windows) ------------------------------- */

WDDMSHIM_KM_INLINE LONG InterlockedIncrement(LONG volatile *Addend) { return __atomic_add_fetch(Addend, 1, __ATOMIC_SEQ_CST); }
WDDMSHIM_KM_INLINE LONG InterlockedDecrement(LONG volatile *Addend) { return __atomic_sub_fetch(Addend, 1, __ATOMIC_SEQ_CST); }
WDDMSHIM_KM_INLINE LONG InterlockedExchange(LONG volatile *Target, LONG Value) {
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG InterlockedExchangeAdd(LONG volatile *Addend, LONG Value) {
    return __atomic_fetch_add(Addend, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG InterlockedAdd(LONG volatile *Addend, LONG Value) {
    return __atomic_add_fetch(Addend, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG InterlockedCompareExchange(LONG volatile *Destination, LONG Exchange, LONG Comperand) {
    __atomic_compare_exchange_n(Destination, &Comperand, Exchange, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return Comperand;
}
WDDMSHIM_KM_INLINE LONG InterlockedOr(LONG volatile *Destination, LONG Value) {
    return __atomic_fetch_or(Destination, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG InterlockedAnd(LONG volatile *Destination, LONG Value) {
    return __atomic_fetch_and(Destination, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG InterlockedXor(LONG volatile *Destination, LONG Value) {
    return __atomic_fetch_xor(Destination, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG64 InterlockedIncrement64(LONG64 volatile *Addend) {
    return __atomic_add_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG64 InterlockedDecrement64(LONG64 volatile *Addend) {
    return __atomic_sub_fetch(Addend, 1, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG64 InterlockedExchange64(LONG64 volatile *Target, LONG64 Value) {
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG64 InterlockedExchangeAdd64(LONG64 volatile *Addend, LONG64 Value) {
    return __atomic_fetch_add(Addend, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG64 InterlockedAdd64(LONG64 volatile *Addend, LONG64 Value) {
    return __atomic_add_fetch(Addend, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE LONG64 InterlockedCompareExchange64(LONG64 volatile *Destination, LONG64 Exchange, LONG64 Comperand) {
    __atomic_compare_exchange_n(Destination, &Comperand, Exchange, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return Comperand;
}
WDDMSHIM_KM_INLINE PVOID InterlockedExchangePointer(PVOID volatile *Target, PVOID Value) {
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
WDDMSHIM_KM_INLINE PVOID InterlockedCompareExchangePointer(PVOID volatile *Destination, PVOID Exchange, PVOID Comperand) {
    __atomic_compare_exchange_n(Destination, &Comperand, Exchange, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return Comperand;
}
#define KeMemoryBarrier() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define MemoryBarrier() __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define YieldProcessor() __builtin_ia32_pause()

/* ---- Unicode strings ------------------------------------------------------------------------- */

/* `_string` is an L"..." literal: the translation unit is built with -fshort-wchar (see
 * wddm_shim_wintypes.h: WCHAR and L"..." are then both 16-bit, as on Windows). */
#define DECLARE_CONST_UNICODE_STRING(_var, _string)                                      \
    const WCHAR _var##_buffer[] = _string;                                               \
    const UNICODE_STRING _var = {sizeof(_string) - sizeof(WCHAR), sizeof(_string),      \
                                 (PWCH)_var##_buffer}
#define DECLARE_UNICODE_STRING_SIZE(_var, _size) \
    WCHAR _var##_buffer[_size];                  \
    UNICODE_STRING _var = {0, (_size) * sizeof(WCHAR), _var##_buffer}
#define RTL_CONSTANT_STRING(s) {sizeof(s) - sizeof((s)[0]), sizeof(s), (PWCH)(s)}

WDDMSHIM_KM_INLINE VOID RtlInitUnicodeString(PUNICODE_STRING DestinationString, PCWSTR SourceString) {
    SIZE_T length = 0;
    if (SourceString != NULL) {
        while (SourceString[length] != 0) ++length;
        if (length > 32766) length = 32766; /* UNICODE_STRING_MAX_CHARS - 1 */
        DestinationString->Length = (USHORT)(length * sizeof(WCHAR));
        DestinationString->MaximumLength = (USHORT)(DestinationString->Length + sizeof(WCHAR));
    } else {
        DestinationString->Length = DestinationString->MaximumLength = 0;
    }
    DestinationString->Buffer = (PWCH)SourceString;
}
WDDMSHIM_KM_INLINE VOID RtlInitAnsiString(PANSI_STRING DestinationString, PCSTR SourceString) {
    SIZE_T length = SourceString != NULL ? strlen(SourceString) : 0;
    if (length > 65534) length = 65534;
    DestinationString->Length = (USHORT)length;
    DestinationString->MaximumLength = (USHORT)(SourceString != NULL ? length + 1 : 0);
    DestinationString->Buffer = (PCHAR)SourceString;
}
WDDMSHIM_KM_INLINE VOID RtlCopyUnicodeString(PUNICODE_STRING DestinationString, PCUNICODE_STRING SourceString) {
    if (SourceString == NULL) {
        DestinationString->Length = 0;
        return;
    }
    USHORT bytes = SourceString->Length < DestinationString->MaximumLength ? SourceString->Length
                                                                             : DestinationString->MaximumLength;
    memmove(DestinationString->Buffer, SourceString->Buffer, bytes);
    DestinationString->Length = bytes;
    if (bytes + sizeof(WCHAR) <= DestinationString->MaximumLength) {
        DestinationString->Buffer[bytes / sizeof(WCHAR)] = 0;
    }
}
WDDMSHIM_KM_INLINE BOOLEAN RtlEqualUnicodeString(PCUNICODE_STRING String1, PCUNICODE_STRING String2,
                                          BOOLEAN CaseInSensitive) {
    if (String1->Length != String2->Length) return FALSE;
    for (USHORT i = 0; i < String1->Length / sizeof(WCHAR); ++i) {
        WCHAR a = String1->Buffer[i], b = String2->Buffer[i];
        if (CaseInSensitive) {
            if (a >= 'a' && a <= 'z') a = (WCHAR)(a - 'a' + 'A');
            if (b >= 'a' && b <= 'z') b = (WCHAR)(b - 'a' + 'A');
        }
        if (a != b) return FALSE;
    }
    return TRUE;
}

/* ---- MDLs of the driver's own memory --------------------------------------------------------- */

NTKERNELAPI PMDL IoAllocateMdl(PVOID VirtualAddress, ULONG Length, BOOLEAN SecondaryBuffer, BOOLEAN ChargeQuota,
                               PIRP Irp);
NTKERNELAPI VOID IoFreeMdl(PMDL Mdl);
NTKERNELAPI VOID MmBuildMdlForNonPagedPool(PMDL MemoryDescriptorList);
NTKERNELAPI PVOID MmMapLockedPagesSpecifyCache(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode,
                                               MEMORY_CACHING_TYPE CacheType, PVOID RequestedAddress,
                                               ULONG BugCheckOnFailure, ULONG Priority);
NTKERNELAPI VOID MmUnmapLockedPages(PVOID BaseAddress, PMDL MemoryDescriptorList);
WDDMSHIM_KM_INLINE PVOID MmGetSystemAddressForMdlSafe(PMDL Mdl, ULONG Priority) {
    if (Mdl->MdlFlags & (MDL_MAPPED_TO_SYSTEM_VA | MDL_SOURCE_IS_NONPAGED_POOL)) return Mdl->MappedSystemVa;
    return MmMapLockedPagesSpecifyCache(Mdl, KernelMode, MmCached, NULL, FALSE, Priority);
}

/* ---- What a test host does not have ---------------------------------------------------------- */

typedef enum _KEY_VALUE_INFORMATION_CLASS {
    KeyValueBasicInformation,
    KeyValueFullInformation,
    KeyValuePartialInformation
} KEY_VALUE_INFORMATION_CLASS;
/* No registry here: every key is absent (STATUS_OBJECT_NAME_NOT_FOUND), journaled. */
NTSYSAPI NTSTATUS ZwOpenKey(PHANDLE KeyHandle, ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes);
NTSYSAPI NTSTATUS ZwQueryValueKey(HANDLE KeyHandle, PUNICODE_STRING ValueName,
                                  KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass, PVOID KeyValueInformation,
                                  ULONG Length, PULONG ResultLength);
NTKERNELAPI NTSTATUS IoOpenDeviceRegistryKey(struct _DEVICE_OBJECT *DeviceObject, ULONG DevInstKeyType,
                                             ACCESS_MASK DesiredAccess, PHANDLE DeviceRegKey);
#define PLUGPLAY_REGKEY_DEVICE 1
#define PLUGPLAY_REGKEY_DRIVER 2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE 4
/* No I/O ports: reads return all ones (a bus with nothing behind the port), writes are dropped. */
WDDMSHIM_KM_INLINE UCHAR READ_PORT_UCHAR(PUCHAR Port) { (void)Port; return 0xFF; }
WDDMSHIM_KM_INLINE USHORT READ_PORT_USHORT(PUSHORT Port) { (void)Port; return 0xFFFF; }
WDDMSHIM_KM_INLINE ULONG READ_PORT_ULONG(PULONG Port) { (void)Port; return 0xFFFFFFFFu; }
WDDMSHIM_KM_INLINE VOID WRITE_PORT_UCHAR(PUCHAR Port, UCHAR Value) { (void)Port; (void)Value; }
WDDMSHIM_KM_INLINE VOID WRITE_PORT_USHORT(PUSHORT Port, USHORT Value) { (void)Port; (void)Value; }
WDDMSHIM_KM_INLINE VOID WRITE_PORT_ULONG(PULONG Port, ULONG Value) { (void)Port; (void)Value; }
/* Register access to memory the driver owns (its "BAR" in a test is ordinary memory). */
WDDMSHIM_KM_INLINE UCHAR READ_REGISTER_UCHAR(volatile UCHAR *Register) { return *Register; }
WDDMSHIM_KM_INLINE USHORT READ_REGISTER_USHORT(volatile USHORT *Register) { return *Register; }
WDDMSHIM_KM_INLINE ULONG READ_REGISTER_ULONG(volatile ULONG *Register) { return *Register; }
WDDMSHIM_KM_INLINE VOID WRITE_REGISTER_UCHAR(volatile UCHAR *Register, UCHAR Value) { *Register = Value; }
WDDMSHIM_KM_INLINE VOID WRITE_REGISTER_USHORT(volatile USHORT *Register, USHORT Value) { *Register = Value; }
WDDMSHIM_KM_INLINE VOID WRITE_REGISTER_ULONG(volatile ULONG *Register, ULONG Value) { *Register = Value; }

/* ---- More status codes a kernel routine returns ---------------------------------------------- */

#ifndef STATUS_BUFFER_OVERFLOW
#define STATUS_BUFFER_OVERFLOW ((NTSTATUS)0x80000005L)
#endif
#ifndef STATUS_ALERTED
#define STATUS_ALERTED ((NTSTATUS)0x00000101L)
#endif
#ifndef STATUS_USER_APC
#define STATUS_USER_APC ((NTSTATUS)0x000000C0L)
#endif
#ifndef STATUS_ABANDONED
#define STATUS_ABANDONED ((NTSTATUS)0x00000080L)
#endif
#ifndef STATUS_WAIT_0
#define STATUS_WAIT_0 ((NTSTATUS)0x00000000L)
#endif
#ifndef STATUS_WAIT_1
#define STATUS_WAIT_1 ((NTSTATUS)0x00000001L)
#endif
#ifndef STATUS_WAIT_2
#define STATUS_WAIT_2 ((NTSTATUS)0x00000002L)
#endif
#ifndef STATUS_WAIT_3
#define STATUS_WAIT_3 ((NTSTATUS)0x00000003L)
#endif
#ifndef STATUS_WAIT_63
#define STATUS_WAIT_63 ((NTSTATUS)0x0000003FL)
#endif
#ifndef STATUS_SEMAPHORE_LIMIT_EXCEEDED
#define STATUS_SEMAPHORE_LIMIT_EXCEEDED ((NTSTATUS)0xC0000047L)
#endif
#ifndef STATUS_MORE_ENTRIES
#define STATUS_MORE_ENTRIES ((NTSTATUS)0x00000105L)
#endif
#ifndef STATUS_NO_MORE_ENTRIES
#define STATUS_NO_MORE_ENTRIES ((NTSTATUS)0x8000001AL)
#endif
#ifndef STATUS_ACCESS_VIOLATION
#define STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005L)
#endif
#ifndef STATUS_INFO_LENGTH_MISMATCH
#define STATUS_INFO_LENGTH_MISMATCH ((NTSTATUS)0xC0000004L)
#endif
#ifndef STATUS_ACCESS_DENIED
#define STATUS_ACCESS_DENIED ((NTSTATUS)0xC0000022L)
#endif
#ifndef STATUS_OBJECT_NAME_NOT_FOUND
#define STATUS_OBJECT_NAME_NOT_FOUND ((NTSTATUS)0xC0000034L)
#endif
#ifndef STATUS_INTEGER_OVERFLOW
#define STATUS_INTEGER_OVERFLOW ((NTSTATUS)0xC0000095L)
#endif
#ifndef STATUS_DEVICE_NOT_READY
#define STATUS_DEVICE_NOT_READY ((NTSTATUS)0xC00000A3L)
#endif
#ifndef STATUS_INTERNAL_ERROR
#define STATUS_INTERNAL_ERROR ((NTSTATUS)0xC00000E5L)
#endif
#ifndef STATUS_DEVICE_DOES_NOT_EXIST
#define STATUS_DEVICE_DOES_NOT_EXIST ((NTSTATUS)0xC00000C0L)
#endif
#ifndef STATUS_NOT_FOUND
#define STATUS_NOT_FOUND ((NTSTATUS)0xC0000225L)
#endif
#ifndef STATUS_ASSERTION_FAILURE
#define STATUS_ASSERTION_FAILURE ((NTSTATUS)0xC0000420L)
#endif
#ifndef STATUS_INVALID_DEVICE_STATE
#define STATUS_INVALID_DEVICE_STATE ((NTSTATUS)0xC0000184L)
#endif
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status) ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status) ((((ULONG)(Status)) >> 30) == 3)

/* ---- WPP software tracing -------------------------------------------------------------------- */

/* A driver's WPP calls build and do nothing: the .tmh file its build would generate with
 * tracewpp is replaced by an empty file of the same name (see README, "The kernel
 * environment"); the macros below are what the generated file would have given. */
#ifndef WPP_INIT_TRACING
#define WPP_INIT_TRACING(...) ((void)0)
#define WPP_CLEANUP(...) ((void)0)
#define WPP_CONTROL_GUIDS
#define WPP_DEFINE_CONTROL_GUID(...)
#define WPP_DEFINE_BIT(...)
#define WPP_LEVEL_ENABLED(...) 0
#define WPP_FLAG_ENABLED(...) 0
#define WPP_LEVEL_LOGGER(...) 0
#define WPP_FLAG_LOGGER(...) 0
#define DoTraceMessage(...) ((void)0)
#define DoTraceLevelMessage(...) ((void)0)
#define WPP_GLOBAL_Control ((PVOID)0)
#endif

#ifdef __cplusplus
} /* extern "C" */
#endif

#ifdef __cplusplus
/* The WDK's min/max macros as templates (a macro would break the standard library). */
#if !defined(NOMINMAX) && !defined(min) && !defined(max)
extern "C++" {
template <typename A, typename B> constexpr auto min(A a, B b) { return a < b ? a : b; }
template <typename A, typename B> constexpr auto max(A a, B b) { return a > b ? a : b; }
}
#endif
#endif

#endif /* !_WIN32 */
#endif /* WDDM_SHIM_KM_H */

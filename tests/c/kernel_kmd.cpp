// A KMD written as for Windows that gets the kernel environment wrong on purpose, and checks of
// the kernel routines' semantics. Built with -fshort-wchar -Wno-multichar (as any KMD source
// here) against include/km. Prints one "ok: ..." line per check and "kernel checks passed".
#include <ntddk.h>
#include <ntstrsafe.h>
#include <ntintsafe.h>
#include <dispmprt.h>
#include <wddm_shim.h>

#include <stdio.h>
#include <stdlib.h>
#include <string>

#define KMD_TAG 'tseT'    // "Test" in pool dumps
#define OTHER_TAG 'rhtO'  // "Othr"

static int g_failures = 0;
#define CHECK(cond)                                                           \
    do {                                                                      \
        if (cond) {                                                           \
            printf("ok: %s\n", #cond);                                        \
        } else {                                                              \
            printf("FAILED: %s (%s:%d)\n", #cond, __FILE__, __LINE__);        \
            ++g_failures;                                                     \
        }                                                                     \
    } while (0)

namespace {

struct Adapter {
    DXGKRNL_INTERFACE dxgk;
    PVOID leaked;
};

// Pageable, as `#pragma alloc_text(PAGE, ...)` would make it on Windows.
VOID PageableHelper() { PAGED_CODE(); }

NTSTATUS APIENTRY AddDevice(const PDEVICE_OBJECT, PVOID *context) {
    PAGED_CODE();
    Adapter *adapter = static_cast<Adapter *>(ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(Adapter), KMD_TAG));
    if (adapter == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    adapter->leaked = ExAllocatePool2(POOL_FLAG_PAGED, 100, KMD_TAG);  // never freed: the leak
    *context = adapter;
    return STATUS_SUCCESS;
}
NTSTATUS APIENTRY StartDevice(const PVOID context, PDXGK_START_INFO, PDXGKRNL_INTERFACE dxgk, PULONG sources,
                              PULONG children) {
    static_cast<Adapter *>(context)->dxgk = *dxgk;
    *sources = 1;
    *children = 1;
    return STATUS_SUCCESS;
}
NTSTATUS APIENTRY StopDevice(const PVOID) { return STATUS_SUCCESS; }
NTSTATUS APIENTRY RemoveDevice(const PVOID context) {
    ExFreePoolWithTag(context, OTHER_TAG);  // the wrong tag
    return STATUS_SUCCESS;
}
NTSTATUS APIENTRY QueryAdapterInfo(const HANDLE, const DXGKARG_QUERYADAPTERINFO *args) {
    if (args->Type == DXGKQAITYPE_DRIVERCAPS) {
        RtlZeroMemory(args->pOutputData, sizeof(DXGK_DRIVERCAPS));
        return STATUS_SUCCESS;
    }
    if (args->Type != DXGKQAITYPE_QUERYSEGMENT4) return STATUS_NOT_SUPPORTED;
    DXGK_QUERYSEGMENTOUT4 *out = static_cast<DXGK_QUERYSEGMENTOUT4 *>(args->pOutputData);
    if (out->pSegmentDescriptor != NULL) {
        DXGK_SEGMENTDESCRIPTOR4 *d = reinterpret_cast<DXGK_SEGMENTDESCRIPTOR4 *>(out->pSegmentDescriptor);
        RtlZeroMemory(d, sizeof(*d));
        d->Size = d->CommitLimit = 16u << 20;
    }
    out->NbSegment = 1;
    return STATUS_SUCCESS;
}
NTSTATUS APIENTRY CreateDevice(const HANDLE, DXGKARG_CREATEDEVICE *args) {
    args->hDevice = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, KMD_TAG);
    return STATUS_SUCCESS;
}
NTSTATUS APIENTRY DestroyDevice(const HANDLE device) {
    ExFreePoolWithTag(device, KMD_TAG);
    return STATUS_SUCCESS;
}

extern "C" NTSTATUS KernelKmdDriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING registry) {
    DRIVER_INITIALIZATION_DATA data;
    RtlZeroMemory(&data, sizeof(data));
    data.Version = DXGKDDI_INTERFACE_VERSION;
    data.DxgkDdiAddDevice = AddDevice;
    data.DxgkDdiStartDevice = StartDevice;
    data.DxgkDdiStopDevice = StopDevice;
    data.DxgkDdiRemoveDevice = RemoveDevice;
    data.DxgkDdiQueryAdapterInfo = QueryAdapterInfo;
    data.DxgkDdiCreateDevice = CreateDevice;
    data.DxgkDdiDestroyDevice = DestroyDevice;
    return DxgkInitialize(driver, registry, &data);
}

std::string Journal(WDDMSHIM_ADAPTER *adapter) {
    SIZE_T needed = 0;
    std::string text;
    HRESULT hr;
    do {  // the journal grows with every call, this one included: leave room
        text.assign(needed + 4096, '\0');
        hr = WddmShimGetJournal(adapter, 100000, &text[0], text.size(), &needed);
    } while (hr == S_FALSE);
    return SUCCEEDED(hr) ? std::string(text.c_str()) : std::string();
}
bool Has(const std::string &text, const char *needle) { return text.find(needle) != std::string::npos; }

// ---- semantics -------------------------------------------------------------------------------

KEVENT g_event;
VOID SetterThread(PVOID context) {
    LARGE_INTEGER delay;
    delay.QuadPart = -20 * 10000;  // 20 ms
    KeDelayExecutionThread(KernelMode, FALSE, &delay);
    KeSetEvent(static_cast<PKEVENT>(context), 0, FALSE);
#if !defined(__SANITIZE_ADDRESS__)
    // Ends the thread with pthread_exit, whose forced unwind AddressSanitizer's stack bookkeeping
    // mis-reports as a stack-buffer-underflow at thread exit (a false positive); under ASan the
    // routine returns instead, which ends a system thread too.
    PsTerminateSystemThread(STATUS_SUCCESS);
#endif
}

struct DpcState {
    KEVENT done;
    KIRQL irql;
    PVOID argument;
};
VOID DpcRoutine(PKDPC, PVOID context, PVOID argument1, PVOID) {
    DpcState *state = static_cast<DpcState *>(context);
    state->irql = KeGetCurrentIrql();
    state->argument = argument1;
    KeSetEvent(&state->done, 0, FALSE);
}

struct Item {
    ULONG value;
    LIST_ENTRY link;
};

void Semantics() {
    // IRQL and spin locks.
    CHECK(KeGetCurrentIrql() == PASSIVE_LEVEL);
    KSPIN_LOCK lock;
    KeInitializeSpinLock(&lock);
    KIRQL old;
    KeAcquireSpinLock(&lock, &old);
    CHECK(old == PASSIVE_LEVEL && KeGetCurrentIrql() == DISPATCH_LEVEL);
    CHECK(lock != 0);
    KeReleaseSpinLock(&lock, old);
    CHECK(KeGetCurrentIrql() == PASSIVE_LEVEL && lock == 0);
    KIRQL raised;
    KeRaiseIrql(DISPATCH_LEVEL, &raised);
    CHECK(raised == PASSIVE_LEVEL && KeGetCurrentIrql() == DISPATCH_LEVEL);
    KeLowerIrql(raised);
    CHECK(KeGetCurrentIrql() == PASSIVE_LEVEL);

    // Events, a system thread, waits with timeouts.
    KeInitializeEvent(&g_event, SynchronizationEvent, FALSE);
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    CHECK(KeWaitForSingleObject(&g_event, Executive, KernelMode, FALSE, &zero) == STATUS_TIMEOUT);
    HANDLE thread = NULL;
    CHECK(NT_SUCCESS(PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, SetterThread, &g_event)));
    CHECK(KeWaitForSingleObject(&g_event, Executive, KernelMode, FALSE, NULL) == STATUS_SUCCESS);
    CHECK(KeReadStateEvent(&g_event) == 0);  // a synchronization event resets when a wait is satisfied
    PVOID object = NULL;
    CHECK(NT_SUCCESS(ObReferenceObjectByHandle(thread, SYNCHRONIZE, NULL, KernelMode, &object, NULL)));
    CHECK(NT_SUCCESS(ZwClose(thread)));
    CHECK(KeWaitForSingleObject(object, Executive, KernelMode, FALSE, NULL) == STATUS_SUCCESS);
    ObDereferenceObject(object);
    CHECK(PsTerminateSystemThread(STATUS_SUCCESS) == STATUS_INVALID_PARAMETER);  // not a system thread
    KEVENT notification;
    KeInitializeEvent(&notification, NotificationEvent, TRUE);
    CHECK(KeWaitForSingleObject(&notification, Executive, KernelMode, FALSE, &zero) == STATUS_SUCCESS);
    CHECK(KeReadStateEvent(&notification) == 1);
    CHECK(KeResetEvent(&notification) == 1);

    // Mutexes.
    KMUTEX mutex;
    KeInitializeMutex(&mutex, 0);
    CHECK(KeWaitForSingleObject(&mutex, Executive, KernelMode, FALSE, NULL) == STATUS_SUCCESS);
    CHECK(KeWaitForSingleObject(&mutex, Executive, KernelMode, FALSE, NULL) == STATUS_SUCCESS);  // recursive
    KeReleaseMutex(&mutex, FALSE);
    KeReleaseMutex(&mutex, FALSE);
    CHECK(mutex.Header.SignalState == 1);
    FAST_MUTEX fast;
    ExInitializeFastMutex(&fast);
    ExAcquireFastMutex(&fast);
    CHECK(KeGetCurrentIrql() == APC_LEVEL);
    ExReleaseFastMutex(&fast);
    CHECK(KeGetCurrentIrql() == PASSIVE_LEVEL);

    // DPCs run at DISPATCH_LEVEL with their arguments.
    DpcState state;
    KeInitializeEvent(&state.done, NotificationEvent, FALSE);
    state.irql = PASSIVE_LEVEL;
    KDPC dpc;
    KeInitializeDpc(&dpc, DpcRoutine, &state);
    CHECK(KeInsertQueueDpc(&dpc, &state, NULL));
    CHECK(KeWaitForSingleObject(&state.done, Executive, KernelMode, FALSE, NULL) == STATUS_SUCCESS);
    CHECK(state.irql == DISPATCH_LEVEL && state.argument == &state);
    KeFlushQueuedDpcs();

    // Time.
    LARGE_INTEGER now, frequency;
    KeQuerySystemTime(&now);
    CHECK(now.QuadPart > 132223104000000000LL);  // after 2020-01-01 in 100 ns since 1601
    LARGE_INTEGER before = KeQueryPerformanceCounter(&frequency);
    KeStallExecutionProcessor(100);
    LARGE_INTEGER after = KeQueryPerformanceCounter(NULL);
    CHECK(frequency.QuadPart == 10000000 && after.QuadPart - before.QuadPart >= 1000);

    // Pool contents.
    UCHAR *zeroed = static_cast<UCHAR *>(ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, KMD_TAG));
    CHECK(zeroed != NULL && zeroed[0] == 0 && zeroed[63] == 0);
    ExFreePoolWithTag(zeroed, KMD_TAG);
    CHECK(ExAllocatePool2(POOL_FLAG_PAGED | POOL_FLAG_NON_PAGED, 8, KMD_TAG) == NULL);

    // Strings: truncation is STATUS_BUFFER_OVERFLOW with a terminated, truncated result.
    char small[6];
    CHECK(RtlStringCbCopyA(small, sizeof small, "hello world") == STATUS_BUFFER_OVERFLOW);
    CHECK(strcmp(small, "hello") == 0);
    CHECK(RtlStringCbCopyA(small, sizeof small, "hi") == STATUS_SUCCESS && strcmp(small, "hi") == 0);
    CHECK(RtlStringCbCatA(small, sizeof small, "there") == STATUS_BUFFER_OVERFLOW && strcmp(small, "hithe") == 0);
    CHECK(RtlStringCbCopyA(small, 0, "x") == STATUS_INVALID_PARAMETER);
    CHECK(RtlStringCbPrintfA(small, sizeof small, "%d-%d", 1234, 5678) == STATUS_BUFFER_OVERFLOW);
    CHECK(strcmp(small, "1234-") == 0);
    size_t length = 0;
    CHECK(RtlStringCchLengthA("abc", 10, &length) == STATUS_SUCCESS && length == 3);
    CHECK(RtlStringCchLengthA("abc", 3, &length) == STATUS_INVALID_PARAMETER);
    WCHAR wide[4];
    CHECK(RtlStringCchCopyW(wide, 4, L"abcdef") == STATUS_BUFFER_OVERFLOW && wide[3] == 0 && wide[2] == L'c');

    // Overflow-checked arithmetic.
    ULONG sum = 0;
    CHECK(RtlULongAdd(1, 2, &sum) == STATUS_SUCCESS && sum == 3);
    CHECK(RtlULongAdd(0xFFFFFFFFu, 1, &sum) == STATUS_INTEGER_OVERFLOW && sum == ULONG_ERROR);
    SIZE_T product = 0;
    CHECK(RtlSizeTMult((SIZE_T)1 << 40, (SIZE_T)1 << 30, &product) == STATUS_INTEGER_OVERFLOW);
    ULONG narrow = 0;
    CHECK(RtlULongLongToULong(0x100000000ull, &narrow) == STATUS_INTEGER_OVERFLOW && narrow == ULONG_ERROR);

    // Lists.
    LIST_ENTRY head;
    InitializeListHead(&head);
    CHECK(IsListEmpty(&head));
    Item a = {1, {NULL, NULL}}, b = {2, {NULL, NULL}}, c = {3, {NULL, NULL}};
    InsertTailList(&head, &a.link);
    InsertTailList(&head, &b.link);
    InsertHeadList(&head, &c.link);
    CHECK(CONTAINING_RECORD(head.Flink, Item, link)->value == 3);
    CHECK(CONTAINING_RECORD(RemoveTailList(&head), Item, link)->value == 2);
    CHECK(!RemoveEntryList(&c.link));
    CHECK(CONTAINING_RECORD(RemoveHeadList(&head), Item, link)->value == 1 && IsListEmpty(&head));
    CHECK(FIELD_OFFSET(Item, link) == 8);

    // Unicode strings.
    DECLARE_CONST_UNICODE_STRING(name, L"Display");
    CHECK(name.Length == 14 && name.MaximumLength == 16 && name.Buffer[0] == L'D');
    UNICODE_STRING other;
    RtlInitUnicodeString(&other, L"Display");
    CHECK(other.Length == 14 && other.MaximumLength == 16);
    CHECK(RtlEqualUnicodeString(&name, &other, FALSE));
    RtlInitUnicodeString(&other, L"DISPLAY");
    CHECK(!RtlEqualUnicodeString(&name, &other, FALSE) && RtlEqualUnicodeString(&name, &other, TRUE));

    // MDLs of our own memory.
    PVOID buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 10000, KMD_TAG);
    PMDL mdl = IoAllocateMdl(buffer, 10000, FALSE, FALSE, NULL);
    CHECK(mdl != NULL && MmGetMdlByteCount(mdl) == 10000 && MmGetMdlVirtualAddress(mdl) == buffer);
    MmBuildMdlForNonPagedPool(mdl);
    CHECK(MmGetSystemAddressForMdlSafe(mdl, NormalPagePriority) == buffer);
    IoFreeMdl(mdl);
    ExFreePoolWithTag(buffer, KMD_TAG);

    // What a test host does not have answers as an absent thing does on Windows.
    HANDLE key = (HANDLE)1;
    OBJECT_ATTRIBUTES attributes;
    InitializeObjectAttributes(&attributes, &other, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    CHECK(ZwOpenKey(&key, KEY_READ, &attributes) == STATUS_OBJECT_NAME_NOT_FOUND && key == NULL);
    CHECK(READ_PORT_UCHAR((PUCHAR)0x3C0) == 0xFF);
}

}  // namespace

int main() {
    WDDMSHIM_PROCESS_STATS before = {};
    WddmShimQueryProcessStats(&before);
    Semantics();
    WDDMSHIM_PROCESS_STATS clean = {};
    WddmShimQueryProcessStats(&clean);
    CHECK(clean.KernelErrors == before.KernelErrors);  // correct use reports nothing

    WDDMSHIM_ADAPTER_DESC desc = {};
    desc.Version = WDDMSHIM_DESC_VERSION;
    desc.pfnDriverEntry = KernelKmdDriverEntry;
    WDDMSHIM_ADAPTER *adapter = NULL;
    CHECK(WddmShimCreateAdapter(&desc, &adapter) == S_OK);

    // A PAGED_CODE() routine called at DISPATCH_LEVEL, and a failed NT_ASSERT, during the
    // adapter's work (the journal tags them with it).
    WDDMSHIM_ADAPTER_STATS stats = {};
    WddmShimQueryAdapterStats(adapter, &stats);
    CHECK(stats.LivePoolBlocks == 2 && stats.KernelErrors == 0);
    HANDLE device = NULL;
    D3DDDI_DEVICECALLBACKS callbacks = {};
    CHECK(WddmShimCreateDevice(adapter, NULL, &device, &callbacks) == S_OK);
    CHECK(WddmShimDestroyDevice(device) == S_OK);

    KIRQL old;
    KeRaiseIrql(DISPATCH_LEVEL, &old);
    PageableHelper();
    KeLowerIrql(old);
    NT_ASSERT(1 + 1 == 3);
    DECLARE_CONST_UNICODE_STRING(adapter_name, L"Adapter");
    DbgPrintEx(DPFLTR_IHVVIDEO_ID, DPFLTR_ERROR_LEVEL, "kernel_kmd: %s %d %wZ %ws %I64u\n", "value", 42, &adapter_name,
               L"wide", 1ull << 40);

    std::string journal = Journal(NULL);
    CHECK(Has(journal, "PAGED_CODE -> error: pageable routine PageableHelper"));
    CHECK(Has(journal, "called at IRQL 2 (DISPATCH_LEVEL)"));
    CHECK(Has(journal, "NT_ASSERT -> error: assertion failed: 1 + 1 == 3"));
    CHECK(Has(journal, "DbgPrintEx -> [component 78, ERROR] kernel_kmd: value 42 Adapter wide 1099511627776"));

    WddmShimDestroyAdapter(adapter);
    journal = Journal(NULL);
    CHECK(Has(journal, "ExFreePoolWithTag -> error: block 0x"));
    CHECK(Has(journal, "freed with tag 'Othr' (0x7268744f) but allocated with tag 'Test' (0x74736554)"));
    CHECK(Has(journal, "leak report -> error: pool block 0x"));
    CHECK(Has(journal, "of 100 bytes, tag 'Test' (0x74736554), from ExAllocatePool2"));
    WDDMSHIM_PROCESS_STATS after = {};
    WddmShimQueryProcessStats(&after);
    CHECK(after.PoolBlocksLeakedAtAdapterDestroy == before.PoolBlocksLeakedAtAdapterDestroy + 1);
    CHECK(after.KernelErrors == before.KernelErrors + 3);  // PAGED_CODE, NT_ASSERT, wrong tag

    if (g_failures != 0) {
        printf("%d kernel checks FAILED\n", g_failures);
        return 1;
    }
    printf("kernel checks passed\n");
    return 0;
}

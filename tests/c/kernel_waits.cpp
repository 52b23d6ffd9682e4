// Waits on several objects, semaphores, timers and DbgPrint's Windows conversions, as a KMD
// written for Windows uses them, with the misuses Windows bug-checks on reported. Built with
// -fshort-wchar -Wno-multichar against include/km. Prints one "ok: ..." line per check and
// "wait checks passed". Timing is never asserted beyond "it eventually happened": every wait
// that should succeed has a generous timeout and its status is checked.
#include <ntddk.h>
#include <dispmprt.h>
#include <wddm_shim.h>

#include <stdio.h>
#include <string>

#define KMD_TAG 'tiaW'  // "Wait" in pool dumps

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

std::string Journal() {
    SIZE_T needed = 0;
    std::string text;
    HRESULT hr;
    do {  // the journal grows with every call, this one included: leave room
        text.assign(needed + 4096, '\0');
        hr = WddmShimGetJournal(NULL, 100000, &text[0], text.size(), &needed);
    } while (hr == S_FALSE);
    return SUCCEEDED(hr) ? std::string(text.c_str()) : std::string();
}
bool Has(const std::string &text, const char *needle) { return text.find(needle) != std::string::npos; }

UINT KernelErrors() {
    WDDMSHIM_PROCESS_STATS stats = {};
    WddmShimQueryProcessStats(&stats);
    return stats.KernelErrors;
}

LARGE_INTEGER Relative(LONGLONG milliseconds) {
    LARGE_INTEGER time;
    time.QuadPart = -milliseconds * 10000;
    return time;
}

// ---- KeWaitForMultipleObjects and semaphores -------------------------------------------------

KEVENT g_late[2];
VOID LateSetter(PVOID) {
    LARGE_INTEGER delay = Relative(20);
    KeDelayExecutionThread(KernelMode, FALSE, &delay);
    KeSetEvent(&g_late[0], 0, FALSE);
    KeDelayExecutionThread(KernelMode, FALSE, &delay);
    KeSetEvent(&g_late[1], 0, FALSE);
}

void Waits() {
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    LARGE_INTEGER generous = Relative(10000);

    // WaitAny: the index of the signalled object, the lowest one when several are.
    KEVENT events[3];
    for (KEVENT &event : events) KeInitializeEvent(&event, SynchronizationEvent, FALSE);
    PVOID any[3] = {&events[0], &events[1], &events[2]};
    CHECK(KeWaitForMultipleObjects(3, any, WaitAny, Executive, KernelMode, FALSE, &zero, NULL) == STATUS_TIMEOUT);
    KeSetEvent(&events[2], 0, FALSE);
    CHECK(KeWaitForMultipleObjects(3, any, WaitAny, Executive, KernelMode, FALSE, &zero, NULL) == STATUS_WAIT_2);
    CHECK(KeReadStateEvent(&events[2]) == 0);  // a synchronization event is taken by the wait
    KeSetEvent(&events[1], 0, FALSE);
    KeSetEvent(&events[2], 0, FALSE);
    CHECK(KeWaitForMultipleObjects(3, any, WaitAny, Executive, KernelMode, FALSE, &zero, NULL) == STATUS_WAIT_1);
    CHECK(KeReadStateEvent(&events[1]) == 0 && KeReadStateEvent(&events[2]) == 1);  // only the one taken
    CHECK(KeWaitForMultipleObjects(3, any, WaitAny, Executive, KernelMode, FALSE, &zero, NULL) == STATUS_WAIT_2);

    // A relative timeout passes.
    LARGE_INTEGER short_wait = Relative(10);
    CHECK(KeWaitForMultipleObjects(3, any, WaitAny, Executive, KernelMode, FALSE, &short_wait, NULL) ==
          STATUS_TIMEOUT);

    // WaitAll: satisfied only when every object is, and then all are taken at once.
    KSEMAPHORE semaphore;
    KeInitializeSemaphore(&semaphore, 1, 4);
    KMUTEX mutex;
    KeInitializeMutex(&mutex, 0);
    PVOID all[4] = {&events[0], &events[1], &semaphore, &mutex};
    KeSetEvent(&events[0], 0, FALSE);
    KWAIT_BLOCK blocks[4];
    CHECK(KeWaitForMultipleObjects(4, all, WaitAll, Executive, KernelMode, FALSE, &zero, blocks) == STATUS_TIMEOUT);
    CHECK(KeReadStateEvent(&events[0]) == 1);  // nothing taken while one object is not signalled
    CHECK(KeReadStateSemaphore(&semaphore) == 1 && mutex.Header.SignalState == 1);
    KeSetEvent(&events[1], 0, FALSE);
    CHECK(KeWaitForMultipleObjects(4, all, WaitAll, Executive, KernelMode, FALSE, &zero, blocks) == STATUS_WAIT_0);
    CHECK(KeReadStateEvent(&events[0]) == 0 && KeReadStateEvent(&events[1]) == 0);
    CHECK(KeReadStateSemaphore(&semaphore) == 0);
    CHECK(mutex.Header.SignalState == 0);  // owned by this thread now
    CHECK(KeReleaseMutex(&mutex, FALSE) == 0 && mutex.Header.SignalState == 1);

    // WaitAll blocks until the last object is signalled by another thread.
    KeInitializeEvent(&g_late[0], NotificationEvent, FALSE);
    KeInitializeEvent(&g_late[1], SynchronizationEvent, FALSE);
    PVOID late[2] = {&g_late[0], &g_late[1]};
    HANDLE thread = NULL;
    CHECK(NT_SUCCESS(PsCreateSystemThread(&thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, LateSetter, NULL)));
    CHECK(KeWaitForMultipleObjects(2, late, WaitAll, Executive, KernelMode, FALSE, &generous, NULL) == STATUS_WAIT_0);
    CHECK(KeReadStateEvent(&g_late[0]) == 1 && KeReadStateEvent(&g_late[1]) == 0);
    PVOID object = NULL;
    CHECK(NT_SUCCESS(ObReferenceObjectByHandle(thread, SYNCHRONIZE, NULL, KernelMode, &object, NULL)));
    ZwClose(thread);
    PVOID thread_or_event[2] = {&events[0], object};
    CHECK(KeWaitForMultipleObjects(2, thread_or_event, WaitAny, Executive, KernelMode, FALSE, &generous, NULL) ==
          STATUS_WAIT_1);
    ObDereferenceObject(object);

    // Semaphores: the count, its limit, a wait taking one each.
    KSEMAPHORE counted;
    KeInitializeSemaphore(&counted, 0, 2);
    CHECK(counted.Header.Type == 5 && counted.Limit == 2 && KeReadStateSemaphore(&counted) == 0);
    CHECK(KeWaitForSingleObject(&counted, Executive, KernelMode, FALSE, &zero) == STATUS_TIMEOUT);
    CHECK(KeReleaseSemaphore(&counted, 0, 1, FALSE) == 0);
    CHECK(KeReleaseSemaphore(&counted, 0, 1, FALSE) == 1);
    CHECK(KeReadStateSemaphore(&counted) == 2);
    CHECK(KeWaitForSingleObject(&counted, Executive, KernelMode, FALSE, &zero) == STATUS_SUCCESS);
    CHECK(KeWaitForSingleObject(&counted, Executive, KernelMode, FALSE, &zero) == STATUS_SUCCESS);
    CHECK(KeWaitForSingleObject(&counted, Executive, KernelMode, FALSE, &zero) == STATUS_TIMEOUT);
    CHECK(KeReleaseSemaphore(&counted, 0, 2, FALSE) == 0 && KeReadStateSemaphore(&counted) == 2);
}

// ---- Timers ----------------------------------------------------------------------------------

struct TimerState {
    KEVENT fired;
    volatile LONG runs;
    KIRQL irql;
};
VOID TimerDpc(PKDPC, PVOID context, PVOID, PVOID) {
    TimerState *state = static_cast<TimerState *>(context);
    state->irql = KeGetCurrentIrql();
    InterlockedIncrement(&state->runs);
    KeSetEvent(&state->fired, 0, FALSE);
}
void InitState(TimerState *state) {
    KeInitializeEvent(&state->fired, SynchronizationEvent, FALSE);
    state->runs = 0;
    state->irql = PASSIVE_LEVEL;
}

void Timers() {
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    LARGE_INTEGER generous = Relative(10000);

    // A relative one-shot timer: signalled after its due time, its DPC run at DISPATCH_LEVEL.
    TimerState once;
    InitState(&once);
    KDPC once_dpc;
    KeInitializeDpc(&once_dpc, TimerDpc, &once);
    KTIMER timer;
    KeInitializeTimerEx(&timer, NotificationTimer);
    CHECK(timer.Header.Type == 8 && !KeReadStateTimer(&timer));
    CHECK(KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, &zero) == STATUS_TIMEOUT);
    CHECK(!KeSetTimerEx(&timer, Relative(10), 0, &once_dpc));
    CHECK(KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, &generous) == STATUS_SUCCESS);
    CHECK(KeWaitForSingleObject(&once.fired, Executive, KernelMode, FALSE, &generous) == STATUS_SUCCESS);
    CHECK(once.runs == 1 && once.irql == DISPATCH_LEVEL);
    CHECK(KeReadStateTimer(&timer));  // a notification timer stays signalled
    CHECK(KeWaitForSingleObject(&timer, Executive, KernelMode, FALSE, &zero) == STATUS_SUCCESS);
    CHECK(!KeCancelTimer(&timer));  // it expired: no longer set

    // An absolute due time, KeSetTimer without a DPC, waited on among other objects.
    KEVENT never;
    KeInitializeEvent(&never, NotificationEvent, FALSE);
    KeInitializeTimer(&timer);
    LARGE_INTEGER absolute;
    KeQuerySystemTime(&absolute);
    absolute.QuadPart += 10 * 10000;
    CHECK(!KeSetTimer(&timer, absolute, NULL));
    PVOID either[2] = {&never, &timer};
    CHECK(KeWaitForMultipleObjects(2, either, WaitAny, Executive, KernelMode, FALSE, &generous, NULL) == STATUS_WAIT_1);

    // A periodic synchronization timer fires more than once; each wait takes the signal.
    TimerState periodic;
    InitState(&periodic);
    KDPC periodic_dpc;
    KeInitializeDpc(&periodic_dpc, TimerDpc, &periodic);
    KTIMER ticker;
    KeInitializeTimerEx(&ticker, SynchronizationTimer);
    CHECK(ticker.Header.Type == 9);
    CHECK(!KeSetTimerEx(&ticker, Relative(5), 5, &periodic_dpc));
    CHECK(KeWaitForSingleObject(&ticker, Executive, KernelMode, FALSE, &generous) == STATUS_SUCCESS);
    CHECK(KeWaitForSingleObject(&ticker, Executive, KernelMode, FALSE, &generous) == STATUS_SUCCESS);
    CHECK(KeWaitForSingleObject(&periodic.fired, Executive, KernelMode, FALSE, &generous) == STATUS_SUCCESS);
    while (periodic.runs < 2) {
        CHECK(KeWaitForSingleObject(&periodic.fired, Executive, KernelMode, FALSE, &generous) == STATUS_SUCCESS);
    }
    CHECK(periodic.runs >= 2);
    CHECK(KeCancelTimer(&ticker));  // periodic: still set until cancelled
    CHECK(!KeCancelTimer(&ticker));
    KeFlushQueuedDpcs();

    // Cancelled before it is due: TRUE, and its DPC never runs.
    TimerState cancelled;
    InitState(&cancelled);
    KDPC cancelled_dpc;
    KeInitializeDpc(&cancelled_dpc, TimerDpc, &cancelled);
    KeInitializeTimer(&timer);
    CHECK(!KeSetTimerEx(&timer, Relative(2000), 0, &cancelled_dpc));
    CHECK(KeSetTimerEx(&timer, Relative(1000), 0, &cancelled_dpc));  // set again: it was set
    CHECK(KeCancelTimer(&timer));
    LARGE_INTEGER past_due = Relative(1200);  // past the due time it had
    KeDelayExecutionThread(KernelMode, FALSE, &past_due);
    KeFlushQueuedDpcs();
    CHECK(cancelled.runs == 0 && !KeReadStateTimer(&timer));

    // Pool holding a set timer freed: reported (TIMER_OR_DPC_INVALID on Windows), cancelled.
    UINT errors = KernelErrors();
    PKTIMER pooled = static_cast<PKTIMER>(ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(KTIMER), KMD_TAG));
    KeInitializeTimer(pooled);
    KeSetTimer(pooled, Relative(60000), NULL);
    ExFreePoolWithTag(pooled, KMD_TAG);
    CHECK(KernelErrors() == errors + 1);
    CHECK(Has(Journal(), "freed while the timer 0x"));
}

void Semaphore_over_limit_and_too_many_objects() {
    UINT errors = KernelErrors();
    KSEMAPHORE semaphore;
    KeInitializeSemaphore(&semaphore, 1, 1);
    CHECK(KeReleaseSemaphore(&semaphore, 0, 1, FALSE) == 1);  // over the limit: reported
    CHECK(KeReadStateSemaphore(&semaphore) == 1);              // and unchanged
    KEVENT events[4];
    PVOID objects[4];
    for (int i = 0; i < 4; ++i) {
        KeInitializeEvent(&events[i], NotificationEvent, TRUE);
        objects[i] = &events[i];
    }
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    CHECK(KeWaitForMultipleObjects(4, objects, WaitAny, Executive, KernelMode, FALSE, &zero, NULL) ==
          STATUS_INVALID_PARAMETER);
    CHECK(KernelErrors() == errors + 2);
    std::string journal = Journal();
    CHECK(Has(journal, "KeReleaseSemaphore -> error: semaphore 0x"));
    CHECK(Has(journal, "(STATUS_SEMAPHORE_LIMIT_EXCEEDED is raised on Windows)"));
    CHECK(Has(journal, "KeWaitForMultipleObjects -> error: Count 4 is above THREAD_WAIT_OBJECTS (3) and WaitBlockArray is NULL"));
}

// ---- DbgPrint's Windows conversions ----------------------------------------------------------

void Printing() {
    DECLARE_CONST_UNICODE_STRING(name, L"Display\u00e9");
    ANSI_STRING ansi;
    RtlInitAnsiString(&ansi, "narrow");
    DbgPrint("kernel_waits: %wZ, %Z, %ws, %S, %wc, %I64x, %Id, %s, %5.2f|%-3d|\n", &name, &ansi, L"wide", L"cap", L'W',
             0x123456789ull, (SIZE_T)77, "plain", 2.5, 7);
    DbgPrintEx(DPFLTR_IHVVIDEO_ID, DPFLTR_TRACE_LEVEL, "kernel_waits: [%wZ] [%.4wZ]\n", (PUNICODE_STRING)NULL, &name);
    std::string journal = Journal();
    CHECK(Has(journal,
              "DbgPrintEx -> [component 101, INFO] kernel_waits: Display\xc3\xa9, narrow, wide, cap, W, 123456789, 77, "
              "plain,  2.50|7  |"));
    CHECK(Has(journal, "DbgPrintEx -> [component 78, TRACE] kernel_waits: [(null)] [Disp]"));
}

// ---- A timer left set when the adapter is destroyed -------------------------------------------

KTIMER g_forgotten;  // set in AddDevice, never cancelled

NTSTATUS APIENTRY AddDevice(const PDEVICE_OBJECT, PVOID *context) {
    *context = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, KMD_TAG);
    KeInitializeTimerEx(&g_forgotten, NotificationTimer);
    KeSetTimerEx(&g_forgotten, Relative(60000), 1000, NULL);
    return *context != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}
NTSTATUS APIENTRY StartDevice(const PVOID, PDXGK_START_INFO, PDXGKRNL_INTERFACE, PULONG sources, PULONG children) {
    *sources = 1;
    *children = 1;
    return STATUS_SUCCESS;
}
NTSTATUS APIENTRY StopDevice(const PVOID) { return STATUS_SUCCESS; }
NTSTATUS APIENTRY RemoveDevice(const PVOID context) {
    ExFreePoolWithTag(context, KMD_TAG);
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

extern "C" NTSTATUS WaitsKmdDriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING registry) {
    DRIVER_INITIALIZATION_DATA data;
    RtlZeroMemory(&data, sizeof(data));
    data.Version = DXGKDDI_INTERFACE_VERSION;
    data.DxgkDdiAddDevice = AddDevice;
    data.DxgkDdiStartDevice = StartDevice;
    data.DxgkDdiStopDevice = StopDevice;
    data.DxgkDdiRemoveDevice = RemoveDevice;
    data.DxgkDdiQueryAdapterInfo = QueryAdapterInfo;
    return DxgkInitialize(driver, registry, &data);
}

void TimerLeftSetAtTeardown() {
    WDDMSHIM_ADAPTER_DESC desc = {};
    desc.Version = WDDMSHIM_DESC_VERSION;
    desc.pfnDriverEntry = WaitsKmdDriverEntry;
    WDDMSHIM_ADAPTER *adapter = NULL;
    CHECK(WddmShimCreateAdapter(&desc, &adapter) == S_OK);
    UINT errors = KernelErrors();
    WddmShimDestroyAdapter(adapter);
    CHECK(KernelErrors() == errors + 1);
    CHECK(Has(Journal(), "leak report -> error: periodic timer 0x"));
    CHECK(!KeCancelTimer(&g_forgotten));  // the report cancelled it
}

}  // namespace

int main() {
    UINT before = KernelErrors();
    Waits();
    Timers();  // one error on purpose: the pool block freed with a set timer in it
    Printing();
    CHECK(KernelErrors() == before + 1);  // correct use reports nothing else
    Semaphore_over_limit_and_too_many_objects();
    TimerLeftSetAtTeardown();
    if (g_failures != 0) {
        printf("%d wait checks FAILED\n", g_failures);
        return 1;
    }
    printf("wait checks passed\n");
    return 0;
}

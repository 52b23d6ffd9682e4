/*
 * WppRecorder.h: the WPP Inflight Trace Recorder a driver may log to. Off Windows there is no
 * ETW: the recorder calls build and succeed, and nothing is recorded (DbgPrintEx goes to the
 * journal instead). Part of wddm-shim; not Microsoft's header.
 */
#ifndef WDDM_SHIM_WPPRECORDER_H
#define WDDM_SHIM_WPPRECORDER_H
#include "wddm_shim_km.h"

typedef struct _WPP_RECORDER_LOG_OPAQUE *RECORDER_LOG, **PRECORDER_LOG;
typedef struct _RECORDER_LOG_CREATE_PARAMS {
    ULONG Size;
    ULONG LogSize;
    CHAR LogIdentifier[16];
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;
typedef struct _RECORDER_CONFIGURE_PARAMS {
    ULONG Size;
    BOOLEAN CreateDefaultLog;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

#define RECORDER_LOG_CREATE_PARAMS_INIT(p, name) \
    do { memset((p), 0, sizeof(*(p))); (p)->Size = sizeof(*(p)); (void)(name); } while (0)
#define RECORDER_CONFIGURE_PARAMS_INIT(p) \
    do { memset((p), 0, sizeof(*(p))); (p)->Size = sizeof(*(p)); (p)->CreateDefaultLog = TRUE; } while (0)

WDDMSHIM_KM_INLINE NTSTATUS WppRecorderLogCreate(PRECORDER_LOG_CREATE_PARAMS CreateParams, RECORDER_LOG *RecorderLog) {
    (void)CreateParams;
    *RecorderLog = NULL;
    return STATUS_SUCCESS;
}
WDDMSHIM_KM_INLINE VOID WppRecorderLogDelete(RECORDER_LOG RecorderLog) { (void)RecorderLog; }
WDDMSHIM_KM_INLINE NTSTATUS WppRecorderLogSetIdentifier(RECORDER_LOG RecorderLog, PCSTR LogIdentifier) {
    (void)RecorderLog;
    (void)LogIdentifier;
    return STATUS_SUCCESS;
}
WDDMSHIM_KM_INLINE RECORDER_LOG WppRecorderLogGetDefault(VOID) { return NULL; }
WDDMSHIM_KM_INLINE BOOLEAN WppRecorderIsDefaultLogAvailable(VOID) { return FALSE; }
WDDMSHIM_KM_INLINE VOID WppRecorderConfigure(PRECORDER_CONFIGURE_PARAMS ConfigureParams) { (void)ConfigureParams; }
#endif

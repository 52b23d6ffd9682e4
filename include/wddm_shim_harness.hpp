// wddm_shim_harness.hpp: a small header-only C++ layer over the wddm-shim C API for driver unit
// tests. RAII adapters and devices, fault injection, device removal, and questions about video
// memory and the journal. It throws nothing (it builds with -fno-exceptions): constructors
// record their HRESULT in status(), every other call returns one.
#ifndef WDDM_SHIM_HARNESS_HPP
#define WDDM_SHIM_HARNESS_HPP

#include <string>
#include <utility>
#include <vector>

#include "wddm_shim.h"

namespace wddmshim {

// An adapter: the default one (built-in reference KMD), or one described by `desc`. Destroying
// it destroys the devices still alive (reported in the journal as leaks).
class Adapter {
public:
    explicit Adapter(const WDDMSHIM_ADAPTER_DESC *desc = NULL) : status_(WddmShimCreateAdapter(desc, &adapter_)) {}
    // An adapter whose KMD registers through `driver_entry` (which calls DxgkInitialize).
    explicit Adapter(NTSTATUS (*driver_entry)(struct _DRIVER_OBJECT *, struct _UNICODE_STRING *)) {
        WDDMSHIM_ADAPTER_DESC desc = {};
        desc.Version = WDDMSHIM_DESC_VERSION;
        desc.pfnDriverEntry = driver_entry;
        status_ = WddmShimCreateAdapter(&desc, &adapter_);
    }
    ~Adapter() {
        if (adapter_ != NULL) WddmShimDestroyAdapter(adapter_);
    }
    Adapter(const Adapter &) = delete;
    Adapter &operator=(const Adapter &) = delete;
    Adapter(Adapter &&other) noexcept : adapter_(std::exchange(other.adapter_, nullptr)), status_(other.status_) {}

    HRESULT status() const { return status_; }
    WDDMSHIM_ADAPTER *get() const { return adapter_; }

    // Makes the `nth` call (1-based) of `entry_point` (a callback such as "pfnAllocateCb", or a
    // DDI such as "DxgkDdiCreateAllocation") fail with `code`; every call from the nth on with
    // `repeat`; only on `device` when it is not NULL.
    HRESULT InjectFault(const char *entry_point, UINT nth, INT code, bool repeat = false, HANDLE device = NULL) const {
        WDDMSHIM_FAULT fault = {};
        fault.Version = WDDMSHIM_DESC_VERSION;
        fault.pEntryPoint = entry_point;
        fault.hDevice = device;
        fault.Nth = nth;
        fault.Repeat = repeat ? TRUE : FALSE;
        fault.Code = code;
        return WddmShimInjectFault(adapter_, &fault);
    }
    HRESULT ClearFaults() const { return WddmShimClearFaults(adapter_); }

    // Simulates a TDR (or, with WDDMSHIM_REMOVAL_PNP_STOP, a PnP stop) of one device, or of the
    // whole adapter when `device` is NULL.
    HRESULT RemoveDevice(HANDLE device, UINT reason = WDDMSHIM_REMOVAL_TDR) const {
        return WddmShimRemoveDevice(adapter_, device, reason);
    }

    HRESULT SetBudget(UINT segment_group, UINT64 bytes) const { return WddmShimSetBudget(adapter_, segment_group, bytes); }
    HRESULT PauseGpu(bool paused) const { return WddmShimPauseGpu(adapter_, paused ? TRUE : FALSE); }

    WDDMSHIM_ADAPTER_STATS Stats() const {
        WDDMSHIM_ADAPTER_STATS stats = {};
        WddmShimQueryAdapterStats(adapter_, &stats);
        return stats;
    }

    // Where an allocation lives (segment, offset, size, locks, residency, priority, offer state).
    HRESULT Where(D3DKMT_HANDLE allocation, WDDMSHIM_ALLOCATION_INFO *info) const {
        return WddmShimQueryAllocation(adapter_, allocation, info);
    }
    bool IsResident(D3DKMT_HANDLE allocation) const {
        WDDMSHIM_ALLOCATION_INFO info = {};
        return SUCCEEDED(Where(allocation, &info)) && info.Location == WDDMSHIM_LOCATION_SEGMENT;
    }

    // The newest `max_entries` journal entries of this adapter, one per line.
    std::string Journal(UINT max_entries = 1000) const {
        size_t needed = 0;
        std::vector<char> text;
        HRESULT hr;
        do {
            text.resize(needed + 4096);
            hr = WddmShimGetJournal(adapter_, max_entries, text.data(), text.size(), &needed);
        } while (hr == S_FALSE);
        return SUCCEEDED(hr) ? std::string(text.data()) : std::string();
    }
    // The newest `max_entries` journal entries of this adapter as fields (name, result, inputs,
    // the call each ran inside), oldest first.
    std::vector<WDDMSHIM_JOURNAL_ENTRY> JournalEntries(UINT max_entries = 1000) const {
        std::vector<WDDMSHIM_JOURNAL_ENTRY> entries(max_entries);
        UINT count = 0;
        if (FAILED(WddmShimGetJournalEntries(adapter_, max_entries, entries.data(), &count))) {
            count = 0;
        }
        entries.resize(count);
        return entries;
    }
    bool JournalContains(const char *text, UINT max_entries = 1000) const {
        return Journal(max_entries).find(text) != std::string::npos;
    }

    // True when nothing is allocated now (standard allocations included) and no allocation
    // went while still locked. What a device destruction reclaimed is not a leak: UMDs may
    // leave their allocations to device teardown (Microsoft's samples do); Reclaimed() counts
    // it, and the journal says so.
    bool NoLeaks() const {
        const WDDMSHIM_ADAPTER_STATS stats = Stats();
        return stats.LiveAllocations == 0 && stats.LiveStandardAllocations == 0 &&
               stats.FreedWhileLocked == 0;
    }
    // Allocations that device destruction reclaimed because the UMD never deallocated them.
    UINT Reclaimed() const { return Stats().ReclaimedAllocations; }

private:
    WDDMSHIM_ADAPTER *adapter_ = nullptr;
    HRESULT status_ = E_FAIL;
};

// A runtime device on an adapter, with its callback table: what a UMD keeps as m_hD3D and
// m_d3dCallbacks.
class Device {
public:
    explicit Device(const Adapter &adapter, const WDDMSHIM_DEVICE_DESC *desc = NULL) : callbacks_() {
        status_ = WddmShimCreateDevice(adapter.get(), desc, &device_, &callbacks_);
    }
    ~Device() {
        if (device_ != NULL) WddmShimDestroyDevice(device_);
    }
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;

    HRESULT status() const { return status_; }
    HANDLE handle() const { return device_; }
    const D3DDDI_DEVICECALLBACKS &callbacks() const { return callbacks_; }

    // Destroys the device now (the destructor then does nothing).
    HRESULT Destroy() { return WddmShimDestroyDevice(std::exchange(device_, nullptr)); }

private:
    HANDLE device_ = nullptr;
    D3DDDI_DEVICECALLBACKS callbacks_;
    HRESULT status_ = E_FAIL;
};

}  // namespace wddmshim

#endif  // WDDM_SHIM_HARNESS_HPP

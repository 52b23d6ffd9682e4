// The C++ side of the cxx bridge: each call forwards to the example UMD (or the harness) and
// reports the HRESULT.
#include "example_bridge.hpp"

#include <cstring>
#include <string>

#include "wddm-shim-cxx-tests/src/lib.rs.h"

namespace example_bridge {

namespace {
HANDLE runtime_handle(uint64_t runtime) { return reinterpret_cast<HANDLE>(static_cast<uintptr_t>(runtime)); }
}  // namespace

ExampleSystem::ExampleSystem() noexcept : adapter_(ExampleKmdDriverEntry), device_(adapter_) {
    umd_.m_hD3D = device_.handle();
    umd_.m_d3dCallbacks = device_.callbacks();
}

int32_t ExampleSystem::status() const noexcept { return FAILED(adapter_.status()) ? adapter_.status() : device_.status(); }

ExampleUmd::Resource *ExampleSystem::find(uint64_t runtime) noexcept {
    auto found = resources_.find(runtime);
    return found == resources_.end() ? nullptr : &found->second;
}

int32_t ExampleSystem::create_buffer(uint64_t runtime, uint32_t bytes) noexcept {
    return umd_.CreateBuffer(runtime_handle(runtime), bytes, &resources_[runtime]);
}

int32_t ExampleSystem::create_texture(uint64_t runtime, uint32_t width, uint32_t height) noexcept {
    return umd_.CreateTexture(runtime_handle(runtime), width, height, &resources_[runtime]);
}

int32_t ExampleSystem::create_flip_chain(uint64_t runtime, uint32_t buffers) noexcept {
    return umd_.CreateFlipChain(runtime_handle(runtime), buffers, &resources_[runtime]);
}

rust::Vec<uint32_t> ExampleSystem::allocations(uint64_t runtime) const noexcept {
    rust::Vec<uint32_t> out;
    auto found = resources_.find(runtime);
    if (found != resources_.end()) {
        for (D3DKMT_HANDLE h : found->second.allocations) out.push_back(h);
    }
    return out;
}

uint32_t ExampleSystem::km_resource(uint64_t runtime) const noexcept {
    auto found = resources_.find(runtime);
    return found == resources_.end() ? 0 : found->second.hKMResource;
}

int32_t ExampleSystem::upload(uint64_t runtime, rust::Slice<const uint8_t> data) noexcept {
    ExampleUmd::Resource *resource = find(runtime);
    if (resource == nullptr || resource->allocations.empty()) return E_INVALIDARG;
    return umd_.Upload(resource->allocations[0], data.data(), data.size());
}

int32_t ExampleSystem::download(uint64_t runtime, rust::Slice<uint8_t> out) noexcept {
    ExampleUmd::Resource *resource = find(runtime);
    if (resource == nullptr || resource->allocations.empty()) return E_INVALIDARG;
    return umd_.Download(resource->allocations[0], out.data(), out.size());
}

int32_t ExampleSystem::submit(uint64_t runtime) noexcept {
    ExampleUmd::Resource *resource = find(runtime);
    return resource == nullptr ? E_INVALIDARG : umd_.Submit(*resource);
}

RenderSeen ExampleSystem::last_render() const noexcept {
    const ExampleRenderLog &log = ExampleKmdLastRender();
    RenderSeen seen;
    seen.km_resource = log.hKMResource;
    for (UINT i = 0; i < log.Children; ++i) seen.children.push_back(log.Child[i]);
    for (UINT i = 0; i < log.Patched; ++i) {
        seen.patched_segments.push_back(log.PatchedSegment[i]);
        seen.patched_addresses.push_back(log.PatchedAddress[i]);
    }
    return seen;
}

void ExampleSystem::destroy(uint64_t runtime) noexcept {
    ExampleUmd::Resource *resource = find(runtime);
    if (resource == nullptr) return;
    umd_.DestroyResource(*resource);
    resources_.erase(runtime);
}

int32_t ExampleSystem::flush() noexcept { return umd_.Flush(); }

uint32_t ExampleSystem::out_of_memory_retries() const noexcept { return umd_.m_outOfMemoryRetries; }

int32_t ExampleSystem::inject_fault(rust::Str entry_point, uint32_t nth, int32_t code) const noexcept {
    const std::string name(entry_point.data(), entry_point.size());
    return adapter_.InjectFault(name.c_str(), nth, code);
}

int32_t ExampleSystem::remove_device() const noexcept { return adapter_.RemoveDevice(device_.handle()); }

Placement ExampleSystem::placement(uint32_t allocation) const noexcept {
    WDDMSHIM_ALLOCATION_INFO info;
    std::memset(&info, 0, sizeof(info));
    Placement placement{0, 0};
    if (SUCCEEDED(adapter_.Where(allocation, &info)) && info.Location == WDDMSHIM_LOCATION_SEGMENT) {
        placement.segment = info.SegmentId;
        placement.offset = info.Offset;
    }
    return placement;
}

int32_t ExampleSystem::force_eviction(uint32_t allocation) const noexcept {
    return WddmShimForceEviction(adapter_.get(), allocation);
}

uint32_t ExampleSystem::create_shared_primary(uint32_t width, uint32_t height) const noexcept {
    WDDMSHIM_STANDARD_ALLOCATION_DESC desc;
    std::memset(&desc, 0, sizeof(desc));
    desc.Version = WDDMSHIM_DESC_VERSION;
    desc.Type = D3DKMDT_STANDARDALLOCATION_SHAREDPRIMARYSURFACE;
    desc.Width = width;
    desc.Height = height;
    desc.Format = D3DDDIFMT_X8R8G8B8;
    desc.RefreshRateNumerator = 60;
    desc.RefreshRateDenominator = 1;
    D3DKMT_HANDLE handle = 0;
    return SUCCEEDED(WddmShimCreateStandardAllocation(adapter_.get(), &desc, &handle)) ? handle : 0;
}

int32_t ExampleSystem::destroy_standard(uint32_t allocation) const noexcept {
    return WddmShimDestroyStandardAllocation(adapter_.get(), allocation);
}

bool ExampleSystem::no_leaks() const noexcept { return adapter_.NoLeaks(); }

int32_t ExampleSystem::shut_down() noexcept {
    for (auto &entry : resources_) umd_.DestroyResource(entry.second);
    resources_.clear();
    umd_.Shutdown();
    return device_.Destroy();
}

std::unique_ptr<ExampleSystem> start_example() noexcept { return std::unique_ptr<ExampleSystem>(new ExampleSystem()); }

}  // namespace example_bridge

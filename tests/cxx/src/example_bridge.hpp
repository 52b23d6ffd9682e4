// The C++ side of the cxx bridge: the example UMD and KMD behind a small noexcept facade.
#pragma once

#include <map>
#include <memory>

#include "example_umd.hpp"
#include "rust/cxx.h"
#include "wddm_shim_harness.hpp"

namespace example_bridge {

struct RenderSeen;
struct Placement;

class ExampleSystem {
public:
    ExampleSystem() noexcept;
    int32_t status() const noexcept;
    int32_t create_buffer(uint64_t runtime, uint32_t bytes) noexcept;
    int32_t create_texture(uint64_t runtime, uint32_t width, uint32_t height) noexcept;
    int32_t create_flip_chain(uint64_t runtime, uint32_t buffers) noexcept;
    rust::Vec<uint32_t> allocations(uint64_t runtime) const noexcept;
    uint32_t km_resource(uint64_t runtime) const noexcept;
    int32_t upload(uint64_t runtime, rust::Slice<const uint8_t> data) noexcept;
    int32_t download(uint64_t runtime, rust::Slice<uint8_t> out) noexcept;
    int32_t submit(uint64_t runtime) noexcept;
    RenderSeen last_render() const noexcept;
    void destroy(uint64_t runtime) noexcept;
    int32_t flush() noexcept;
    uint32_t out_of_memory_retries() const noexcept;
    int32_t inject_fault(rust::Str entry_point, uint32_t nth, int32_t code) const noexcept;
    int32_t remove_device() const noexcept;
    Placement placement(uint32_t allocation) const noexcept;
    int32_t force_eviction(uint32_t allocation) const noexcept;
    uint32_t create_shared_primary(uint32_t width, uint32_t height) const noexcept;
    int32_t destroy_standard(uint32_t allocation) const noexcept;
    bool no_leaks() const noexcept;
    int32_t shut_down() noexcept;

private:
    wddmshim::Adapter adapter_;
    wddmshim::Device device_;
    ExampleUmd umd_;
    std::map<uint64_t, ExampleUmd::Resource> resources_;

    ExampleUmd::Resource *find(uint64_t runtime) noexcept;
};

std::unique_ptr<ExampleSystem> start_example() noexcept;

}  // namespace example_bridge

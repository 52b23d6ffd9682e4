//! A cxx bridge to the C++ example's UMD and KMD classes (cpp-example/), so that Rust tests
//! drive the same C++ code a driver team would write. Every bridged function is `noexcept` on
//! the C++ side: no C++ exception crosses into Rust, as none crosses a driver boundary.

// The library's C functions the C++ side calls are resolved from this dependency.
pub use wddm_shim as library;

#[cxx::bridge(namespace = "example_bridge")]
pub mod ffi {
    /// What the example KMD's last DxgkDdiRender and DxgkDdiPatch saw.
    #[derive(Debug)]
    pub struct RenderSeen {
        /// The hKMResource the command named.
        pub km_resource: u32,
        /// Its allocations, found with DxgkCbEnumHandleChildren.
        pub children: Vec<u32>,
        /// The segment of each patched allocation.
        pub patched_segments: Vec<u32>,
        /// The GPU address written for each.
        pub patched_addresses: Vec<u64>,
    }

    /// Where an allocation is.
    #[derive(Debug, PartialEq, Eq)]
    pub struct Placement {
        /// The segment id; 0 when not resident.
        pub segment: u32,
        /// The byte offset in it.
        pub offset: u64,
    }

    unsafe extern "C++" {
        include!("example_bridge.hpp");

        /// An adapter running the example KMD, a device, and the example UMD on it.
        type ExampleSystem;

        /// Starts the system; `status()` says whether it worked.
        fn start_example() -> UniquePtr<ExampleSystem>;
        /// The HRESULT of starting.
        fn status(self: &ExampleSystem) -> i32;
        /// Creates a buffer resource (runtime handle `runtime`); returns the HRESULT.
        fn create_buffer(self: Pin<&mut ExampleSystem>, runtime: u64, bytes: u32) -> i32;
        /// Creates a texture resource.
        fn create_texture(self: Pin<&mut ExampleSystem>, runtime: u64, width: u32, height: u32) -> i32;
        /// Creates a primary flip chain with the documentation's sample.
        fn create_flip_chain(self: Pin<&mut ExampleSystem>, runtime: u64, buffers: u32) -> i32;
        /// The allocations of the resource created under `runtime`.
        fn allocations(self: &ExampleSystem, runtime: u64) -> Vec<u32>;
        /// The hKMResource of the resource created under `runtime`.
        fn km_resource(self: &ExampleSystem, runtime: u64) -> u32;
        /// Uploads `data` into the first allocation of `runtime` through pfnLockCb.
        fn upload(self: Pin<&mut ExampleSystem>, runtime: u64, data: &[u8]) -> i32;
        /// Reads the first allocation of `runtime` back into `out`.
        fn download(self: Pin<&mut ExampleSystem>, runtime: u64, out: &mut [u8]) -> i32;
        /// Submits a command naming the resource of `runtime`.
        fn submit(self: Pin<&mut ExampleSystem>, runtime: u64) -> i32;
        /// What the KMD saw in the last render.
        fn last_render(self: &ExampleSystem) -> RenderSeen;
        /// Destroys the resource of `runtime` (deferred until flush).
        fn destroy(self: Pin<&mut ExampleSystem>, runtime: u64);
        /// Frees deferred destructions.
        fn flush(self: Pin<&mut ExampleSystem>) -> i32;
        /// Out-of-video-memory retries the UMD made.
        fn out_of_memory_retries(self: &ExampleSystem) -> u32;
        /// Injects a fault on the adapter.
        fn inject_fault(self: &ExampleSystem, entry_point: &str, nth: u32, code: i32) -> i32;
        /// Simulates a TDR of the device.
        fn remove_device(self: &ExampleSystem) -> i32;
        /// Segment id and offset of an allocation (segment 0: not resident).
        fn placement(self: &ExampleSystem, allocation: u32) -> Placement;
        /// Forces an allocation out of video memory.
        fn force_eviction(self: &ExampleSystem, allocation: u32) -> i32;
        /// Creates a shared primary (X8R8G8B8, 60 Hz) with `WddmShimCreateStandardAllocation`;
        /// its handle, or 0 when that failed.
        fn create_shared_primary(self: &ExampleSystem, width: u32, height: u32) -> u32;
        /// `WddmShimDestroyStandardAllocation`; returns the HRESULT.
        fn destroy_standard(self: &ExampleSystem, allocation: u32) -> i32;
        /// True when nothing is allocated and nothing had to be reclaimed.
        fn no_leaks(self: &ExampleSystem) -> bool;
        /// Tears the UMD down (context, deferred destructions) and destroys the device.
        fn shut_down(self: Pin<&mut ExampleSystem>) -> i32;
    }
}

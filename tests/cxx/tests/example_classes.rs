//! The C++ example's UMD and KMD classes, driven from Rust through the cxx bridge: the same C++
//! code `make -C cpp-example run` runs, checked here by `cargo test`.

use wddm_shim_cxx_tests::ffi::{Placement, start_example};

const S_OK: i32 = 0;
const D3DERR_OUTOFVIDEOMEMORY: i32 = 0x8876_017C_u32 as i32;
const D3DDDIERR_DEVICEREMOVED: i32 = 0x8876_0870_u32 as i32;

#[test]
fn the_example_kmd_places_by_kind_and_resolves_the_umds_resource_in_render() {
    let mut system = start_example();
    assert_eq!(system.status(), S_OK);
    assert_eq!(system.pin_mut().create_buffer(1, 64 * 1024), S_OK);
    assert_eq!(system.pin_mut().create_texture(2, 256, 256), S_OK);
    assert_eq!(system.pin_mut().create_flip_chain(3, 2), S_OK);
    let buffer = system.allocations(1);
    let texture = system.allocations(2);
    assert_eq!((buffer.len(), texture.len(), system.allocations(3).len()), (1, 1, 2));
    assert_eq!(system.placement(buffer[0]).segment, 2, "buffers prefer the CPU-visible segment");
    let Placement { segment, offset } = system.placement(texture[0]);
    assert_eq!(segment, 1, "textures prefer local video memory");
    assert_eq!(offset % (64 * 1024), 0);

    assert_eq!(system.pin_mut().submit(2), S_OK);
    let seen = system.last_render();
    assert_eq!(seen.km_resource, system.km_resource(2));
    assert_eq!(seen.children, texture);
    assert_eq!(seen.patched_segments, vec![1]);
    assert_eq!(seen.patched_addresses, vec![offset], "segment 1 starts at GPU address 0");

    assert_eq!(system.pin_mut().shut_down(), S_OK);
    assert!(system.no_leaks());
}

#[test]
fn uploads_survive_eviction_through_the_example_umd() {
    let mut system = start_example();
    assert_eq!(system.pin_mut().create_buffer(7, 8192), S_OK);
    let data: Vec<u8> = (0..8192u32).map(|i| (i * 31 % 251) as u8).collect();
    assert_eq!(system.pin_mut().upload(7, &data), S_OK);
    let allocation = system.allocations(7)[0];
    assert_eq!(system.force_eviction(allocation), S_OK);
    assert_eq!(system.placement(allocation).segment, 0);
    let mut back = vec![0u8; 8192];
    assert_eq!(system.pin_mut().download(7, &mut back), S_OK);
    assert_eq!(back, data);
    assert_eq!(system.pin_mut().shut_down(), S_OK);
    assert!(system.no_leaks());
}

#[test]
fn the_example_umd_retries_out_of_video_memory_and_propagates_device_removed() {
    let mut system = start_example();
    assert_eq!(system.inject_fault("pfnAllocateCb", 1, D3DERR_OUTOFVIDEOMEMORY), S_OK);
    assert_eq!(system.pin_mut().create_texture(1, 64, 64), S_OK);
    assert_eq!(system.out_of_memory_retries(), 1);
    assert_eq!(system.remove_device(), S_OK);
    assert_eq!(system.pin_mut().submit(1), D3DDDIERR_DEVICEREMOVED);
    assert_eq!(system.pin_mut().create_buffer(2, 4096), D3DDDIERR_DEVICEREMOVED);
    assert_eq!(system.pin_mut().shut_down(), S_OK);
    assert!(system.no_leaks());
}

#[test]
fn the_example_kmd_answers_the_standard_allocation_ddis_for_a_shared_primary() {
    let system = start_example();
    assert_eq!(system.status(), S_OK);
    let primary = system.create_shared_primary(1280, 720);
    assert_ne!(primary, 0, "size query, fill, CreateAllocation and a matching DescribeAllocation");
    let Placement { segment, .. } = system.placement(primary);
    assert_eq!(segment, 2, "a primary, so in the CPU-visible segment");
    assert!(!system.no_leaks(), "a live standard allocation counts");
    assert_eq!(system.destroy_standard(primary), S_OK);
    assert_eq!(system.placement(primary).segment, 0);
    assert!(system.no_leaks());
}

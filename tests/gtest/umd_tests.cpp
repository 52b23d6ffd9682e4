// How a driver team tests its UMD with wddm-shim and GoogleTest: the C++ example's UMD against
// the example KMD, through the header-only harness (wddm_shim_harness.hpp).
#include <gtest/gtest.h>

#include <vector>

#include "example_kmd.hpp"
#include "example_umd.hpp"
#include "wddm_shim_harness.hpp"

namespace {

// An adapter running the example KMD, a device, and the UMD bound to the device.
class UmdTest : public ::testing::Test {
protected:
    wddmshim::Adapter adapter{ExampleKmdDriverEntry};
    wddmshim::Device device{adapter};
    ExampleUmd umd;

    void SetUp() override {
        ASSERT_EQ(adapter.status(), S_OK);
        ASSERT_EQ(device.status(), S_OK);
        umd.m_hD3D = device.handle();
        umd.m_d3dCallbacks = device.callbacks();
    }
};

HANDLE runtime_handle(uintptr_t value) { return reinterpret_cast<HANDLE>(value); }

TEST_F(UmdTest, CreatesResourcesWhereTheKmdWantsThem) {
    ExampleUmd::Resource buffer, texture, chain;
    ASSERT_EQ(umd.CreateBuffer(runtime_handle(1), 64 * 1024, &buffer), S_OK);
    ASSERT_EQ(umd.CreateTexture(runtime_handle(2), 512, 512, &texture), S_OK);
    ASSERT_EQ(umd.CreateFlipChain(runtime_handle(3), 2, &chain), S_OK);
    EXPECT_NE(buffer.hKMResource, 0u);
    ASSERT_EQ(chain.allocations.size(), 2u);
    WDDMSHIM_ALLOCATION_INFO info;
    ASSERT_EQ(adapter.Where(texture.allocations[0], &info), S_OK);
    EXPECT_EQ(info.SegmentId, 1u) << "textures prefer local video memory";
    EXPECT_EQ(info.Offset % (64 * 1024), 0u) << "the KMD asked for 64 KiB alignment";
    ASSERT_EQ(adapter.Where(buffer.allocations[0], &info), S_OK);
    EXPECT_EQ(info.SegmentId, 2u) << "buffers prefer CPU-visible memory";
    umd.DestroyResource(buffer);
    umd.DestroyResource(texture);
    umd.DestroyResource(chain);
    ASSERT_EQ(umd.Flush(), S_OK);
    EXPECT_TRUE(adapter.NoLeaks());
}

TEST_F(UmdTest, UploadsSurviveEviction) {
    ExampleUmd::Resource buffer;
    ASSERT_EQ(umd.CreateBuffer(runtime_handle(1), 16 * 1024, &buffer), S_OK);
    std::vector<unsigned char> data(16 * 1024), back(16 * 1024);
    for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<unsigned char>(i * 13);
    ASSERT_EQ(umd.Upload(buffer.allocations[0], data.data(), data.size()), S_OK);
    ASSERT_EQ(WddmShimForceEviction(adapter.get(), buffer.allocations[0]), S_OK);
    EXPECT_FALSE(adapter.IsResident(buffer.allocations[0]));
    ASSERT_EQ(umd.Download(buffer.allocations[0], back.data(), back.size()), S_OK);
    EXPECT_EQ(data, back);
    umd.DestroyResource(buffer);
    umd.Flush();
}

TEST_F(UmdTest, RecoversFromOutOfVideoMemoryByFlushingAndRetrying) {
    ASSERT_EQ(adapter.InjectFault("pfnAllocateCb", 1, D3DERR_OUTOFVIDEOMEMORY), S_OK);
    ExampleUmd::Resource buffer;
    EXPECT_EQ(umd.CreateBuffer(runtime_handle(1), 4096, &buffer), S_OK);
    EXPECT_EQ(umd.m_outOfMemoryRetries, 1u);
    EXPECT_TRUE(adapter.JournalContains("pfnAllocateCb -> D3DERR_OUTOFVIDEOMEMORY"));
    umd.DestroyResource(buffer);
    umd.Flush();
}

TEST_F(UmdTest, PropagatesDeviceRemoved) {
    ExampleUmd::Resource texture;
    ASSERT_EQ(umd.CreateTexture(runtime_handle(1), 64, 64, &texture), S_OK);
    ASSERT_EQ(umd.Submit(texture), S_OK);
    ASSERT_EQ(adapter.RemoveDevice(device.handle()), S_OK);
    EXPECT_EQ(umd.Submit(texture), D3DDDIERR_DEVICEREMOVED);
    ExampleUmd::Resource more;
    EXPECT_EQ(umd.CreateBuffer(runtime_handle(2), 4096, &more), D3DDDIERR_DEVICEREMOVED);
    umd.DestroyResource(texture);
    umd.Shutdown();
    EXPECT_TRUE(adapter.NoLeaks()) << "deallocation still works on a removed device";
}

TEST_F(UmdTest, LeavingAllocationsToDeviceTeardownIsReportedAsInformation) {
    ExampleUmd::Resource buffer;
    ASSERT_EQ(umd.CreateBuffer(runtime_handle(1), 4096, &buffer), S_OK);
    umd.Shutdown();
    ASSERT_EQ(device.Destroy(), S_OK);
    EXPECT_TRUE(adapter.NoLeaks()) << "device destruction reclaimed it, as on Windows";
    EXPECT_EQ(adapter.Reclaimed(), 1u);
    EXPECT_TRUE(adapter.JournalContains("still allocated (reclaimed; information, not a leak"));
}

TEST_F(UmdTest, ALockStillHeldWhenItsAllocationGoesIsALeak) {
    ExampleUmd::Resource buffer;
    ASSERT_EQ(umd.CreateBuffer(runtime_handle(1), 4096, &buffer), S_OK);
    D3DDDICB_LOCK lock = {};
    lock.hAllocation = buffer.allocations[0];
    lock.Flags.LockEntire = 1;
    ASSERT_EQ(umd.m_d3dCallbacks.pfnLockCb(umd.m_hD3D, &lock), S_OK);
    umd.Shutdown();
    ASSERT_EQ(device.Destroy(), S_OK);
    EXPECT_FALSE(adapter.NoLeaks()) << "a lock never released";
}

}  // namespace

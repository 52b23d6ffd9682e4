//! Range allocator for the contiguous part of a VidMm memory segment.
//!
//! [`RangeAllocator`] hands out `[offset, offset + size)` ranges of a segment measured in units
//! (the caller decides what a unit is; VidMm uses 4 KiB pages). It only deals in numbers: all of
//! its bookkeeping lives in ordinary heap memory, never inside the managed segment, so it works
//! for VRAM that the CPU cannot (or must not) touch.
//!
//! # Algorithm: two-level segregated fit (TLSF)
//!
//! * **Bins.** A free block of `n` units is filed under a bin named by a small floating-point
//!   encoding of `n`: the position of its highest set bit (the *row*, first level) and the next
//!   `MANTISSA_BITS` = 5 bits below it (the *column*, second level). Each power-of-two range is
//!   thus cut into 32 bins of equal width, and sizes below `2^(MANTISSA_BITS+1)` = 64 have one
//!   bin each. A free block goes into the bin whose lower bound is at or below its size
//!   (round down), so every block in bin `b` is at least `bin_size(b)` long.
//! * **Bitmaps.** One bit per row says "some bin in this row is non-empty", and one bit per bin
//!   in each row says "this bin's list is non-empty". Finding the first non-empty bin at or above
//!   a given bin is two masked trailing-zero counts, whatever the number of blocks.
//! * **Neighbours.** Every block (free or used) is a node in a `Vec`, doubly linked to its
//!   physical neighbours by index, so freeing coalesces with both neighbours in O(1) without any
//!   ordered search. Free nodes are also linked into their bin's list. A live range is found from
//!   its offset through a hash map with a cheap integer hash.
//!
//! # Rounding, and the waste it costs
//!
//! A request is rounded **up to the next bin boundary** (the lower bound of some bin) before
//! searching. The reason: a bin holds blocks of varying size, so for an unrounded size `s` only
//! bins whose lower bound is at least `s` are sure to fit, and a search must skip the bin `s`
//! itself falls in. A range of exactly `s` units, once freed, is filed in that skipped bin, so the
//! very next request of the same size cannot reuse the hole it left: holes just below a bin
//! boundary pile up. That is what fragments a plain TLSF under churn (the research note `vidmm.md`
//! b.2/b.3 measured 14% failures at 90% occupancy with exact sizes, 4.3% with bin rounding). With
//! the rounded size `r` every block in `r`'s own bin fits, the first non-empty bin at or above it
//! is always usable, and a freed range is exactly reusable by the next request of its class.
//!
//! The rounding is internal waste that is counted as used: the returned [`Range::size`] is the
//! rounded size, [`RangeAllocator::used`] includes it, and [`RangeAllocator::free`] gives it all
//! back. Sizes below 64 units (256 KiB at 4 KiB units) are never rounded. Above that, a request
//! of `s` units whose highest bit is `h` is rounded up to a multiple of `2^(h - 5)`, so the
//! waste is **strictly less than `s / 32` (3.125%)**. With the vidmm.md b.2 size mix it
//! measured 0.6% of the requested units. Rounding keeps power-of-two multiples intact: a size
//! that is a multiple of a power of two `a` stays one.
//!
//! Why 5 mantissa bits rather than OffsetAllocator's 3: the guaranteed-fit search is what fixes
//! fragmentation, and finer bins keep that benefit while wasting less. Measured over 2M churn steps
//! at 90% occupancy of requested units (1 GiB, b.2 mix, 4 seeds), failures were 4.3% with 3 bits
//! (12.5% waste bound, 3.4% actual), 3.9% with 4, 5 or 6 bits; at 95% they were 13.2% / 10.5% /
//! 9.7% / 9.4% for 3 / 4 / 5 / 6 bits. Without rounding, 5 bits gave 4.85% at 90% and 3 bits 14.1%.
//! Speed did not change measurably between 5 and 6 bits.
//!
//! # Alignment and direction
//!
//! Alignment only moves the offset; it does not change the reserved size. The search looks at the
//! head block of each non-empty bin from `r`'s bin upwards and takes the first that can hold an
//! aligned range of `r` units. Any block of at least `r + alignment - 1` units fits, so the walk
//! never passes that size's bin: it visits at most the bins between `r` and `r + alignment - 1` (32
//! per doubling), a bound independent of the number of blocks. With alignment 1 the first head
//! always fits. The unaligned slack left in front of (or, for `from_end`, behind) the range stays a
//! free block.
//!
//! `from_end` takes the range from the top of the chosen block instead of the bottom, which is
//! what DXGK's "allocate from the end of the segment" asks for in an otherwise empty segment. The
//! block is still chosen by size class, not by address.
//!
//! # The failure decision
//!
//! VidMm reacts to a failed placement by evicting, so "does not fit" must be cheap.
//! [`RangeAllocator::certainly_fails`] answers it from the bitmaps alone: a request fails for
//! sure when no bin at or above its rounded size has a block. For alignment 1 this is exact.
//! [`RangeAllocator::largest_free`] is exact too: a max-tree over the node slots is kept current
//! on every free-list change (O(log n), usually stopping after a level or two).

use std::fmt;

use crate::core::IntegerMap;

/// Bits of a size kept below its leading bit when choosing a bin (the second TLSF level).
const MANTISSA_BITS: u32 = 5;
/// Bins per row (power of two).
const COLUMNS: usize = 1 << MANTISSA_BITS;
const COLUMN_MASK: u64 = COLUMNS as u64 - 1;
const _: () = assert!(MANTISSA_BITS <= 6, "a row's bins must fit the u64 column bitmap");
/// Rows of the first level; one bit each in a `u64`.
const ROWS: usize = 64;
const BIN_COUNT: usize = ROWS * COLUMNS;
/// Largest capacity accepted by [`RangeAllocator::new`]; keeps every bin index within `ROWS`.
const MAX_CAPACITY: u64 = 1 << 56;
/// "No node" in the index links.
const NIL: u32 = u32::MAX;

/// A placed range, in units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    /// First unit of the range.
    pub offset: u64,
    /// Number of units reserved, including any rounding added by the allocator.
    pub size: u64,
}

impl Range {
    /// One past the last unit of the range.
    fn end(&self) -> u64 {
        self.offset + self.size
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// A free block, filed in a bin.
    Free,
    /// A live range handed out by `allocate`.
    Used,
    /// A node slot not describing any block; chained through `next_free` for reuse.
    Spare,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    offset: u64,
    size: u64,
    prev_phys: u32,
    next_phys: u32,
    prev_free: u32,
    next_free: u32,
    state: State,
}

impl Node {
    const SPARE: Node = Node {
        offset: 0,
        size: 0,
        prev_phys: NIL,
        next_phys: NIL,
        prev_free: NIL,
        next_free: NIL,
        state: State::Spare,
    };
}

type OffsetMap = IntegerMap<u64, u32>;

/// Bin holding free blocks of `size` units (round down). `size` must be at least 1.
fn floor_bin(size: u64) -> usize {
    debug_assert!(size >= 1);
    if size < COLUMNS as u64 {
        return size as usize;
    }
    let high = 63 - size.leading_zeros();
    let shift = high - MANTISSA_BITS;
    let column = (size >> shift) & COLUMN_MASK;
    (((shift + 1) as usize) << MANTISSA_BITS) | column as usize
}

/// Smallest bin whose lower bound is at least `size` (round up). `size` must be at least 1.
fn ceil_bin(size: u64) -> usize {
    let bin = floor_bin(size);
    if size < COLUMNS as u64 {
        return bin;
    }
    let shift = 63 - size.leading_zeros() - MANTISSA_BITS;
    if size & ((1u64 << shift) - 1) != 0 { bin + 1 } else { bin }
}

/// Lower bound (smallest block size) of a bin.
fn bin_size(bin: usize) -> u64 {
    let row = (bin >> MANTISSA_BITS) as u32;
    let column = bin as u64 & COLUMN_MASK;
    if row == 0 { column } else { (column | COLUMNS as u64) << (row - 1) }
}

/// The size actually reserved for a request of `size` units (see the module docs).
fn reserved_size(size: u64) -> u64 {
    bin_size(ceil_bin(size))
}

/// A TLSF range allocator over a segment of `capacity` units; see the module documentation.
pub struct RangeAllocator {
    capacity: u64,
    used: u64,
    /// Every block, free or used, plus spare slots.
    nodes: Vec<Node>,
    /// Head of the chain of spare node slots.
    spare_head: u32,
    /// Head node of each bin's free list.
    bin_heads: Vec<u32>,
    /// Bit `r` set when row `r` has a non-empty bin.
    row_bitmap: u64,
    /// Per row, bit `c` set when bin `(r, c)` is non-empty.
    column_bitmaps: [u64; ROWS],
    /// Offset of each live range to its node.
    live: OffsetMap,
    free_blocks: usize,
    /// Max-tree over node slots: leaf `leaves + i` is node `i`'s size if it is free, else 0.
    max_tree: Vec<u64>,
    leaves: usize,
}

impl fmt::Debug for RangeAllocator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RangeAllocator")
            .field("capacity", &self.capacity)
            .field("used", &self.used)
            .field("live_ranges", &self.live.len())
            .field("free_blocks", &self.free_blocks)
            .field("largest_free", &self.largest_free())
            .finish()
    }
}

impl RangeAllocator {
    /// Creates an allocator for a segment of `capacity` units, all of it free as one block.
    ///
    /// A capacity of 0 is allowed (every request then fails). Capacities up to 2^56 units are
    /// supported, which covers any real segment (2^40 pages of 4 KiB is 4 PiB).
    ///
    /// # Panics
    /// If `capacity` is above 2^56.
    pub fn new(capacity: u64) -> Self {
        assert!(capacity <= MAX_CAPACITY, "segment capacity {capacity} is above the supported 2^56 units");
        let mut allocator = RangeAllocator {
            capacity,
            used: 0,
            nodes: Vec::new(),
            spare_head: NIL,
            bin_heads: vec![NIL; BIN_COUNT],
            row_bitmap: 0,
            column_bitmaps: [0; ROWS],
            live: OffsetMap::default(),
            free_blocks: 0,
            max_tree: vec![0; 2],
            leaves: 1,
        };
        if capacity > 0 {
            let whole = allocator.new_node(0, capacity);
            allocator.insert_free(whole);
        }
        allocator
    }

    /// Size of the managed segment in units, as given to [`RangeAllocator::new`].
    pub fn capacity(&self) -> u64 {
        self.capacity
    }

    /// Reserves a range of at least `size` units whose offset is a multiple of `alignment`.
    ///
    /// `size` must be at least 1 and `alignment` a power of two (1 means no constraint); other
    /// values get `None`. The size is rounded up to its size class (less than 1/32 extra, none
    /// below 64 units), and the returned [`Range`] carries the rounded size: that is what
    /// counts as used and what [`RangeAllocator::free`] releases. The offset alignment does
    /// not add to the reserved size.
    ///
    /// With `from_end` the range is cut from the top of the chosen free block (in an empty
    /// segment, the top of the segment); otherwise from its bottom. Returns `None` when no free
    /// block can hold the request; the cost of finding that out does not grow with the number
    /// of blocks.
    pub fn allocate(&mut self, size: u64, alignment: u64, from_end: bool) -> Option<Range> {
        if size == 0 || !alignment.is_power_of_two() || size > self.capacity {
            return None;
        }
        let reserved = reserved_size(size);
        if reserved > self.capacity {
            return None;
        }
        let mut bin = floor_bin(reserved);
        loop {
            bin = self.first_bin_at_or_above(bin)?;
            let node = self.bin_heads[bin];
            if let Some(offset) = self.place_in(node, reserved, alignment, from_end) {
                return Some(self.carve(node, offset, reserved));
            }
            // Only reachable with alignment > 1; a block of reserved + alignment - 1 units
            // always fits, so this walk is bounded by the bins between the two sizes.
            bin += 1;
            if bin >= BIN_COUNT {
                return None;
            }
        }
    }

    /// Releases the live range that starts at `offset`, merging it with free neighbours.
    ///
    /// Returns `false`, and leaves everything untouched, when no live range starts at
    /// `offset` (never allocated, already freed, or an offset inside a range).
    pub fn free(&mut self, offset: u64) -> bool {
        let Some(index) = self.live.remove(&offset) else {
            return false;
        };
        let i = index as usize;
        debug_assert_eq!(self.nodes[i].state, State::Used);
        self.used -= self.nodes[i].size;

        let prev = self.nodes[i].prev_phys;
        if prev != NIL && self.nodes[prev as usize].state == State::Free {
            self.remove_free(prev);
            let p = self.nodes[prev as usize];
            self.nodes[i].offset = p.offset;
            self.nodes[i].size += p.size;
            self.nodes[i].prev_phys = p.prev_phys;
            if p.prev_phys != NIL {
                self.nodes[p.prev_phys as usize].next_phys = index;
            }
            self.release_node(prev);
        }
        let next = self.nodes[i].next_phys;
        if next != NIL && self.nodes[next as usize].state == State::Free {
            self.remove_free(next);
            let n = self.nodes[next as usize];
            self.nodes[i].size += n.size;
            self.nodes[i].next_phys = n.next_phys;
            if n.next_phys != NIL {
                self.nodes[n.next_phys as usize].prev_phys = index;
            }
            self.release_node(next);
        }
        self.insert_free(index);
        true
    }

    /// Says whether a request of `size` units at `alignment` is sure to fail, in constant time.
    ///
    /// `true` is a promise: [`RangeAllocator::allocate`] would return `None`. `false` only
    /// means "might fit": with an alignment above 1 the only large-enough blocks may be badly
    /// aligned. For alignment 1 the answer is exact. Invalid arguments (size 0, alignment not a
    /// power of two) answer `true`, as `allocate` rejects them.
    pub fn certainly_fails(&self, size: u64, alignment: u64) -> bool {
        if size == 0 || !alignment.is_power_of_two() || size > self.capacity {
            return true;
        }
        let reserved = reserved_size(size);
        reserved > self.capacity || self.first_bin_at_or_above(floor_bin(reserved)).is_none()
    }

    /// Units currently reserved by live ranges, rounding included.
    pub fn used(&self) -> u64 {
        self.used
    }

    /// Units not reserved by any live range: `capacity() - used()`.
    pub fn free_units(&self) -> u64 {
        self.capacity - self.used
    }

    /// Size in units of the largest free block (0 when nothing is free). Exact, read in O(1).
    ///
    /// Because of size-class rounding, the largest request sure to succeed (alignment 1) is the
    /// largest size whose rounded size does not exceed this value.
    pub fn largest_free(&self) -> u64 {
        self.max_tree[1]
    }

    /// Number of separate free blocks; 1 for an empty segment, more as it fragments.
    pub fn free_blocks(&self) -> usize {
        self.free_blocks
    }

    /// Number of ranges handed out and not yet freed.
    pub fn live_ranges(&self) -> usize {
        self.live.len()
    }

    // ---- internals ------------------------------------------------------------------------

    /// First non-empty bin at or above `bin`, from the two bitmap levels.
    fn first_bin_at_or_above(&self, bin: usize) -> Option<usize> {
        let row = bin >> MANTISSA_BITS;
        let column = bin as u64 & COLUMN_MASK;
        let in_row = self.column_bitmaps[row] & (u64::MAX << column);
        if in_row != 0 {
            return Some((row << MANTISSA_BITS) | in_row.trailing_zeros() as usize);
        }
        let above = if row + 1 >= ROWS { 0 } else { self.row_bitmap & (u64::MAX << (row + 1)) };
        if above == 0 {
            return None;
        }
        let row = above.trailing_zeros() as usize;
        Some((row << MANTISSA_BITS) | self.column_bitmaps[row].trailing_zeros() as usize)
    }

    /// Offset at which `size` units aligned to `alignment` fit in free block `node`, if any.
    fn place_in(&self, node: u32, size: u64, alignment: u64, from_end: bool) -> Option<u64> {
        let block = &self.nodes[node as usize];
        let (start, end) = (block.offset, block.offset + block.size);
        let mask = alignment - 1;
        if from_end {
            let offset = end.checked_sub(size)? & !mask;
            (offset >= start).then_some(offset)
        } else {
            let offset = start.checked_add(mask)? & !mask;
            (offset.checked_add(size)? <= end).then_some(offset)
        }
    }

    /// Turns `[offset, offset + size)` of free block `node` into a live range; the slack before
    /// and after it becomes free blocks of their own.
    fn carve(&mut self, node: u32, offset: u64, size: u64) -> Range {
        self.remove_free(node);
        let block = self.nodes[node as usize];
        let range = Range { offset, size };
        if offset > block.offset {
            let front = self.new_node(block.offset, offset - block.offset);
            self.nodes[front as usize].prev_phys = block.prev_phys;
            self.nodes[front as usize].next_phys = node;
            if block.prev_phys != NIL {
                self.nodes[block.prev_phys as usize].next_phys = front;
            }
            self.nodes[node as usize].prev_phys = front;
            self.insert_free(front);
        }
        let block_end = block.offset + block.size;
        if range.end() < block_end {
            let back = self.new_node(range.end(), block_end - range.end());
            self.nodes[back as usize].prev_phys = node;
            self.nodes[back as usize].next_phys = block.next_phys;
            if block.next_phys != NIL {
                self.nodes[block.next_phys as usize].prev_phys = back;
            }
            self.nodes[node as usize].next_phys = back;
            self.insert_free(back);
        }
        let n = &mut self.nodes[node as usize];
        n.offset = offset;
        n.size = size;
        n.state = State::Used;
        self.used += size;
        self.live.insert(offset, node);
        range
    }

    /// Takes a spare node slot (or a new one) describing `[offset, offset + size)`, unlinked.
    fn new_node(&mut self, offset: u64, size: u64) -> u32 {
        let node = Node { offset, size, ..Node::SPARE };
        if self.spare_head != NIL {
            let index = self.spare_head;
            self.spare_head = self.nodes[index as usize].next_free;
            self.nodes[index as usize] = node;
            return index;
        }
        let index =
            u32::try_from(self.nodes.len()).ok().filter(|&i| i != NIL).expect("range allocator node limit");
        self.nodes.push(node);
        if self.nodes.len() > self.leaves {
            self.grow_max_tree();
        }
        index
    }

    /// Returns a node slot to the spare chain. Its max-tree leaf is already 0.
    fn release_node(&mut self, index: u32) {
        self.nodes[index as usize] = Node { next_free: self.spare_head, ..Node::SPARE };
        self.spare_head = index;
    }

    /// Files free block `index` in its bin (at the head) and records it in the max-tree.
    fn insert_free(&mut self, index: u32) {
        let size = self.nodes[index as usize].size;
        let bin = floor_bin(size);
        let head = self.bin_heads[bin];
        {
            let n = &mut self.nodes[index as usize];
            n.state = State::Free;
            n.prev_free = NIL;
            n.next_free = head;
        }
        if head != NIL {
            self.nodes[head as usize].prev_free = index;
        }
        self.bin_heads[bin] = index;
        let row = bin >> MANTISSA_BITS;
        self.column_bitmaps[row] |= 1 << (bin as u64 & COLUMN_MASK);
        self.row_bitmap |= 1 << row;
        self.free_blocks += 1;
        self.set_leaf(index, size);
    }

    /// Unlinks free block `index` from its bin and clears its max-tree leaf; its state is left
    /// for the caller to change.
    fn remove_free(&mut self, index: u32) {
        let n = self.nodes[index as usize];
        debug_assert_eq!(n.state, State::Free);
        let bin = floor_bin(n.size);
        if n.prev_free != NIL {
            self.nodes[n.prev_free as usize].next_free = n.next_free;
        } else {
            self.bin_heads[bin] = n.next_free;
            if n.next_free == NIL {
                let row = bin >> MANTISSA_BITS;
                self.column_bitmaps[row] &= !(1 << (bin as u64 & COLUMN_MASK));
                if self.column_bitmaps[row] == 0 {
                    self.row_bitmap &= !(1 << row);
                }
            }
        }
        if n.next_free != NIL {
            self.nodes[n.next_free as usize].prev_free = n.prev_free;
        }
        self.free_blocks -= 1;
        self.set_leaf(index, 0);
    }

    /// Sets node `index`'s leaf in the max-tree and repairs the maxima above it, stopping as
    /// soon as a parent's value does not change.
    fn set_leaf(&mut self, index: u32, value: u64) {
        let mut at = self.leaves + index as usize;
        self.max_tree[at] = value;
        while at > 1 {
            let parent = at / 2;
            let max = self.max_tree[at].max(self.max_tree[at ^ 1]);
            if self.max_tree[parent] == max {
                break;
            }
            self.max_tree[parent] = max;
            at = parent;
        }
    }

    /// Doubles the max-tree's leaf count to cover every node slot, rebuilding it (amortized
    /// O(1) per node created).
    fn grow_max_tree(&mut self) {
        let leaves = self.nodes.len().next_power_of_two().max(2 * self.leaves);
        let mut tree = vec![0; 2 * leaves];
        // Copy the old leaves rather than re-deriving them from node states: a node being
        // carved is already out of its bin but still marked free when this runs.
        tree[leaves..leaves + self.leaves].copy_from_slice(&self.max_tree[self.leaves..]);
        for at in (1..leaves).rev() {
            tree[at] = tree[2 * at].max(tree[2 * at + 1]);
        }
        self.max_tree = tree;
        self.leaves = leaves;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fixed-seed xorshift64* generator, so every run sees the same sequence.
    struct XorShift(u64);

    impl XorShift {
        fn new(seed: u64) -> Self {
            XorShift(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1)
        }

        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            self.0 = x;
            x.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        fn unit(&mut self) -> f64 {
            (self.next() >> 11) as f64 / (1u64 << 53) as f64
        }

        /// Log-uniform in `[lo, hi]`.
        fn log_uniform(&mut self, lo: u64, hi: u64) -> u64 {
            let (l, h) = ((lo as f64).ln(), ((hi + 1) as f64).ln());
            ((l + (h - l) * self.unit()).exp() as u64).clamp(lo, hi)
        }
    }

    /// The vidmm.md b.2 size mix in 4 KiB units: 70% 4–64 KiB, 25% 64 KiB–1 MiB, 5% 1–16 MiB.
    fn vidmm_size(rng: &mut XorShift) -> u64 {
        match rng.below(100) {
            0..70 => rng.log_uniform(1, 16),
            70..95 => rng.log_uniform(16, 256),
            _ => rng.log_uniform(256, 4096),
        }
    }

    impl RangeAllocator {
        /// Walks every structure and checks it against the others (O(n); tests only).
        fn check_invariants(&self) {
            let mut blocks: Vec<(usize, Node)> =
                self.nodes.iter().copied().enumerate().filter(|(_, n)| n.state != State::Spare).collect();
            blocks.sort_by_key(|(_, n)| n.offset);
            let mut expected_offset = 0;
            let (mut used, mut free, mut largest) = (0, 0, 0);
            for (k, &(i, n)) in blocks.iter().enumerate() {
                assert_eq!(n.offset, expected_offset, "blocks must tile the segment");
                assert!(n.size > 0);
                expected_offset += n.size;
                let prev = if k == 0 { NIL } else { blocks[k - 1].0 as u32 };
                let next = blocks.get(k + 1).map_or(NIL, |&(j, _)| j as u32);
                assert_eq!(n.prev_phys, prev);
                assert_eq!(n.next_phys, next);
                match n.state {
                    State::Used => {
                        used += n.size;
                        assert_eq!(self.live.get(&n.offset), Some(&(i as u32)));
                    }
                    State::Free => {
                        free += 1;
                        largest = largest.max(n.size);
                        if k > 0 {
                            assert_ne!(blocks[k - 1].1.state, State::Free, "uncoalesced neighbours");
                        }
                    }
                    State::Spare => unreachable!(),
                }
            }
            assert_eq!(expected_offset, self.capacity);
            assert_eq!(used, self.used);
            assert_eq!(free, self.free_blocks);
            assert_eq!(largest, self.largest_free());
            assert_eq!(self.live.len(), blocks.len() - free);
            let mut listed = 0;
            for bin in 0..BIN_COUNT {
                let (row, column) = (bin >> MANTISSA_BITS, bin as u64 & COLUMN_MASK);
                let bit = self.column_bitmaps[row] >> column & 1 == 1;
                assert_eq!(bit, self.bin_heads[bin] != NIL, "bitmap of bin {bin}");
                assert_eq!(self.row_bitmap >> row & 1 == 1, self.column_bitmaps[row] != 0);
                let mut at = self.bin_heads[bin];
                let mut prev = NIL;
                while at != NIL {
                    let n = self.nodes[at as usize];
                    assert_eq!(n.state, State::Free);
                    assert_eq!(floor_bin(n.size), bin);
                    assert_eq!(n.prev_free, prev);
                    listed += 1;
                    prev = at;
                    at = n.next_free;
                }
            }
            assert_eq!(listed, self.free_blocks);
        }
    }

    #[test]
    #[cfg_attr(miri, ignore = "too slow under Miri")]
    fn bins_round_trip_and_bound_the_waste() {
        for size in 1..=(1u64 << 16) {
            let bin = floor_bin(size);
            assert!(bin_size(bin) <= size && size < bin_size(bin + 1), "floor bin of {size}");
            let reserved = reserved_size(size);
            assert!(reserved >= size);
            assert_eq!(bin_size(floor_bin(reserved)), reserved, "rounded size is a bin bound");
            assert!((reserved - size) << MANTISSA_BITS < size || reserved == size, "waste for {size}");
            if size < 2 * COLUMNS as u64 {
                assert_eq!(reserved, size);
            }
        }
        for shift in 0..=56 {
            let size = 1u64 << shift;
            assert_eq!(reserved_size(size), size);
            assert_eq!(bin_size(floor_bin(size)), size);
            if shift > MANTISSA_BITS {
                let over = reserved_size(size + 1) - (size + 1);
                assert!(over > 0 && over << MANTISSA_BITS < size + 1);
            }
        }
        assert!(floor_bin(MAX_CAPACITY) < BIN_COUNT);
        // A multiple of an alignment stays a multiple of it after rounding.
        let mut rng = XorShift::new(7);
        for _ in 0..10_000 {
            let align = 1u64 << rng.below(8);
            let size = align * (1 + rng.below(5000));
            assert_eq!(reserved_size(size) % align, 0);
        }
    }

    #[test]
    #[cfg_attr(miri, ignore = "too slow under Miri")]
    fn alignment_is_honoured() {
        let mut a = RangeAllocator::new(1 << 20);
        let mut rng = XorShift::new(11);
        let mut live = Vec::new();
        for round in 0..3000 {
            let alignment = 1u64 << rng.below(12);
            let size = 1 + rng.below(300);
            let from_end = round % 3 == 0;
            let r = a.allocate(size, alignment, from_end).expect("plenty of room");
            assert_eq!(r.offset % alignment, 0, "offset {} for alignment {alignment}", r.offset);
            assert!(r.size >= size && r.end() <= a.capacity());
            live.push(r);
            if rng.below(3) == 0 {
                let victim = live.swap_remove(rng.below(live.len() as u64) as usize);
                assert!(a.free(victim.offset));
            }
        }
        a.check_invariants();
        // Every alignment up to the whole segment, in an empty allocator and a busy one.
        for shift in 0..=20 {
            let alignment = 1u64 << shift;
            let mut empty = RangeAllocator::new(1 << 20);
            let r = empty.allocate(1, alignment, false).unwrap();
            assert_eq!(r.offset % alignment, 0);
            let top = empty.allocate(3, alignment, true);
            if shift < 20 {
                let top = top.expect("a second aligned slot exists");
                assert_eq!(top.offset % alignment, 0);
                assert!(top.offset >= r.end());
                assert_eq!(top.offset, ((1 << 20) - 3) & !(alignment - 1), "highest aligned slot");
            } else {
                assert_eq!(top, None, "only offset 0 is aligned to the whole segment");
            }
            empty.check_invariants();
        }
    }

    #[test]
    fn from_end_takes_the_top_of_an_empty_segment() {
        let mut a = RangeAllocator::new(1000);
        let top = a.allocate(10, 1, true).unwrap();
        assert_eq!(top, Range { offset: 990, size: 10 });
        let bottom = a.allocate(10, 1, false).unwrap();
        assert_eq!(bottom, Range { offset: 0, size: 10 });
        // Aligned and rounded: 201 units round up to 204 (bins are 4 wide in [128, 256)), and
        // the top of the free block [10, 990) aligned down to 16 gives 990 - 204 = 786 -> 784.
        let aligned_top = a.allocate(201, 16, true).unwrap();
        assert_eq!(aligned_top, Range { offset: 784, size: 204 });
        a.check_invariants();
        assert_eq!(a.used(), 224);
        assert_eq!(a.free_units(), 776);
        // The 2 units above the aligned range stay free, next to nothing else.
        assert_eq!(a.free_blocks(), 2);
        assert_eq!(a.largest_free(), 784 - 10);
        let mut top_only = RangeAllocator::new(1 << 30);
        assert_eq!(
            top_only.allocate(1 << 20, 1 << 20, true),
            Some(Range { offset: (1 << 30) - (1 << 20), size: 1 << 20 })
        );
    }

    #[test]
    fn full_segment_fails_and_certainly_fails_agrees() {
        let mut a = RangeAllocator::new(4096);
        let mut offsets = Vec::new();
        while let Some(r) = a.allocate(16, 1, false) {
            offsets.push(r.offset);
        }
        assert_eq!(offsets.len(), 256);
        assert_eq!(a.used(), 4096);
        assert_eq!(a.free_units(), 0);
        assert_eq!(a.largest_free(), 0);
        assert_eq!(a.free_blocks(), 0);
        assert_eq!(a.allocate(1, 1, false), None);
        assert_eq!(a.allocate(1, 1, true), None);
        assert!(a.certainly_fails(1, 1));
        assert!(a.certainly_fails(5000, 1), "larger than the segment");
        // Fragmented: one free hole of 16 units; anything bigger certainly fails.
        assert!(a.free(offsets[100]));
        assert!(!a.certainly_fails(16, 1));
        assert!(a.certainly_fails(17, 1));
        assert_eq!(a.allocate(17, 1, false), None);
        assert_eq!(a.allocate(16, 1, true), Some(Range { offset: offsets[100], size: 16 }));
        // Invalid requests are rejected both ways.
        let mut empty = RangeAllocator::new(64);
        assert!(empty.certainly_fails(0, 1) && empty.allocate(0, 1, false).is_none());
        assert!(empty.certainly_fails(1, 3) && empty.allocate(1, 3, false).is_none());
        assert!(empty.certainly_fails(65, 1) && empty.allocate(65, 1, false).is_none());
        let mut zero = RangeAllocator::new(0);
        assert!(zero.certainly_fails(1, 1) && zero.allocate(1, 1, false).is_none());
        assert_eq!((zero.largest_free(), zero.free_blocks()), (0, 0));
    }

    #[test]
    #[cfg_attr(miri, ignore = "too slow under Miri")]
    fn freeing_everything_coalesces_into_one_block() {
        let capacity = 1 << 18;
        let mut a = RangeAllocator::new(capacity);
        let mut rng = XorShift::new(3);
        let mut live = Vec::new();
        while let Some(r) = a.allocate(vidmm_size(&mut rng), 1 << rng.below(5), rng.below(2) == 0) {
            live.push(r.offset);
        }
        assert!(a.free_blocks() > 1 || a.free_units() == 0);
        a.check_invariants();
        // Free in a scrambled order so merges happen on both sides.
        for i in (1..live.len()).rev() {
            live.swap(i, rng.below(i as u64 + 1) as usize);
        }
        for (k, offset) in live.iter().enumerate() {
            assert!(a.free(*offset));
            if k % 97 == 0 {
                a.check_invariants();
            }
        }
        a.check_invariants();
        assert_eq!(a.largest_free(), capacity);
        assert_eq!(a.free_blocks(), 1);
        assert_eq!(a.used(), 0);
        assert_eq!(a.live_ranges(), 0);
        assert_eq!(a.allocate(capacity, 1, false), Some(Range { offset: 0, size: capacity }));
    }

    #[test]
    fn double_free_and_bad_offsets_change_nothing() {
        let mut a = RangeAllocator::new(1 << 12);
        let r1 = a.allocate(40, 1, false).unwrap();
        let r2 = a.allocate(7, 4, false).unwrap();
        let snapshot = |a: &RangeAllocator| (a.used(), a.free_blocks(), a.largest_free(), a.live_ranges());
        let before = snapshot(&a);
        assert!(!a.free(r1.offset + 1), "inside a range");
        assert!(!a.free(r2.end()), "start of the free tail");
        assert!(!a.free(1 << 40), "beyond the segment");
        assert_eq!(snapshot(&a), before);
        assert!(a.free(r1.offset));
        let after_one = snapshot(&a);
        assert!(!a.free(r1.offset), "double free");
        assert_eq!(snapshot(&a), after_one);
        a.check_invariants();
        assert!(a.free(r2.offset));
        assert!(!a.free(r2.offset));
        assert_eq!(snapshot(&a), (0, 1, 1 << 12, 0));
    }

    #[test]
    #[cfg_attr(miri, ignore = "too slow under Miri")]
    fn randomized_against_a_reference_model() {
        for seed in [1u64, 2, 3, 0xDEAD_BEEF, 42] {
            let mut rng = XorShift::new(seed);
            let capacity = 1 + rng.below(1 << 14);
            let mut a = RangeAllocator::new(capacity);
            // Reference model: the live ranges themselves, in address order.
            let mut model: std::collections::BTreeMap<u64, u64> = Default::default();
            for step in 0..6000 {
                if rng.below(100) < 55 || model.is_empty() {
                    let size = if rng.below(4) == 0 { 1 + rng.below(capacity) } else { 1 + rng.below(64) };
                    let alignment = 1u64 << rng.below(7);
                    let predicted_failure = a.certainly_fails(size, alignment);
                    let largest = a.largest_free();
                    match a.allocate(size, alignment, rng.below(2) == 0) {
                        Some(r) => {
                            assert!(!predicted_failure, "certainly_fails said no to a fitting request");
                            assert!(r.size >= size && r.size <= largest);
                            assert_eq!(r.offset % alignment, 0);
                            assert!(r.end() <= capacity, "range beyond capacity");
                            if let Some((&o, &s)) = model.range(..=r.offset).next_back() {
                                assert!(o + s <= r.offset, "overlaps the range below");
                            }
                            if let Some((&o, _)) = model.range(r.offset..).next() {
                                assert!(r.end() <= o, "overlaps the range above");
                            }
                            model.insert(r.offset, r.size);
                        }
                        None => {
                            if alignment == 1 {
                                assert!(predicted_failure, "alignment 1: the failure decision is exact");
                            }
                        }
                    }
                } else {
                    let pick = rng.below(model.len() as u64) as usize;
                    let offset = *model.keys().nth(pick).unwrap();
                    assert!(a.free(offset));
                    model.remove(&offset);
                    assert!(!a.free(offset));
                }
                assert_eq!(a.used(), model.values().sum::<u64>());
                assert_eq!(a.live_ranges(), model.len());
                assert_eq!(a.free_units(), capacity - a.used());
                if step % 500 == 0 {
                    a.check_invariants();
                }
            }
            a.check_invariants();
        }
    }

    /// Result of holding a segment at a target occupancy under random churn.
    #[derive(Default)]
    struct Churn {
        allocations: u64,
        failures: u64,
        /// Failures where the free units would have held the request: fragmentation failures.
        fragmentation_failures: u64,
        /// Units handed out beyond what was requested, summed over counted allocations.
        rounding: u64,
        requested: u64,
    }

    /// Churn as in vidmm.md b.2: fill to `target` (fraction of capacity, counted in requested
    /// units as the research note does), then each step allocates while below the target and
    /// frees a random live range otherwise; a failed allocation frees a random live range.
    /// The first `warmup` steps after the fill are not counted, the next `steps` are.
    fn churn(seed: u64, capacity: u64, target: f64, warmup: usize, steps: usize) -> (RangeAllocator, Churn) {
        let mut rng = XorShift::new(seed);
        let mut a = RangeAllocator::new(capacity);
        let mut live: Vec<(u64, u64)> = Vec::new();
        let goal = (capacity as f64 * target) as u64;
        let mut requested = 0;
        let mut stats = Churn::default();
        let mut filled = false;
        let mut step = 0;
        while step < warmup + steps {
            let counting = step >= warmup;
            if requested < goal {
                let size = vidmm_size(&mut rng);
                stats.allocations += u64::from(counting);
                match a.allocate(size, 1, false) {
                    Some(r) => {
                        live.push((r.offset, size));
                        requested += size;
                        if counting {
                            stats.rounding += r.size - size;
                            stats.requested += size;
                        }
                    }
                    None => {
                        assert!(a.certainly_fails(size, 1), "alignment 1: failure must be predicted");
                        if counting {
                            stats.failures += 1;
                            stats.fragmentation_failures += u64::from(size <= a.free_units());
                        }
                        let (victim, victim_size) = live.swap_remove(rng.below(live.len() as u64) as usize);
                        assert!(a.free(victim));
                        requested -= victim_size;
                    }
                }
            } else {
                filled = true;
                let (victim, victim_size) = live.swap_remove(rng.below(live.len() as u64) as usize);
                assert!(a.free(victim));
                requested -= victim_size;
            }
            step += usize::from(filled);
        }
        (a, stats)
    }

    #[test]
    #[cfg_attr(miri, ignore = "too slow under Miri")]
    fn churn_at_90_percent_keeps_fragmentation_failures_low() {
        // 1 GiB segment of 4 KiB units, b.2 size mix, alignment 1, occupancy held at 90% of
        // requested units as in the research note (reserved units, rounding included, sit about
        // 0.5 points higher).
        //
        // Fragmentation builds up slowly: the failure rate climbs from ~1.3% over the first 50k
        // steps to a steady 3.9%-4.25% after ~600k steps (release run over 4M steps in 250k-step
        // windows; 3.9% averaged over 2M steps on 4 seeds). So each seed warms up 600k steps and
        // counts the next 200k. This window measured 4.21% (seed 90) and 4.23% (seed 91).
        //
        // Bound: 4.6%, about 10% above the worst steady-state window seen, and within the
        // vidmm.md d.3 target of 5%. The run is deterministic (fixed seeds), so the headroom is
        // for future changes, not noise. It catches losing the bin rounding: searching with
        // exact sizes gives 5.15% in this window with 5 mantissa bits, and 14.1% with
        // OffsetAllocator's 3 bits (the research note's 14.1%, reproduced).
        for seed in [90, 91] {
            let (a, stats) = churn(seed, 1 << 18, 0.90, 600_000, 200_000);
            let rate = stats.fragmentation_failures as f64 / stats.allocations as f64;
            println!(
                "churn 90%, seed {seed}: {} allocations, {} failures ({} fragmentation, {:.2}%), \
                 rounding waste {:.2}%, {} free blocks, largest free {} units, reserved {:.1}%",
                stats.allocations,
                stats.failures,
                stats.fragmentation_failures,
                rate * 100.0,
                stats.rounding as f64 * 100.0 / stats.requested as f64,
                a.free_blocks(),
                a.largest_free(),
                a.used() as f64 * 100.0 / a.capacity() as f64,
            );
            assert!(stats.failures > 0, "the segment must actually be under pressure");
            assert!(rate < 0.046, "seed {seed}: fragmentation failures {:.2}% at 90%", rate * 100.0);
            assert!(stats.rounding * 100 < stats.requested, "rounding waste above 1%");
            a.check_invariants();
        }
    }
}

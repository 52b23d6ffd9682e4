//! The call journal: every entry point's call and outcome, in order, for the person debugging.
//!
//! An entry is plain data: its sequence number, thread, adapter, the entry point's name, its
//! inputs and outcome as [`Text`](crate::journal::Text) (a static template with integer values), the call it ran
//! inside and how deep. Recording one formats nothing and allocates nothing; the words are made
//! when somebody reads: `WddmShimGetJournal`, `WddmShimGetJournalEntries` (the fields), or, when
//! the environment variable `WDDMSHIM_LOG` is set to anything, stderr, one line per entry:
//! `wddm-shim #12 [thread 3] [adapter 1]   DxgkDdiCreateAllocation(NumAllocations 1, ...) -> STATUS_SUCCESS`.
//!
//! A call takes its sequence number when it begins, so the DDIs and callbacks made inside a
//! `pfnAllocateCb` come after it, indented one step per level, and name it as their parent.
//! Entries live in a ring of [`CAPACITY`](crate::journal::CAPACITY) slots (the newest are kept), each slot behind its own
//! lock: writers on different threads or adapters never wait for one another.

mod names;
mod ring;
mod text;

use std::cell::{Cell, RefCell};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// `text!("hDevice {:#010x}", h)`: journal words made only when read (see [`Text`]).
pub use crate::journal_text as text;
pub use text::{Arg, MAX_ARGS, MAX_WORDS, Text, Values, placeholders};

use crate::abi::{HRESULT, NTSTATUS};

/// How many entries the journal keeps before the oldest are overwritten.
pub const CAPACITY: usize = if cfg!(miri) { 4096 } else { 65_536 };

/// The value a call returned, kept as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// A call that returns nothing.
    Nothing,
    /// An HRESULT.
    HResult(HRESULT),
    /// An NTSTATUS.
    NtStatus(NTSTATUS),
    /// A pointer (NULL for a refusal).
    Pointer(usize),
    /// A `D3DKMT_HANDLE` (0 for a refusal).
    Handle(u32),
    /// A `BOOLEAN`.
    Boolean(bool),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Value::Nothing => Ok(()),
            Value::HResult(code) => Text::template("{}", &[Arg::HResult(code)]).fmt(f),
            Value::NtStatus(status) => Text::template("{}", &[Arg::NtStatus(status)]).fmt(f),
            Value::Pointer(address) => write!(f, "{address:#x}"),
            Value::Handle(handle) => write!(f, "{handle:#010x}"),
            Value::Boolean(value) => f.write_str(if value { "TRUE" } else { "FALSE" }),
        }
    }
}

/// How a call ended, or what a note says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It returned this value.
    Returned(Value),
    /// It refused the call: the value returned and why.
    Refused {
        /// The value returned.
        result: Value,
        /// Why.
        reason: Text,
    },
    /// A panic inside the library was contained; its message.
    Panicked(Text),
    /// A note of the shim's own (a leak report line, a contract warning, the GPU's progress).
    Note(Text),
}

/// One journal entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Position in the process-wide sequence, from 1, taken when the call began.
    pub sequence: u64,
    /// The sequence number of the call this one ran inside (0: none).
    pub parent: u64,
    /// How many calls this one ran inside.
    pub depth: u32,
    /// A small number identifying the calling thread, stable for the thread's life.
    pub thread: u64,
    /// The adapter the call concerns (0: none or unknown).
    pub adapter: u64,
    /// The entry point's name.
    pub name: &'static str,
    /// Its key inputs.
    pub inputs: Option<Text>,
    /// How it ended.
    pub outcome: Outcome,
}

impl std::fmt::Display for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{} [thread {}]", self.sequence, self.thread)?;
        if self.adapter != 0 {
            write!(f, " [adapter {}]", self.adapter)?;
        }
        f.write_str(" ")?;
        for _ in 0..self.depth {
            f.write_str("  ")?;
        }
        match &self.inputs {
            Some(inputs) => write!(f, "{}({}) -> ", self.name, inputs)?,
            None => write!(f, "{} -> ", self.name)?,
        }
        match &self.outcome {
            Outcome::Returned(value) => write!(f, "{value}"),
            Outcome::Refused { result, reason } => write!(f, "{result}: {reason}"),
            Outcome::Panicked(message) => write!(f, "panic contained: {message}"),
            Outcome::Note(text) => write!(f, "{text}"),
        }
    }
}

static SEQUENCE: AtomicU64 = AtomicU64::new(0);
static NEXT_THREAD: AtomicU64 = AtomicU64::new(1);
static LOG_TO_STDERR: LazyLock<bool> = LazyLock::new(|| std::env::var_os("WDDMSHIM_LOG").is_some());

/// How deeply calls may nest and still have their inputs shown (deeper calls are journaled
/// without them).
const MAX_DEPTH: usize = 16;

/// What this thread's journal writing needs, in one thread-local.
struct ThreadState {
    /// A small number naming the thread (0 until its first entry).
    thread: Cell<u64>,
    /// The adapter the entry point running on this thread works on, once it knows.
    adapter: Cell<u64>,
    /// The sequence number of the innermost call in progress (0: none).
    parent: Cell<u64>,
    /// How many calls are in progress.
    depth: Cell<u32>,
    /// Key inputs, by nesting: slot 0 outside any call, slot `d + 1` for the call at depth `d`.
    /// A call's inputs stay in its slot, so nesting copies none of them.
    inputs: RefCell<[Option<Text>; MAX_DEPTH + 1]>,
}

thread_local! {
    static STATE: ThreadState = const {
        ThreadState {
            thread: Cell::new(0),
            adapter: Cell::new(0),
            parent: Cell::new(0),
            depth: Cell::new(0),
            inputs: RefCell::new([const { None }; MAX_DEPTH + 1]),
        }
    };
}

impl ThreadState {
    fn thread(&self) -> u64 {
        match self.thread.get() {
            0 => {
                let thread = NEXT_THREAD.fetch_add(1, Ordering::Relaxed);
                self.thread.set(thread);
                thread
            }
            thread => thread,
        }
    }

    /// The inputs slot of the innermost call in progress (slot 0 outside any call; none for a
    /// call nested deeper than [`MAX_DEPTH`]).
    fn inputs_slot(&self) -> Option<usize> {
        Some(self.depth.get() as usize).filter(|&slot| slot <= MAX_DEPTH)
    }
}

/// Records the key inputs of the entry point running on this thread (`hDevice 0x40000000,
/// NumAllocations 2`); they appear in its journal entry.
pub fn inputs(text: Text) {
    STATE.with(|state| {
        if let Some(slot) = state.inputs_slot() {
            state.inputs.borrow_mut()[slot] = Some(text);
        }
    });
}

/// Tags the journal entries of the entry point running on this thread with `adapter`.
pub fn set_current_adapter(adapter: u64) {
    STATE.with(|state| state.adapter.set(adapter));
}

/// The adapter tag of the entry point running on this thread (0: none yet).
pub fn current_adapter() -> u64 {
    STATE.with(|state| state.adapter.get())
}

/// The journal sequence number the next call or note will get (for "freed at #N" reports).
pub fn next_sequence() -> u64 {
    SEQUENCE.load(Ordering::Relaxed) + 1
}

/// A call in progress: it holds its sequence number and the state of the call around it, which
/// it gives back when it ends (also when it is dropped without [`Call::finish`]).
pub struct Call {
    name: &'static str,
    sequence: u64,
    parent: u64,
    depth: u32,
    outer_adapter: u64,
}

impl Call {
    /// Begins a call to `name` on this thread: it takes the next sequence number and becomes
    /// the parent of what is recorded until it ends. It inherits the adapter tag of the call it
    /// runs inside; its inputs start empty.
    #[inline]
    pub fn begin(name: &'static str) -> Call {
        let sequence = SEQUENCE.fetch_add(1, Ordering::Relaxed) + 1;
        STATE.with(|state| {
            let parent = state.parent.replace(sequence);
            let depth = state.depth.get();
            state.depth.set(depth + 1);
            if let Some(slot) = state.inputs.borrow_mut().get_mut(depth as usize + 1) {
                *slot = None;
            }
            Call { name, sequence, parent, depth, outer_adapter: state.adapter.get() }
        })
    }

    /// Ends the call with `outcome`, under the adapter and inputs its body recorded.
    #[inline]
    pub fn finish(self, outcome: Outcome) {
        let (adapter, inputs) = STATE.with(|state| {
            let slot = self.depth as usize + 1;
            let inputs = state.inputs.borrow_mut().get_mut(slot).and_then(Option::take);
            (state.adapter.get(), inputs)
        });
        self.write(adapter, inputs, outcome);
    }

    /// Ends a DDI call into the KMD of `adapter`: its status and a note (None: nothing to add).
    pub fn finish_ddi(self, adapter: u64, inputs: Option<Text>, status: NTSTATUS, note: Option<Text>) {
        let result = Value::NtStatus(status);
        let outcome = match note {
            None => Outcome::Returned(result),
            Some(reason) => Outcome::Refused { result, reason },
        };
        self.finish_at(adapter, inputs, outcome);
    }

    /// Ends a call made on behalf of `adapter` (a DDI, a kernel routine) with `outcome`.
    pub fn finish_at(self, adapter: u64, inputs: Option<Text>, outcome: Outcome) {
        self.write(adapter, inputs, outcome);
    }

    #[inline]
    fn write(&self, adapter: u64, inputs: Option<Text>, outcome: Outcome) {
        let thread = STATE.with(ThreadState::thread);
        store(Entry {
            sequence: self.sequence,
            parent: self.parent,
            depth: self.depth,
            thread,
            adapter,
            name: self.name,
            inputs,
            outcome,
        });
    }
}

impl Drop for Call {
    fn drop(&mut self) {
        STATE.with(|state| {
            state.parent.set(self.parent);
            state.depth.set(self.depth);
            state.adapter.set(self.outer_adapter);
            if let Some(slot) = state.inputs.borrow_mut().get_mut(self.depth as usize + 1) {
                *slot = None;
            }
        });
    }
}

/// Records a DDI call into the KMD of `adapter` that has already returned (a start-up step).
pub fn record_ddi(adapter: u64, name: &'static str, status: NTSTATUS) {
    Call::begin(name).finish_ddi(adapter, None, status, None);
}

/// Records a note of the shim's own (a leak report line, a contract warning) inside the call in
/// progress on this thread.
pub fn record_note(adapter: u64, name: &'static str, text: impl Into<Text>) {
    let sequence = SEQUENCE.fetch_add(1, Ordering::Relaxed) + 1;
    let (parent, depth, thread) = STATE.with(|state| (state.parent.get(), state.depth.get(), state.thread()));
    store(Entry {
        sequence,
        parent,
        depth,
        thread,
        adapter,
        name,
        inputs: None,
        outcome: Outcome::Note(text.into()),
    });
}

#[inline]
fn store(entry: Entry) {
    if *LOG_TO_STDERR {
        eprintln!("wddm-shim {entry}");
    }
    ring::store(entry);
}

/// The newest `count` finished entries concerning `adapter` (0: all), in sequence order.
pub fn recent(adapter: u64, count: usize) -> Vec<Entry> {
    ring::newest(SEQUENCE.load(Ordering::Acquire), count, |entry| adapter == 0 || entry.adapter == adapter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mine(thread: u64) -> Vec<Entry> {
        recent(0, CAPACITY).into_iter().filter(|e| e.thread == thread).collect()
    }

    #[test]
    fn a_nested_call_comes_after_its_caller_and_names_it() {
        let thread = STATE.with(ThreadState::thread);
        let outer = Call::begin("outer");
        inputs(text!("hDevice {:#010x}", 0x4000_0001u32));
        let inner = Call::begin("inner");
        record_note(0, "note", "inside");
        inner.finish(Outcome::Returned(Value::NtStatus(0)));
        outer.finish(Outcome::Returned(Value::HResult(0)));
        let entries = mine(thread);
        let [outer, inner, note] = &entries[entries.len() - 3..] else { unreachable!() };
        assert_eq!((outer.name, outer.depth, outer.parent), ("outer", 0, 0));
        assert_eq!((inner.name, inner.depth, inner.parent), ("inner", 1, outer.sequence));
        assert_eq!((note.name, note.depth, note.parent), ("note", 2, inner.sequence));
        assert!(outer.sequence < inner.sequence && inner.sequence < note.sequence);
        assert_eq!(
            outer.to_string(),
            format!("#{} [thread {thread}] outer(hDevice 0x40000001) -> S_OK", outer.sequence)
        );
        assert!(inner.to_string().ends_with("]   inner -> STATUS_SUCCESS"), "{inner}");
        assert_eq!(inner.inputs, None, "inputs belong to the call that recorded them");
        assert_eq!(STATE.with(|state| state.parent.get()), 0, "the state around the calls is restored");
    }

    #[test]
    fn an_unfinished_call_is_not_shown_and_gives_back_the_outer_state() {
        let thread = STATE.with(ThreadState::thread);
        set_current_adapter(7);
        inputs(Text::Fixed("outer inputs"));
        let call = Call::begin("unfinished");
        set_current_adapter(9);
        assert!(mine(thread).iter().all(|e| e.name != "unfinished"));
        drop(call);
        assert_eq!(current_adapter(), 7);
        assert_eq!(
            STATE.with(|state| state.inputs.borrow_mut()[0].take()),
            Some(Text::Fixed("outer inputs"))
        );
        set_current_adapter(0);
    }
}

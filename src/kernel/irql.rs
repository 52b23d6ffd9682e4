//! The IRQL, per thread (a thread is a processor here): raised by spin locks and by the
//! library around the DDIs Windows calls at DISPATCH_LEVEL or a device IRQL.

use std::cell::Cell;

use super::report;

/// `PASSIVE_LEVEL`.
pub const PASSIVE_LEVEL: u8 = 0;
/// `APC_LEVEL`.
pub const APC_LEVEL: u8 = 1;
/// `DISPATCH_LEVEL`.
pub const DISPATCH_LEVEL: u8 = 2;
/// The device IRQL (DIRQL) the software GPU's interrupt is delivered at: a value in the range
/// x64 Windows gives devices (3 to 12).
pub const DEVICE_IRQL: u8 = 6;
/// `HIGH_LEVEL`.
pub const HIGH_LEVEL: u8 = 15;

thread_local! {
    static IRQL: Cell<u8> = const { Cell::new(PASSIVE_LEVEL) };
}

/// `KeGetCurrentIrql`.
pub fn current() -> u8 {
    IRQL.with(Cell::get)
}

/// `KfRaiseIrql`: sets `new` and returns the previous IRQL; raising to a lower IRQL is an
/// error (IRQL_NOT_GREATER_OR_EQUAL on Windows), reported and not applied.
pub fn raise(routine: &'static str, new: u8) -> u8 {
    let old = current();
    if new > HIGH_LEVEL {
        report::error(routine, format!("raise to IRQL {new}, above HIGH_LEVEL"));
        return old;
    }
    if new < old {
        report::error(
            routine,
            format!("raise to IRQL {new} from the higher IRQL {old} (IRQL_NOT_GREATER_OR_EQUAL on Windows)"),
        );
        return old;
    }
    IRQL.with(|i| i.set(new));
    old
}

/// `KeLowerIrql`: sets `new`; "lowering" to a higher IRQL is an error (IRQL_NOT_LESS_OR_EQUAL),
/// reported and not applied.
pub fn lower(routine: &'static str, new: u8) {
    let old = current();
    if new > old {
        report::error(
            routine,
            format!("lower to IRQL {new} from the lower IRQL {old} (IRQL_NOT_LESS_OR_EQUAL on Windows)"),
        );
        return;
    }
    IRQL.with(|i| i.set(new));
}

/// Runs `f` at `level` (the library calling a DDI at the IRQL the documentation gives), then
/// restores the caller's IRQL, whatever `f` left behind (a KMD that returns at another IRQL is
/// reported).
pub fn at<R>(level: u8, ddi: &'static str, f: impl FnOnce() -> R) -> R {
    let saved = current();
    IRQL.with(|i| i.set(level.max(saved)));
    let value = f();
    let left = current();
    if left != level.max(saved) {
        report::error(ddi, format!("returned at IRQL {left}; it was called at IRQL {}", level.max(saved)));
    }
    IRQL.with(|i| i.set(saved));
    value
}

/// `PAGED_CODE()`: pageable code must run at APC_LEVEL or below.
pub fn check_paged_code(function: &str, file: &str, line: u32) {
    let irql = current();
    if irql > APC_LEVEL {
        report::error(
            "PAGED_CODE",
            format!(
                "pageable routine {function} ({file}:{line}) called at IRQL {irql} ({}): a page fault here is fatal on Windows",
                name(irql)
            ),
        );
    }
}

/// The IRQL's name.
pub fn name(irql: u8) -> &'static str {
    match irql {
        PASSIVE_LEVEL => "PASSIVE_LEVEL",
        APC_LEVEL => "APC_LEVEL",
        DISPATCH_LEVEL => "DISPATCH_LEVEL",
        HIGH_LEVEL => "HIGH_LEVEL",
        3..=12 => "a device IRQL",
        _ => "a system IRQL",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raise_and_lower_restore_the_previous_irql() {
        assert_eq!(current(), PASSIVE_LEVEL);
        let old = raise("test", DISPATCH_LEVEL);
        assert_eq!((old, current()), (PASSIVE_LEVEL, DISPATCH_LEVEL));
        let errors = report::total_errors();
        assert_eq!(raise("test", APC_LEVEL), DISPATCH_LEVEL, "raising down is refused");
        assert_eq!(current(), DISPATCH_LEVEL);
        assert!(report::total_errors() > errors);
        lower("test", old);
        assert_eq!(current(), PASSIVE_LEVEL);
        assert_eq!(at(DEVICE_IRQL, "test", current), DEVICE_IRQL);
        assert_eq!(current(), PASSIVE_LEVEL);
    }
}

//! Turning panics (for example from a compiler bug) into ordinary errors.
//!
//! [`catch`] runs a closure under `catch_unwind`. If [`install_quiet_hook`]
//! was called, panics inside [`catch`] are recorded with their source location
//! instead of being printed by the default hook; panics elsewhere still go to
//! the previous hook, so installing it never hides an ordinary test failure.
//! A panic on another thread while some [`catch`] runs (for example in a
//! parallel-compilation worker, whose panic is then resumed on the catching
//! thread) is printed as usual and its message and location are kept as well.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once};

/// How many [`catch`] calls are running, on any thread.
static ACTIVE_GUARDS: AtomicUsize = AtomicUsize::new(0);
/// The last panic seen on an unguarded thread while some [`catch`] was running.
static OTHER_THREAD_PANIC: Mutex<Option<String>> = Mutex::new(None);

thread_local! {
    static GUARD_DEPTH: Cell<usize> = const { Cell::new(0) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs, once per process, a hook that records panics inside [`catch`] silently.
pub fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let mut message = payload_message(info.payload());
            if let Some(location) = info.location() {
                message = format!(
                    "{message} (at {}:{}:{})",
                    location.file(),
                    location.line(),
                    location.column()
                );
            }
            let guarded = GUARD_DEPTH.try_with(|d| d.get() > 0).unwrap_or(false);
            if guarded {
                let _ = LAST_PANIC.try_with(|last| *last.borrow_mut() = Some(message));
                return;
            }
            if ACTIVE_GUARDS.load(Ordering::SeqCst) > 0 {
                if let Ok(mut slot) = OTHER_THREAD_PANIC.lock() {
                    *slot = Some(message);
                }
            }
            previous(info);
        }));
    });
}

/// Runs `f`; a panic becomes `Err` with the panic message (and location, if the hook is installed).
pub fn catch<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    GUARD_DEPTH.with(|d| d.set(d.get() + 1));
    ACTIVE_GUARDS.fetch_add(1, Ordering::SeqCst);
    LAST_PANIC.with(|last| last.borrow_mut().take());
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    ACTIVE_GUARDS.fetch_sub(1, Ordering::SeqCst);
    GUARD_DEPTH.with(|d| d.set(d.get() - 1));
    result.map_err(|payload| {
        let payload_text = payload_message(&*payload);
        let recorded = LAST_PANIC
            .with(|last| last.borrow_mut().take())
            .or_else(|| {
                // A panic resumed from another thread: use its record if it matches.
                let mut slot = OTHER_THREAD_PANIC.lock().ok()?;
                slot.take().filter(|m| m.starts_with(&payload_text))
            });
        let message = recorded.unwrap_or(payload_text);
        // Dropping a payload can itself panic; don't let that escape.
        let _ = panic::catch_unwind(AssertUnwindSafe(move || drop(payload)));
        message
    })
}

/// The message of a panic payload, when it is a string.
pub fn payload_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catch_returns_value_or_message() {
        install_quiet_hook();
        assert_eq!(catch(|| 7), Ok(7));
        let err = catch(|| -> u32 { panic!("boom {}", 42) }).unwrap_err();
        assert!(err.starts_with("boom 42 (at "), "{err}");
        assert!(err.contains("panics.rs"), "{err}");
        let err = catch(|| std::panic::panic_any(3u8)).unwrap_err();
        assert!(err.starts_with("panic with a non-string payload"), "{err}");
    }

    #[test]
    fn panics_resumed_from_other_threads_keep_their_location() {
        install_quiet_hook();
        let err = catch(|| {
            let worker = std::thread::spawn(|| panic!("worker failed"));
            if let Err(payload) = worker.join() {
                std::panic::resume_unwind(payload);
            }
        })
        .unwrap_err();
        assert!(err.starts_with("worker failed (at "), "{err}");
        assert!(err.contains("panics.rs"), "{err}");
    }
}

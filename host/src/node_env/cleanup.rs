//! Environment cleanup hooks (`napi_add_env_cleanup_hook`,
//! `napi_add_async_cleanup_hook`) and the hooks thread-safe functions register.
//!
//! Node keeps one queue per `node::Environment`, shared by every addon, and runs it in
//! reverse order of registration when the environment is torn down after a natural
//! exit (not after `process.exit()` or an uncaught exception). Every hook here carries
//! a sequence number from one process-wide counter, so the runtime can merge the
//! hooks of all its envs into that order.

use super::Slab;
use crate::env::Env;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_SEQUENCE: AtomicU64 = AtomicU64::new(1);

fn next_sequence() -> u64 {
    NEXT_SEQUENCE.fetch_add(1, Ordering::Relaxed)
}

/// A registered hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CleanupHook {
    /// `napi_add_env_cleanup_hook`: `fun(arg)`.
    Env {
        /// `void (*fun)(void* arg)` (a table index).
        fun: u32,
        /// `arg`
        arg: u32,
    },
    /// `napi_add_async_cleanup_hook`: `hook(handle, arg)`.
    Async {
        /// The `napi_async_cleanup_hook_handle`.
        handle: u32,
        /// `napi_async_cleanup_hook hook` (a table index).
        hook: u32,
        /// `arg`
        arg: u32,
    },
    /// A thread-safe function's own hook, which closes it.
    Tsfn(u32),
}

/// `napi_add_env_cleanup_hook` was given a `(fun, arg)` pair that is already
/// registered (Node aborts the process in that case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DuplicateHook;

/// The cleanup hooks of one env, with their sequence numbers.
pub(crate) struct Hooks {
    entries: Vec<(u64, CleanupHook)>,
    /// Live `napi_async_cleanup_hook_handle`s (valid until removed, even after the
    /// hook ran).
    handles: Slab<()>,
}

impl Default for Hooks {
    fn default() -> Self {
        Hooks {
            entries: Vec::new(),
            handles: Slab::new(5),
        }
    }
}

impl Hooks {
    /// `napi_add_env_cleanup_hook`.
    pub(crate) fn add_env(&mut self, fun: u32, arg: u32) -> Result<(), DuplicateHook> {
        let hook = CleanupHook::Env { fun, arg };
        if self.entries.iter().any(|(_, h)| *h == hook) {
            return Err(DuplicateHook);
        }
        self.entries.push((next_sequence(), hook));
        Ok(())
    }

    /// `napi_remove_env_cleanup_hook` (removing a hook that is not registered does
    /// nothing, as in Node).
    pub(crate) fn remove_env(&mut self, fun: u32, arg: u32) {
        let hook = CleanupHook::Env { fun, arg };
        self.entries.retain(|(_, h)| *h != hook);
    }

    /// `napi_add_async_cleanup_hook`: returns the handle.
    pub(crate) fn add_async(&mut self, hook: u32, arg: u32) -> u32 {
        let handle = self.handles.insert(());
        self.entries
            .push((next_sequence(), CleanupHook::Async { handle, hook, arg }));
        handle
    }

    /// `napi_remove_async_cleanup_hook`: `false` when `handle` names no live hook.
    pub(crate) fn remove_async(&mut self, handle: u32) -> bool {
        if self.handles.remove(handle).is_none() {
            return false;
        }
        self.entries
            .retain(|(_, h)| !matches!(h, CleanupHook::Async { handle: x, .. } if *x == handle));
        true
    }

    /// Registers the hook of thread-safe function `id`.
    pub(crate) fn add_tsfn(&mut self, id: u32) {
        self.entries.push((next_sequence(), CleanupHook::Tsfn(id)));
    }

    /// Unregisters the hook of thread-safe function `id` (it was finalized).
    pub(crate) fn remove_tsfn(&mut self, id: u32) {
        self.entries.retain(|(_, h)| *h != CleanupHook::Tsfn(id));
    }

    /// The sequence numbers of every registered hook.
    pub(crate) fn sequences(&self) -> Vec<u64> {
        self.entries.iter().map(|(seq, _)| *seq).collect()
    }

    /// Unregisters and returns the hook with sequence number `seq`, if it is still
    /// registered (a hook may remove another before it runs).
    pub(crate) fn take(&mut self, seq: u64) -> Option<CleanupHook> {
        let index = self.entries.iter().position(|(s, _)| *s == seq)?;
        Some(self.entries.remove(index).1)
    }
}

impl Env {
    /// Runs one cleanup hook at teardown. JS cannot run any more; a trap poisons the
    /// instance and is otherwise ignored (the runtime is going away).
    pub(crate) fn run_cleanup_hook(&self, hook: CleanupHook) {
        if self.is_poisoned() {
            return;
        }
        let result = match hook {
            CleanupHook::Env { fun, arg } => self.call_into_module(|env| {
                let func = env.guest_func::<u32, ()>(fun)?;
                env.stores.with(|store| func.call(store, arg))
            }),
            CleanupHook::Async { handle, hook, arg } => self.call_into_module(|env| {
                let func = env.guest_func::<(u32, u32), ()>(hook)?;
                env.stores.with(|store| func.call(store, (handle, arg)))
            }),
            CleanupHook::Tsfn(id) => {
                self.node.tsfns().close_for_cleanup(id);
                Ok(())
            }
        };
        drop(result);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_are_refused_and_order_is_kept() {
        let mut hooks = Hooks::default();
        hooks.add_env(1, 10).unwrap();
        assert_eq!(hooks.add_env(1, 10), Err(DuplicateHook));
        hooks.add_env(1, 11).unwrap();
        let handle = hooks.add_async(2, 20);
        hooks.remove_env(1, 10);
        let seqs = hooks.sequences();
        assert_eq!(seqs.len(), 2);
        assert!(seqs[0] < seqs[1]);
        assert_eq!(
            hooks.take(seqs[0]),
            Some(CleanupHook::Env { fun: 1, arg: 11 })
        );
        assert!(hooks.remove_async(handle));
        assert!(!hooks.remove_async(handle));
        assert_eq!(hooks.take(seqs[1]), None);
    }
}

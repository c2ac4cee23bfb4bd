//! Guest linear memory: the only code that reads or writes it.
//!
//! Every access is bounds-checked against the memory's current size with overflow-safe
//! arithmetic. A NULL pointer where one is required is the caller's `napi_invalid_arg`
//! ([`GuestPtr::required`]); an out-of-bounds pointer is a [`GuestFault`], which traps the
//! guest (the wasmtime WASI rule).

use std::fmt;
use std::marker::PhantomData;

/// A pointer into guest linear memory exactly as the guest passed it (0 is NULL).
pub struct GuestPtr<T> {
    addr: u32,
    _pointee: PhantomData<fn() -> T>,
}

impl<T> Clone for GuestPtr<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for GuestPtr<T> {}

impl<T> fmt::Debug for GuestPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#x}", self.addr)
    }
}

impl<T> From<u32> for GuestPtr<T> {
    fn from(addr: u32) -> Self {
        GuestPtr::new(addr)
    }
}

impl<T> GuestPtr<T> {
    /// Wraps a raw guest address.
    pub fn new(addr: u32) -> Self {
        GuestPtr {
            addr,
            _pointee: PhantomData,
        }
    }

    /// The raw guest address.
    pub fn addr(self) -> u32 {
        self.addr
    }

    /// Whether this is NULL.
    pub fn is_null(self) -> bool {
        self.addr == 0
    }

    /// `Some(self)` unless NULL.
    pub fn non_null(self) -> Option<Self> {
        (!self.is_null()).then_some(self)
    }

    /// This pointer, or `napi_invalid_arg` when it is NULL (Node's `CHECK_ARG`).
    pub fn required(self) -> Result<Self, crate::status::NapiError> {
        if self.is_null() {
            Err(crate::status::Status::InvalidArg.into())
        } else {
            Ok(self)
        }
    }

    /// The pointer `index` elements further on (wrapping like C pointer arithmetic; the
    /// access itself is checked).
    pub fn add(self, index: u32) -> Self {
        let size = u32::try_from(size_of_guest::<T>()).unwrap_or(u32::MAX);
        GuestPtr::new(self.addr.wrapping_add(index.wrapping_mul(size)))
    }
}

fn size_of_guest<T>() -> usize {
    // Guest layouts are wasm32: every scalar we address through `add` has its natural
    // size, except pointers, which the guest types spell as `u32`.
    std::mem::size_of::<T>()
}

/// A guest access outside linear memory. It traps the guest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestFault {
    /// First byte of the access.
    pub addr: u32,
    /// Length of the access in bytes.
    pub len: u64,
    /// Size of linear memory at the time.
    pub memory_size: usize,
}

impl fmt::Display for GuestFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "guest pointer {:#x} with length {} is outside linear memory ({} bytes)",
            self.addr, self.len, self.memory_size
        )
    }
}

impl std::error::Error for GuestFault {}

/// A scalar that lives in guest memory in little-endian wasm32 layout.
pub trait GuestScalar: Copy {
    /// Size in guest memory.
    const SIZE: usize;
    /// Decodes from exactly `SIZE` bytes.
    fn read_le(bytes: &[u8]) -> Self;
    /// Encodes into exactly `SIZE` bytes.
    fn write_le(self, bytes: &mut [u8]);
}

macro_rules! guest_scalar {
    ($($ty:ty),*) => {$(
        impl GuestScalar for $ty {
            const SIZE: usize = std::mem::size_of::<$ty>();
            fn read_le(bytes: &[u8]) -> Self {
                let mut raw = [0u8; std::mem::size_of::<$ty>()];
                raw.copy_from_slice(bytes);
                <$ty>::from_le_bytes(raw)
            }
            fn write_le(self, bytes: &mut [u8]) {
                bytes.copy_from_slice(&self.to_le_bytes());
            }
        }
    )*};
}
guest_scalar!(u8, u16, u32, i32, u64, i64, f64);

impl GuestScalar for bool {
    const SIZE: usize = 1;
    fn read_le(bytes: &[u8]) -> Self {
        bytes[0] != 0
    }
    fn write_le(self, bytes: &mut [u8]) {
        bytes[0] = u8::from(self);
    }
}

/// A bounds-checked view of guest linear memory, valid for one host operation.
///
/// Never keep one across a call into the guest or into JS: memory may grow.
pub struct GuestMemory<'a> {
    bytes: &'a mut [u8],
}

impl<'a> GuestMemory<'a> {
    /// Wraps the memory's current bytes.
    pub fn new(bytes: &'a mut [u8]) -> Self {
        GuestMemory { bytes }
    }

    fn range(&self, addr: u32, len: u64) -> Result<std::ops::Range<usize>, GuestFault> {
        let fault = || GuestFault {
            addr,
            len,
            memory_size: self.bytes.len(),
        };
        let start = usize::try_from(addr).map_err(|_| fault())?;
        let len = usize::try_from(len).map_err(|_| fault())?;
        let end = start.checked_add(len).ok_or_else(fault)?;
        if end > self.bytes.len() {
            return Err(fault());
        }
        Ok(start..end)
    }

    /// The `len` bytes at `addr`.
    pub fn bytes(&self, addr: u32, len: u32) -> Result<&[u8], GuestFault> {
        let range = self.range(addr, u64::from(len))?;
        Ok(&self.bytes[range])
    }

    /// The `len` bytes at `addr`, writable.
    pub fn bytes_mut(&mut self, addr: u32, len: u32) -> Result<&mut [u8], GuestFault> {
        let range = self.range(addr, u64::from(len))?;
        Ok(&mut self.bytes[range])
    }

    /// The host address of the `len` bytes at guest address `addr`, for making an engine
    /// buffer that aliases them (see `env/transfer.rs`, which owns the soundness
    /// argument: the memory never moves or shrinks, and aliases are detached before the
    /// store is freed). Getting the address is safe; only dereferencing it is not.
    pub fn host_ptr(&mut self, addr: u32, len: u32) -> Result<*mut u8, GuestFault> {
        let range = self.range(addr, u64::from(len))?;
        Ok(self.bytes[range].as_mut_ptr())
    }

    /// The guest address of host address `host` when the `len` bytes there lie inside
    /// this memory (an engine buffer aliasing it), else `None`.
    pub fn guest_addr(&self, host: usize, len: usize) -> Option<u32> {
        let offset = host.checked_sub(self.bytes.as_ptr() as usize)?;
        let end = offset.checked_add(len)?;
        if end > self.bytes.len() {
            return None;
        }
        u32::try_from(offset).ok()
    }

    /// Reads one scalar.
    pub fn read<T: GuestScalar>(&self, ptr: GuestPtr<T>) -> Result<T, GuestFault> {
        let range = self.range(ptr.addr(), T::SIZE as u64)?;
        Ok(T::read_le(&self.bytes[range]))
    }

    /// Writes one scalar.
    pub fn write<T: GuestScalar>(&mut self, ptr: GuestPtr<T>, value: T) -> Result<(), GuestFault> {
        let range = self.range(ptr.addr(), T::SIZE as u64)?;
        value.write_le(&mut self.bytes[range]);
        Ok(())
    }

    /// The NUL-terminated string at `addr`, without its terminator. The scan stops at the
    /// end of memory (a fault) or after `max_len` bytes (also a fault: the guest passed
    /// something that is not a C string of a sane size).
    pub fn c_str(&self, addr: u32, max_len: u32) -> Result<&[u8], GuestFault> {
        let start = usize::try_from(addr).unwrap_or(usize::MAX);
        let tail = self.bytes.get(start..).unwrap_or(&[]);
        let window = &tail[..tail.len().min(max_len as usize)];
        match window.iter().position(|&b| b == 0) {
            Some(n) => Ok(&window[..n]),
            None => Err(GuestFault {
                addr,
                len: window.len() as u64 + 1,
                memory_size: self.bytes.len(),
            }),
        }
    }

    /// A string given as pointer + length, where `length == NAPI_AUTO_LENGTH` means
    /// NUL-terminated.
    pub fn str_with_len(&self, addr: u32, len: u32, max_len: u32) -> Result<&[u8], GuestFault> {
        if len == crate::abi::NAPI_AUTO_LENGTH {
            self.c_str(addr, max_len)
        } else {
            self.bytes(addr, len)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_are_bounds_checked() {
        let mut raw = vec![0u8; 16];
        let mut mem = GuestMemory::new(&mut raw);
        mem.write(GuestPtr::<u32>::new(12), 0xdead_beef).unwrap();
        assert_eq!(mem.read(GuestPtr::<u32>::new(12)).unwrap(), 0xdead_beef);
        let fault = mem.write(GuestPtr::<u32>::new(13), 1).unwrap_err();
        assert_eq!(fault.addr, 13);
        assert!(mem.read(GuestPtr::<u64>::new(u32::MAX)).is_err());
        assert!(mem.bytes(8, u32::MAX).is_err());
        assert!(mem.bytes(16, 0).is_ok());
        assert!(mem.bytes(17, 0).is_err());
    }

    #[test]
    fn c_strings_must_terminate_inside_memory() {
        let mut raw = b"abc\0xyz".to_vec();
        let mem = GuestMemory::new(&mut raw);
        assert_eq!(mem.c_str(0, 100).unwrap(), b"abc");
        assert_eq!(mem.c_str(3, 100).unwrap(), b"");
        assert!(mem.c_str(4, 100).is_err());
        assert!(mem.c_str(0, 2).is_err());
        assert!(mem.c_str(u32::MAX, 100).is_err());
    }
}

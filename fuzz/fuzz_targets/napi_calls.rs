//! `cargo +nightly fuzz run napi_calls`: random sequences of Node-API calls with random
//! arguments, made by the interpreter addon `guest/interp.c` (see ../README.md).

#![no_main]

use libfuzzer_sys::fuzz_target;
use napi_host_fuzz::Driver;
use std::cell::RefCell;

thread_local! {
    static DRIVER: RefCell<Driver> = RefCell::new(Driver::default());
}

fuzz_target!(|data: &[u8]| {
    DRIVER.with(|driver| driver.borrow_mut().run(data));
});

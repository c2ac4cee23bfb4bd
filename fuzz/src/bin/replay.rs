//! Replays inputs without libFuzzer, or runs seeded random inputs (the fallback when
//! cargo-fuzz is unavailable).
//!
//! ```text
//! replay FILE...             each input on a fresh runtime (NAPI_FUZZ_VERBOSE=1 to see outcomes)
//! replay --random SECS SEED  random inputs for SECS seconds, one runtime reused
//! ```

use napi_host_fuzz::Driver;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--random") {
        let secs: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(60);
        let mut seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
        let mut driver = Driver::default();
        let end = Instant::now() + Duration::from_secs(secs);
        let mut n = 0u64;
        while Instant::now() < end {
            // xorshift64*
            let mut next = || {
                seed ^= seed >> 12;
                seed ^= seed << 25;
                seed ^= seed >> 27;
                seed.wrapping_mul(0x2545_F491_4F6C_DD1D)
            };
            let len = (next() % 512) as usize;
            let input: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            if driver.verbose {
                eprintln!("input {n}: {}", input.iter().map(|b| format!("{b:02x}")).collect::<String>());
            }
            driver.run(&input);
            n += 1;
        }
        println!("{n} random inputs, no crash");
        return;
    }
    let mut driver = Driver::default();
    driver.fresh_each_time = true;
    for path in &args {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        eprintln!("replaying {path} ({} bytes)", data.len());
        driver.run(&data);
    }
    println!("{} inputs replayed, no crash", args.len());
}

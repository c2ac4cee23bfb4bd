//! The `napi-host` binary.

use clap::Parser;

fn main() {
    let cli = napi_host::cli::Cli::parse();
    match napi_host::cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(error) => {
            eprintln!("napi-host: {error:#}");
            std::process::exit(1);
        }
    }
}

//! The `kindling` command-line tool; all logic lives in the `kindling_cli` library.

use std::io;
use std::process::ExitCode;

fn main() -> ExitCode {
    kindling_cli::panics::install_quiet_hook();
    let code = kindling_cli::run_cli(
        std::env::args_os().skip(1),
        &mut io::stdout(),
        &mut io::stderr(),
    );
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

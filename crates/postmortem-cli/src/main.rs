//! `postmortem`: checks incident postmortems written in Markdown, for CI and the terminal.
//!
//! Exit codes: 0 no error-level finding, 1 at least one error-level finding, 2 usage or read error.

mod args;
mod output;

use std::io::{self, Read, Write};
use std::process::ExitCode;

use args::{Command, Format, USAGE};
use postmortem::{Config, Report, check, rules};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let command = match args::parse(&argv) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("postmortem: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut stdout = io::stdout().lock();
    let result = match command {
        Command::Help => writeln!(stdout, "{USAGE}").map(|_| ExitCode::SUCCESS),
        Command::Version => {
            writeln!(stdout, "postmortem {}", env!("CARGO_PKG_VERSION")).map(|_| ExitCode::SUCCESS)
        }
        Command::Rules => list_rules(&mut stdout).map(|_| ExitCode::SUCCESS),
        Command::Check {
            profile,
            format,
            files,
        } => run_check(&mut stdout, profile, format, &files),
    };
    // A closed pipe (`postmortem check ... | head`) is not worth a panic or an error message.
    result.unwrap_or(ExitCode::from(2))
}

fn list_rules(out: &mut impl Write) -> io::Result<()> {
    for rule in rules::RULES {
        writeln!(
            out,
            "{}  {:<28} {:<8} {}",
            rule.id,
            rule.name,
            rule.severity.as_str(),
            rule.summary
        )?;
    }
    Ok(())
}

/// A file that was read and checked.
struct CheckedFile {
    name: String,
    text: String,
    report: Report,
}

fn run_check(
    out: &mut impl Write,
    profile: Option<String>,
    format: Format,
    files: &[String],
) -> io::Result<ExitCode> {
    if let Some(id) = &profile
        && postmortem::profile::find(id).is_none()
    {
        let known: Vec<_> = postmortem::profile::builtin_profiles()
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        eprintln!(
            "postmortem: unknown profile \"{id}\"; known profiles: {}",
            known.join(", ")
        );
        return Ok(ExitCode::from(2));
    }
    let config = Config {
        profile,
        ..Config::default()
    };
    let mut read_failed = false;
    let mut checked = Vec::new();
    for name in files {
        match read_source(name) {
            Ok(text) => {
                let report = check(&text, &config);
                checked.push(CheckedFile {
                    name: name.clone(),
                    text,
                    report,
                });
            }
            Err(message) => {
                eprintln!("postmortem: {message}");
                read_failed = true;
            }
        }
    }
    match format {
        Format::Json => output::json(out, &checked)?,
        Format::Text => {
            for file in &checked {
                output::text(out, &file.name, &file.text, &file.report)?;
            }
        }
    }
    Ok(if read_failed {
        ExitCode::from(2)
    } else if checked.iter().any(|c| c.report.has_errors()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Reads a file, or standard input for `-`, with a message that names the file on failure.
fn read_source(name: &str) -> Result<String, String> {
    let bytes = if name == "-" {
        let mut buffer = Vec::new();
        io::stdin()
            .read_to_end(&mut buffer)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buffer
    } else {
        std::fs::read(name).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => format!("{name}: no such file"),
            io::ErrorKind::PermissionDenied => format!("{name}: permission denied"),
            _ if std::path::Path::new(name).is_dir() => {
                format!("{name}: is a directory, not a Markdown file")
            }
            _ => format!("{name}: cannot read: {e}"),
        })?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at offset {}); save the file as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

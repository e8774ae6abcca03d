//! `postmortem`: checks incident postmortems written in Markdown, for CI and the terminal.
//!
//! Exit codes: 0 no error-level finding, 1 at least one error-level finding, 2 usage or read error.

mod args;
mod output;

use std::io::{self, Read, Write};
use std::process::ExitCode;

use args::{CheckOptions, Command, Format, USAGE};
use chrono::NaiveDate;
use postmortem::severity::SeverityMatrix;
use postmortem::{Config, Profile, Report, check, profile, rules};

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
        Command::Help => writeln!(stdout, "{USAGE}").map(|_| Ok(())),
        Command::Version => {
            writeln!(stdout, "postmortem {}", env!("CARGO_PKG_VERSION")).map(|_| Ok(()))
        }
        Command::Rules => list_rules(&mut stdout).map(|_| Ok(())),
        Command::Profiles => list_profiles(&mut stdout).map(|_| Ok(())),
        Command::Explain(rule) => explain(&mut stdout, &rule),
        Command::New {
            profile,
            profile_files,
        } => new(&mut stdout, &profile, &profile_files),
        Command::Check(options) => run_check(&mut stdout, options),
    };
    match result {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(code)) => code,
        // A closed pipe (`postmortem check ... | head`) ends quietly.
        Err(_) => ExitCode::from(2),
    }
}

/// `Ok(Err(code))` is a finished run with a non-zero exit code.
type Outcome = io::Result<Result<(), ExitCode>>;

fn fail(message: impl std::fmt::Display) -> Outcome {
    eprintln!("postmortem: {message}");
    Ok(Err(ExitCode::from(2)))
}

fn list_rules(out: &mut impl Write) -> io::Result<()> {
    for rule in rules::RULES {
        writeln!(
            out,
            "{}  {:<26} {:<8} {}",
            rule.id,
            rule.name,
            rule.severity.as_str(),
            rule.summary
        )?;
    }
    Ok(())
}

fn list_profiles(out: &mut impl Write) -> io::Result<()> {
    for p in profile::builtin_profiles() {
        writeln!(out, "{:<18} {}", p.id, p.name)?;
    }
    Ok(())
}

fn explain(out: &mut impl Write, name: &str) -> Outcome {
    match rules::find(name) {
        Some(rule) => write!(out, "{}", rule.page()).map(Ok),
        None => fail(format!("no rule \"{name}\"; `postmortem rules` lists them")),
    }
}

fn new(out: &mut impl Write, id: &str, profile_files: &[String]) -> Outcome {
    let config = match load_config(&CheckOptions {
        profile_files: profile_files.to_vec(),
        ..CheckOptions::default()
    }) {
        Ok(config) => config,
        Err(message) => return fail(message),
    };
    match profile::find(id, &config) {
        Some(p) if !p.template.is_empty() => write!(out, "{}", p.template).map(Ok),
        Some(p) => fail(format!("profile \"{}\" has no starter template", p.id)),
        None => fail(unknown_profile(id, &config)),
    }
}

fn unknown_profile(id: &str, config: &Config) -> String {
    let known: Vec<&str> = config
        .profiles
        .iter()
        .chain(profile::builtin_profiles())
        .map(|p| p.id.as_str())
        .collect();
    format!(
        "unknown profile \"{id}\"; known profiles: {}",
        known.join(", ")
    )
}

/// Reads a JSON or TOML file (by extension) into `T`, naming the file and `what` on failure.
fn load_data<T: serde::de::DeserializeOwned>(file: &str, what: &str) -> Result<T, String> {
    let text = read_source(file)?;
    let parsed: Result<T, String> = if file.ends_with(".toml") {
        toml::from_str(&text).map_err(|e| e.to_string())
    } else {
        serde_json::from_str(&text).map_err(|e| e.to_string())
    };
    parsed.map_err(|e| format!("{file}: not a valid {what}: {e}"))
}

/// Builds the check's configuration: team profiles and matrix from files, rules switched off,
/// and today's date (the system's unless `--today` is given).
fn load_config(options: &CheckOptions) -> Result<Config, String> {
    let profiles = options
        .profile_files
        .iter()
        .map(|file| load_data::<Profile>(file, "profile"))
        .collect::<Result<Vec<_>, _>>()?;
    for rule in &options.disabled_rules {
        if rules::find(rule).is_none() {
            return Err(format!(
                "--disable {rule}: no such rule; `postmortem rules` lists them"
            ));
        }
    }
    let severity_matrix = options
        .severity_matrix
        .as_deref()
        .map(|file| load_data::<SeverityMatrix>(file, "severity matrix"))
        .transpose()?;
    let today = match &options.today {
        Some(day) => Some(
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|_| format!("--today {day}: not a date (use YYYY-MM-DD)"))?,
        ),
        None => system_today(),
    };
    Ok(Config {
        profile: options.profile.clone(),
        profiles,
        disabled_rules: options.disabled_rules.clone(),
        severity_matrix,
        today,
    })
}

/// Today's date in UTC from the system clock.
fn system_today() -> Option<NaiveDate> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    NaiveDate::from_ymd_opt(1970, 1, 1)?.checked_add_days(chrono::Days::new(seconds / 86_400))
}

/// A file that was read and checked.
struct CheckedFile {
    name: String,
    text: String,
    report: Report,
}

fn run_check(out: &mut impl Write, options: CheckOptions) -> Outcome {
    let config = match load_config(&options) {
        Ok(config) => config,
        Err(message) => return fail(message),
    };
    if let Some(id) = &config.profile
        && profile::find(id, &config).is_none()
    {
        return fail(unknown_profile(id, &config));
    }
    let mut read_failed = false;
    let mut checked = Vec::new();
    for name in &options.files {
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
    match options.format {
        Format::Json => output::json(out, &checked)?,
        Format::Text => {
            for file in &checked {
                output::text(out, file)?;
            }
        }
    }
    Ok(if read_failed {
        Err(ExitCode::from(2))
    } else if checked.iter().any(|c| c.report.has_errors()) {
        Err(ExitCode::from(1))
    } else {
        Ok(())
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

//! Command-line arguments, parsed by hand: a few subcommands and flags, exit code 2 on misuse.

pub const USAGE: &str = "\
Usage:
  postmortem check [--profile ID] [--format text|json] FILE...   check postmortems (- reads stdin)
  postmortem rules                                                list the rules
  postmortem --help | --version

Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage or read error.";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Check {
        profile: Option<String>,
        format: Format,
        files: Vec<String>,
    },
    Rules,
    Help,
    Version,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

pub fn parse(argv: &[String]) -> Result<Command, String> {
    let Some((first, rest)) = argv.split_first() else {
        return Err("no command given".into());
    };
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "rules" => no_more(rest).map(|_| Command::Rules),
        "check" => parse_check(rest),
        other => Err(format!("unknown command \"{other}\"")),
    }
}

fn no_more(rest: &[String]) -> Result<(), String> {
    match rest.first() {
        Some(extra) => Err(format!("unexpected argument \"{extra}\"")),
        None => Ok(()),
    }
}

fn parse_check(rest: &[String]) -> Result<Command, String> {
    let mut profile = None;
    let mut format = Format::Text;
    let mut files = Vec::new();
    let mut args = rest.iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if arg.starts_with("--") => (flag, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag {
            "--profile" | "-p" => profile = Some(value("--profile")?),
            "--format" | "-f" => {
                format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format \"{other}\" (use text or json)")),
                }
            }
            "-" => files.push(arg.clone()),
            _ if flag.starts_with('-') => return Err(format!("unknown option \"{arg}\"")),
            _ => files.push(arg.clone()),
        }
    }
    if files.is_empty() {
        return Err("check needs at least one FILE (or - for standard input)".into());
    }
    Ok(Command::Check {
        profile,
        format,
        files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn check_takes_flags_in_both_spellings_and_stdin() {
        assert_eq!(
            parse(&args("check --format=json -p sre-slo a.md -")),
            Ok(Command::Check {
                profile: Some("sre-slo".into()),
                format: Format::Json,
                files: vec!["a.md".into(), "-".into()],
            })
        );
    }

    #[test]
    fn misuse_is_an_error_with_a_reason() {
        assert!(parse(&args("check")).unwrap_err().contains("FILE"));
        assert!(
            parse(&args("check --format xml a.md"))
                .unwrap_err()
                .contains("xml")
        );
        assert!(
            parse(&args("check --profile"))
                .unwrap_err()
                .contains("needs a value")
        );
        assert!(
            parse(&args("frobnicate"))
                .unwrap_err()
                .contains("frobnicate")
        );
        assert!(parse(&[]).is_err());
    }
}

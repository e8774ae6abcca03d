//! Command-line arguments, parsed by hand: a few subcommands and flags, exit code 2 on misuse.

pub const USAGE: &str = "\
Usage:
  postmortem check [OPTIONS] FILE...   check postmortems (- reads standard input)
  postmortem new --profile ID          print a starter template
  postmortem profiles                  list the profiles
  postmortem rules                     list the rules
  postmortem explain RULE              print a rule's documentation (id or name)
  postmortem --help | --version

Options for check:
  --profile ID          check against this profile instead of detecting it
  --format text|json    output format (default text)
  --profile-file FILE   load a team profile from JSON or TOML (repeatable)
  --disable RULE        switch a rule off by id or name (repeatable)
  --severity-matrix F   use a team's severity matrix (JSON or TOML)
  --today YYYY-MM-DD    the date overdue action items are judged against (default: today)

Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage or read error.";

#[derive(Debug, Default, PartialEq, Eq)]
pub struct CheckOptions {
    pub profile: Option<String>,
    pub format: Format,
    pub profile_files: Vec<String>,
    pub disabled_rules: Vec<String>,
    pub severity_matrix: Option<String>,
    pub today: Option<String>,
    pub files: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Check(CheckOptions),
    New {
        profile: String,
        profile_files: Vec<String>,
    },
    Profiles,
    Rules,
    Explain(String),
    Help,
    Version,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
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
        "profiles" => no_more(rest).map(|_| Command::Profiles),
        "explain" => match rest {
            [rule] => Ok(Command::Explain(rule.clone())),
            [] => Err("explain needs a RULE (an id such as PM101 or a name)".into()),
            [_, extra, ..] => Err(format!("unexpected argument \"{extra}\"")),
        },
        "check" => {
            let options = parse_options(rest)?;
            if options.files.is_empty() {
                return Err("check needs at least one FILE (or - for standard input)".into());
            }
            Ok(Command::Check(options))
        }
        "new" => {
            let options = parse_options(rest)?;
            if let Some(extra) = options.files.first() {
                return Err(format!("unexpected argument \"{extra}\""));
            }
            let profile = options.profile.ok_or("new needs --profile ID")?;
            Ok(Command::New {
                profile,
                profile_files: options.profile_files,
            })
        }
        other => Err(format!("unknown command \"{other}\"")),
    }
}

fn no_more(rest: &[String]) -> Result<(), String> {
    match rest.first() {
        Some(extra) => Err(format!("unexpected argument \"{extra}\"")),
        None => Ok(()),
    }
}

fn parse_options(rest: &[String]) -> Result<CheckOptions, String> {
    let mut options = CheckOptions::default();
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
            "--profile" | "-p" => options.profile = Some(value("--profile")?),
            "--profile-file" => options.profile_files.push(value("--profile-file")?),
            "--disable" => options.disabled_rules.push(value("--disable")?),
            "--severity-matrix" => options.severity_matrix = Some(value("--severity-matrix")?),
            "--today" => options.today = Some(value("--today")?),
            "--format" | "-f" => {
                options.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format \"{other}\" (use text or json)")),
                }
            }
            "-" => options.files.push(arg.clone()),
            _ if flag.starts_with('-') => return Err(format!("unknown option \"{arg}\"")),
            _ => options.files.push(arg.clone()),
        }
    }
    Ok(options)
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
            parse(&args(
                "check --format=json -p sre-slo --disable PM201 a.md -"
            )),
            Ok(Command::Check(CheckOptions {
                profile: Some("sre-slo".into()),
                format: Format::Json,
                disabled_rules: vec!["PM201".into()],
                files: vec!["a.md".into(), "-".into()],
                ..CheckOptions::default()
            }))
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
        assert!(parse(&args("new")).unwrap_err().contains("--profile"));
        assert!(parse(&args("explain")).unwrap_err().contains("RULE"));
        assert!(
            parse(&args("frobnicate"))
                .unwrap_err()
                .contains("frobnicate")
        );
        assert!(parse(&[]).is_err());
    }
}

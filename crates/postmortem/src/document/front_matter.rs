//! YAML front matter, read as flat `key: value` lines: all a postmortem puts there
//! (`profile`, `title`, `date`). Nested YAML is kept as text but not interpreted.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    /// Bytes of the whole block, `---` lines included.
    pub span: Range<usize>,
    pub entries: Vec<(String, String)>,
}

impl FrontMatter {
    pub fn parse(yaml: &str, span: Range<usize>) -> Self {
        let entries = yaml
            .lines()
            .filter(|line| !line.starts_with([' ', '\t', '#', '-']))
            .filter_map(|line| line.split_once(':'))
            .map(|(key, value)| {
                let value = value.trim();
                let unquoted = value
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                    .unwrap_or(value);
                (crate::fold::lower(key.trim()), unquoted.to_string())
            })
            .collect();
        Self { span, entries }
    }

    /// The value of `key` (lower case), if set and not empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }
}

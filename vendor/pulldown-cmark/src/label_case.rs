//! Added for the postmortem editor (see ../PATCHED.md): a stand-in for the `unicase` crate's
//! `UniCase`, which matched link and footnote labels with full Unicode case folding. Labels
//! here match ignoring ASCII case only, so `[Runbook]` finds `[runbook]: …` but `[Ärger]`
//! does not find `[ärger]: …`. `unicase`'s folding tables were 2.8 KB of the page's gzipped
//! size.

use core::hash::{Hash, Hasher};

/// A string compared and hashed ignoring ASCII case.
#[derive(Clone, Debug)]
pub(crate) struct UniCase<S>(S);

impl<S: AsRef<str>> UniCase<S> {
    pub(crate) fn new(s: S) -> Self {
        UniCase(s)
    }
}

impl<S: AsRef<str>> AsRef<str> for UniCase<S> {
    fn as_ref(&self) -> &str {
        self.0.as_ref()
    }
}

impl<S: AsRef<str>> PartialEq for UniCase<S> {
    fn eq(&self, other: &Self) -> bool {
        self.0.as_ref().eq_ignore_ascii_case(other.0.as_ref())
    }
}

impl<S: AsRef<str>> Eq for UniCase<S> {}

impl<S: AsRef<str>> Hash for UniCase<S> {
    fn hash<H: Hasher>(&self, hasher: &mut H) {
        for byte in self.0.as_ref().bytes() {
            hasher.write_u8(byte.to_ascii_lowercase());
        }
        hasher.write_u8(0xff);
    }
}

use std::rc::Rc;

use postmortem::{Config, Report, check};
use yew::prelude::*;

/// The core's report for `text`, recomputed only when the text changes.
#[hook]
pub fn use_report(text: String) -> Rc<Report> {
    use_memo(text, |text| check(text, &Config::default()))
}

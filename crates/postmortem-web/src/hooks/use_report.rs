use std::rc::Rc;

use postmortem::{Config, Report, check};
use yew::prelude::*;

/// The core's report for `text`, recomputed only when the text or the chosen profile changes.
/// The check runs synchronously, so what is shown is never stale.
#[hook]
pub fn use_report(text: String, profile: Option<String>) -> Rc<Report> {
    use_memo((text, profile), |(text, profile)| {
        let config = Config {
            profile: profile.clone(),
            today: today(),
            ..Config::default()
        };
        check(text, &config)
    })
}

/// Today's date from the browser's clock.
fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

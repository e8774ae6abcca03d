//! Numbers as postmortems write them in prose (`99.9%`, `31.2 of 40.32 minutes`), read and
//! written without the standard library's float parser and formatter.

use std::ops::Range;

/// Where the run of digits and dots that ends at byte `end` begins. Digits and dots are
/// single bytes, so the result is always a character boundary.
pub(crate) fn number_start(line: &str, end: usize) -> usize {
    let bytes = &line.as_bytes()[..end];
    end - bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit() || **b == b'.')
        .count()
}

/// A number written with digits and at most one dot (`12`, `99.95`, `.5`, `5.`), as
/// `str::parse::<f64>` reads it. Hand-written because the standard parser's tables add about
/// 20 KB to the page's wasm; with up to 15 significant digits the result is the correctly
/// rounded one (an exact integer divided by an exact power of ten).
pub(crate) fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = || whole.bytes().chain(fraction.bytes());
    if whole.len() + fraction.len() == 0 || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut mantissa = 0f64;
    for b in digits() {
        mantissa = mantissa * 10.0 + f64::from(b - b'0');
    }
    let scale = (0..fraction.len()).fold(1f64, |p, _| p * 10.0);
    Some(mantissa / scale)
}

/// Every `NN.N%` on a line with its value and byte range (the `%` included). The signs are
/// found with `memchr` rather than byte by byte: most lines asked hold one or two.
pub(crate) fn percentages(line: &str) -> impl Iterator<Item = (f64, Range<usize>)> + '_ {
    memchr::memchr_iter(b'%', line.as_bytes()).filter_map(|i| {
        let start = number_start(line, i);
        decimal(&line[start..i]).map(|v| (v, start..i + 1))
    })
}

/// `value` with exactly `decimals` digits after the point, rounded half away from zero, as
/// `format!("{value:.N}")` writes it for the figures we show (minutes, percentages, sizes).
/// Hand-written for the same reason as [`decimal`]: the standard float formatter is about
/// 10 KB of the page's wasm. A value that rounds to zero is written without a sign; values
/// beyond 18 digits saturate, and NaN and infinities are written as `NaN`, `inf`, `-inf`.
///
/// ```
/// use postmortem::numbers::fixed;
/// assert_eq!(fixed(40.3249, 2), "40.32");
/// assert_eq!(fixed(2.5, 0), "3");
/// assert_eq!(fixed(-0.04, 1), "0.0");
/// ```
pub fn fixed(value: f64, decimals: u32) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals);
    let magnitude = value.abs();
    let mut whole = magnitude.trunc() as u64;
    let mut fraction = ((magnitude - magnitude.trunc()) * scale as f64).round() as u64;
    if fraction >= scale {
        whole = whole.saturating_add(1);
        fraction -= scale;
    }
    let sign = if value < 0.0 && (whole > 0 || fraction > 0) {
        "-"
    } else {
        ""
    };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole}.{fraction:0width$}",
            width = decimals as usize
        )
    }
}

/// `value` to at most two decimals, without trailing zeros: `135` rather than `135.0`,
/// `40.32` rather than `40.320`, `0.5` rather than `0.50`.
///
/// ```
/// assert_eq!(postmortem::numbers::short(135.0), "135");
/// assert_eq!(postmortem::numbers::short(40.3249), "40.32");
/// ```
pub fn short(value: f64) -> String {
    trimmed(value, 2)
}

/// `value` to at most `decimals` decimals, without trailing zeros.
///
/// ```
/// assert_eq!(postmortem::numbers::trimmed(0.0051, 3), "0.005");
/// assert_eq!(postmortem::numbers::trimmed(15000.0, 3), "15000");
/// ```
pub fn trimmed(value: f64, decimals: u32) -> String {
    let text = fixed(value, decimals);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::{decimal, fixed, percentages, short};

    #[test]
    fn fixed_agrees_with_the_standard_formatter_on_the_figures_we_show() {
        for value in [
            0.0, 1.0, 12.0, 135.0, 40.32, 40.3249, 99.95, 0.01, 0.004, 1234.5678, 3.25159, 1e6,
            2.75, 59.999, 0.1, 7.25e3,
        ] {
            for decimals in 0..=3 {
                assert_eq!(
                    fixed(value, decimals),
                    format!("{value:.*}", decimals as usize),
                    "{value} to {decimals}"
                );
                assert_eq!(
                    fixed(-value, decimals).trim_start_matches('-'),
                    fixed(value, decimals),
                    "-{value} to {decimals}"
                );
            }
        }
    }

    #[test]
    fn fixed_rounds_half_away_from_zero_and_never_writes_minus_zero() {
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-2.5, 0), "-3");
        assert_eq!(fixed(0.96, 1), "1.0");
        assert_eq!(fixed(9.999, 2), "10.00");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(-12.5, 1), "-12.5");
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(f64::INFINITY, 2), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-inf");
        assert_eq!(fixed(1e30, 1), format!("{}.0", u64::MAX));
    }

    #[test]
    fn short_drops_trailing_zeros() {
        assert_eq!(short(135.0), "135");
        assert_eq!(short(40.3), "40.3");
        assert_eq!(short(0.5), "0.5");
        assert_eq!(short(0.001), "0");
        assert_eq!(short(1200.0), "1200");
        assert_eq!(short(-3.10), "-3.1");
    }

    #[test]
    fn decimals_read_as_the_standard_parser_reads_them() {
        for text in [
            "0",
            "12",
            "99.9",
            "99.95",
            "99.999",
            ".5",
            "5.",
            "40.32",
            "0.01",
            "123456789.125",
            "1000000",
        ] {
            assert_eq!(decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in ["", ".", "1.2.3", "1a", "-1", " 1"] {
            assert_eq!(decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn percentages_with_their_spans() {
        let line = "SLO 99.90% → 99.73%, not 5 %";
        let found: Vec<_> = percentages(line).collect();
        assert_eq!(
            found.iter().map(|(v, _)| *v).collect::<Vec<_>>(),
            [99.9, 99.73]
        );
        assert_eq!(&line[found[0].1.clone()], "99.90%");
    }
}

//! Whether an offset lies in any of a set of sections.
//!
//! Several checks ask "is this table (task, placeholder) inside an action-items section?" for
//! every table. Asking each section in turn makes that cost grow with sections × tables, which
//! a long document with many sections turns quadratic. [`Regions`] merges the ranges once
//! (they may nest or overlap) and answers with a binary search.

use std::ops::Range;

/// A union of byte ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Regions {
    /// Sorted, disjoint and non-adjacent; none is empty.
    merged: Vec<Range<usize>>,
}

impl Regions {
    /// The union of `ranges`, in any order; empty ranges hold nothing.
    ///
    /// ```
    /// use postmortem::regions::Regions;
    /// let regions = Regions::new([10..20, 0..5, 12..30, 40..40]);
    /// assert!(regions.contains(0) && regions.contains(25));
    /// assert!(!regions.contains(5) && !regions.contains(30) && !regions.contains(40));
    /// ```
    pub fn new(ranges: impl IntoIterator<Item = Range<usize>>) -> Self {
        let mut ranges: Vec<Range<usize>> =
            ranges.into_iter().filter(|r| r.start < r.end).collect();
        crate::order::sort_by_key(&mut ranges, |r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        Regions { merged }
    }

    /// Whether `offset` lies in one of the ranges.
    pub fn contains(&self, offset: usize) -> bool {
        let after = self.merged.partition_point(|r| r.start <= offset);
        after
            .checked_sub(1)
            .is_some_and(|i| self.merged[i].contains(&offset))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_sections_count_once_and_their_outer_end_holds() {
        // `## Action Items` (0..100) holding `### Immediate` (10..20): offset 50 is after the
        // inner section has ended but still in the outer one.
        let regions = Regions::new([0..100, 10..20, 150..160]);
        assert!(regions.contains(50));
        assert!(regions.contains(99));
        assert!(!regions.contains(100));
        assert!(regions.contains(155));
        assert!(!regions.contains(149));
    }

    #[test]
    fn no_ranges_hold_nothing() {
        assert!(!Regions::new([]).contains(0));
        assert!(!Regions::new(std::iter::once(3..3)).contains(3));
    }

    #[test]
    fn adjacent_ranges_join() {
        let regions = Regions::new([5..10, 0..5]);
        assert!((0..10).all(|o| regions.contains(o)));
        assert!(!regions.contains(10));
    }
}

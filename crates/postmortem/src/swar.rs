//! Eight bytes at a time: masks that say which bytes of a chunk belong to a class, for scans
//! that would otherwise branch on every byte (the stem words of [`crate::wording`], the
//! template tokens of [`crate::placeholders`]).
//!
//! On x86_64 the scans go sixteen bytes at a time with SSE2 ([`Sixteen`]); the masks of eight
//! bytes are then used by the tests alone, which hold both widths to the same answers.
//!
//! A mask has bit 7 of each byte set for the bytes that belong, little-endian: the byte at the
//! chunk's start is the lowest. Bytes past the end of the text count as zero bytes.

#![cfg_attr(
    all(target_arch = "x86_64", target_feature = "sse2"),
    allow(
        dead_code,
        reason = "the page's eight-byte masks; on x86_64 the tests use them"
    )
)]

const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
/// Bit 5 of each byte: set, it makes an ASCII letter lower-case.
pub(crate) const CASE: u64 = splat(0x20);

/// `byte` in all eight places.
const fn splat(byte: u8) -> u64 {
    u64::from_le_bytes([byte; 8])
}

/// The eight bytes of `bytes` from `at`, zeros past its end.
pub(crate) fn load(bytes: &[u8], at: usize) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    match rest.first_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        // The last bytes of the text: copied into zeros (a copy of a variable length is a
        // call, too slow for every chunk).
        None => {
            let mut eight = [0u8; 8];
            let n = rest.len().min(8);
            eight[..n].copy_from_slice(&rest[..n]);
            u64::from_le_bytes(eight)
        }
    }
}

/// The bytes of `chunk` from `lo` to `hi` (both ASCII). Bit 7 is cleared
/// before adding so the sums never carry into the next byte: a byte of 0x00..=0x7F is at
/// least `lo` when adding `0x80 - lo` reaches bit 7, and above `hi` when adding `0x7F - hi`
/// does.
pub(crate) const fn in_range(chunk: u64, lo: u8, hi: u8) -> u64 {
    let low = chunk & LOW;
    let at_least_lo = (low + splat(0x80 - lo)) & HIGH;
    let above_hi = (low + splat(0x7F - hi)) & HIGH;
    at_least_lo & !above_hi & !(chunk & HIGH)
}

/// The bytes of `chunk` equal to `byte`: the zero bytes of `chunk ^ byte`, found without
/// carries (bit 7 of `(x & 0x7F) + 0x7F` is set when the low seven bits are not all zero).
pub(crate) const fn equal_to(chunk: u64, byte: u8) -> u64 {
    let x = chunk ^ splat(byte);
    !(((x & LOW) + LOW) | x) & HIGH
}

/// The ASCII letters of `chunk` (setting bit 5 makes capitals small).
pub(crate) const fn letters(chunk: u64) -> u64 {
    in_range(chunk | splat(0x20), b'a', b'z')
}

/// The ASCII digits of `chunk`.
pub(crate) const fn digits(chunk: u64) -> u64 {
    in_range(chunk, b'0', b'9')
}

/// A class of bytes for [`find`] and [`places`]: its mask of eight bytes, and on x86_64 of
/// sixteen.
pub(crate) trait Class: Copy + 'static {
    /// Bit 7 of each byte of `chunk` in the class (as the functions above give it).
    fn eight(self, chunk: u64) -> u64;

    /// One bit for each byte of `sixteen` in the class, the lowest for its first byte.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    fn sixteen(self, sixteen: Sixteen) -> u32;
}

/// The ASCII digits.
#[derive(Clone, Copy)]
pub(crate) struct Digits;

impl Class for Digits {
    fn eight(self, chunk: u64) -> u64 {
        digits(chunk)
    }

    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    fn sixteen(self, sixteen: Sixteen) -> u32 {
        sixteen.in_range(b'0', b'9')
    }
}

/// The first place at or after `from` where `bytes` holds a byte of `class`, looked for a
/// block at a time: sixteen bytes on x86_64, eight elsewhere.
pub(crate) fn find(bytes: &[u8], from: usize, class: impl Class) -> Option<usize> {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return places_by_sixteen(bytes.get(from..).unwrap_or_default(), class)
        .next()
        .map(|at| from + at);
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    find_by_eight(bytes, from, class)
}

/// [`find`] eight bytes at a time.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn find_by_eight(bytes: &[u8], from: usize, class: impl Class) -> Option<usize> {
    let mut chunk = from;
    while chunk < bytes.len() {
        let marked = class.eight(load(bytes, chunk));
        if marked != 0 {
            // Bytes past the end load as zeros; a class that marks zero could mark them.
            return Some(chunk + marked.trailing_zeros() as usize / 8)
                .filter(|&at| at < bytes.len());
        }
        chunk += 8;
    }
    None
}

/// The places of `bytes` holding a byte of `class`, in order, found a block at a time:
/// sixteen bytes on x86_64, eight elsewhere.
pub(crate) fn places(bytes: &[u8], class: impl Class) -> impl Iterator<Item = usize> + '_ {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    return places_by_sixteen(bytes, class);
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    places_by_eight(bytes, class)
}

/// [`places`] eight bytes at a time.
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
fn places_by_eight(bytes: &[u8], class: impl Class) -> impl Iterator<Item = usize> + '_ {
    places_by(bytes, 8, 8, move |block| class.eight(load(bytes, block)))
}

/// [`places`] sixteen bytes at a time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
fn places_by_sixteen(bytes: &[u8], class: impl Class) -> impl Iterator<Item = usize> + '_ {
    places_by(bytes, 16, 1, move |block| {
        u64::from(class.sixteen(Sixteen::load(bytes, block)))
    })
}

/// The places of `bytes` that `marks` marks, a block of `width` bytes at a time: `marks`
/// gives the marks of the block starting at its argument, `bits` bits a byte, the lowest
/// for the block's first byte.
fn places_by<'a>(
    bytes: &'a [u8],
    width: usize,
    bits: usize,
    marks: impl Fn(usize) -> u64 + 'a,
) -> impl Iterator<Item = usize> + 'a {
    // The block after the last one looked at, and the marks not yet given in that one.
    let (mut block, mut marked) = (0, 0);
    std::iter::from_fn(move || {
        while marked == 0 {
            if block >= bytes.len() {
                return None;
            }
            marked = marks(block);
            block += width;
        }
        let at = block - width + marked.trailing_zeros() as usize / bits;
        marked &= marked - 1;
        // Bytes past the end load as zeros; a class that marks zero could mark them.
        (at < bytes.len()).then_some(at)
    })
}

/// Whether the scans of `class` eight and sixteen bytes at a time find the same places in
/// `bytes`: what the tests hold each class to.
#[cfg(test)]
pub(crate) fn widths_agree(bytes: &[u8], class: impl Class) -> bool {
    places_by_eight(bytes, class).eq(places(bytes, class))
}

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
pub(crate) use sixteen::Sixteen;

/// Sixteen bytes at a time with SSE2, which every x86_64 processor has: a class of sixteen
/// bytes in a few instructions. The page's WebAssembly keeps eight at a time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sixteen {
    use core::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set_epi64x, _mm_set1_epi8,
    };

    // SAFETY, for every `unsafe` block below: the intrinsics need SSE2, which the module's
    // `cfg` makes sure of; none of them reads or writes memory.

    /// Sixteen bytes in an SSE2 register.
    #[derive(Clone, Copy)]
    pub(crate) struct Sixteen(__m128i);

    impl Sixteen {
        pub(crate) fn new(bytes: &[u8; 16]) -> Self {
            let (low, high) = bytes.split_at(8);
            let low = u64::from_le_bytes(low.try_into().unwrap_or_default());
            let high = u64::from_le_bytes(high.try_into().unwrap_or_default());
            Sixteen(unsafe { _mm_set_epi64x(high as i64, low as i64) })
        }

        /// The sixteen bytes of `bytes` from `at`, zeros past its end.
        pub(crate) fn load(bytes: &[u8], at: usize) -> Self {
            let rest = bytes.get(at..).unwrap_or_default();
            match rest.first_chunk() {
                Some(sixteen) => Self::new(sixteen),
                None => {
                    let mut sixteen = [0; 16];
                    sixteen
                        .iter_mut()
                        .zip(rest)
                        .for_each(|(to, from)| *to = *from);
                    Self::new(&sixteen)
                }
            }
        }

        /// The bytes from `lo` to `hi` (both ASCII; none when `hi` is below `lo`): moved by a
        /// wrapping add so that `lo` is the lowest signed byte, they are the bytes below
        /// `-128 + hi - lo + 1`, and no other byte is, not even one of 0x80 and above.
        pub(crate) fn in_range(self, lo: u8, hi: u8) -> u32 {
            if hi < lo {
                return 0;
            }
            let moved =
                unsafe { _mm_add_epi8(self.0, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8)) };
            let below = (-128 + i16::from(hi - lo) + 1) as i8;
            unsafe { _mm_movemask_epi8(_mm_cmplt_epi8(moved, _mm_set1_epi8(below))) as u32 }
        }

        /// The bytes equal to `byte`.
        pub(crate) fn equal_to(self, byte: u8) -> u32 {
            unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(self.0, _mm_set1_epi8(byte as i8))) as u32 }
        }

        /// The ASCII letters (setting bit 5 makes capitals small).
        pub(crate) fn letters(self) -> u32 {
            Sixteen(unsafe { _mm_or_si128(self.0, _mm_set1_epi8(0x20)) }).in_range(b'a', b'z')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Class, Digits, digits, equal_to, find, in_range, letters, load, places};

    /// Zero bytes, which the end of a text loads as: a class that must not find them there.
    #[derive(Clone, Copy)]
    struct Zero;

    impl Class for Zero {
        fn eight(self, chunk: u64) -> u64 {
            equal_to(chunk, 0)
        }

        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        fn sixteen(self, sixteen: super::Sixteen) -> u32 {
            sixteen.equal_to(0)
        }
    }

    /// Which bytes a mask marks.
    fn marked(mask: u64) -> Vec<bool> {
        (0..8).map(|i| mask >> (8 * i + 7) & 1 == 1).collect()
    }

    #[test]
    fn the_end_of_the_text_reads_as_zeros() {
        assert_eq!(load(b"abc", 0), u64::from_le_bytes(*b"abc\0\0\0\0\0"));
        assert_eq!(load(b"abc", 3), 0);
        assert_eq!(load(b"abc", 9), 0);
    }

    proptest::proptest! {
        #[test]
        fn masks_agree_with_byte_tests(bytes in proptest::collection::vec(0u8.., 0..20), at in 0usize..24) {
            let chunk = load(&bytes, at);
            let byte = |i: usize| bytes.get(at + i).copied().unwrap_or(0);
            let each = |test: &dyn Fn(u8) -> bool| (0..8).map(|i| test(byte(i))).collect::<Vec<_>>();
            proptest::prop_assert_eq!(marked(letters(chunk)), each(&|b| b.is_ascii_alphabetic()));
            proptest::prop_assert_eq!(marked(in_range(chunk, b'A', b'Z')), each(&|b| b.is_ascii_uppercase()));
            proptest::prop_assert_eq!(marked(in_range(chunk, 1, 0x7F)), each(&|b| (1..=0x7F).contains(&b)));
            proptest::prop_assert_eq!(marked(equal_to(chunk, b'_')), each(&|b| b == b'_'));
            proptest::prop_assert_eq!(marked(equal_to(chunk, 0)), each(&|b| b == 0));
            proptest::prop_assert_eq!(marked(digits(chunk)), each(&|b| b.is_ascii_digit()));
        }

        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        #[test]
        fn sixteen_agree_with_byte_tests(bytes in proptest::collection::vec(0u8.., 0..40), at in 0usize..44) {
            let sixteen = super::Sixteen::load(&bytes, at);
            let byte = |i: usize| bytes.get(at + i).copied().unwrap_or(0);
            let each = |test: &dyn Fn(u8) -> bool| {
                (0..16).filter(|&i| test(byte(i))).fold(0u32, |bits, i| bits | 1 << i)
            };
            proptest::prop_assert_eq!(sixteen.letters(), each(&|b| b.is_ascii_alphabetic()));
            proptest::prop_assert_eq!(sixteen.in_range(b'A', b'Z'), each(&|b| b.is_ascii_uppercase()));
            proptest::prop_assert_eq!(sixteen.in_range(1, 0x7F), each(&|b| (1..=0x7F).contains(&b)));
            proptest::prop_assert_eq!(sixteen.in_range(0, 0), each(&|b| b == 0));
            proptest::prop_assert_eq!(sixteen.in_range(b'b', b'a'), 0);
            proptest::prop_assert_eq!(sixteen.equal_to(b'_'), each(&|b| b == b'_'));
            proptest::prop_assert_eq!(sixteen.equal_to(0xE2), each(&|b| b == 0xE2));
            proptest::prop_assert_eq!(Digits.sixteen(sixteen), each(&|b| b.is_ascii_digit()));
        }

        #[test]
        fn find_gives_the_first_byte_of_the_class(bytes in proptest::collection::vec(0u8.., 0..80), from in 0usize..84) {
            let expected = (from..bytes.len()).find(|&i| bytes[i].is_ascii_digit());
            proptest::prop_assert_eq!(find(&bytes, from, Digits), expected);
            let zero = (from..bytes.len()).find(|&i| bytes[i] == 0);
            proptest::prop_assert_eq!(find(&bytes, from, Zero), zero);
            proptest::prop_assert_eq!(super::find_by_eight(&bytes, from, Digits), expected);
            proptest::prop_assert_eq!(super::find_by_eight(&bytes, from, Zero), zero);
        }

        #[test]
        fn places_are_every_byte_of_the_class(bytes in proptest::collection::vec(proptest::sample::select(b"0a_\x00\xe2".to_vec()), 0..80)) {
            let expected: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i] == 0).collect();
            proptest::prop_assert_eq!(places(&bytes, Zero).collect::<Vec<_>>(), expected);
            let expected: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i].is_ascii_digit()).collect();
            proptest::prop_assert_eq!(places(&bytes, Digits).collect::<Vec<_>>(), expected);
            proptest::prop_assert!(super::widths_agree(&bytes, Digits));
            proptest::prop_assert!(super::widths_agree(&bytes, Zero));
        }
    }
}
